import Testing
@testable import QuoteKit

/// A quotation interrupted by its attribution, resumed after it, after the writer's parenthesis or
/// a dash break: one statement in several pieces.
@Suite("Interrupted quotes")
struct InterruptedQuoteTests {
    @Test("one statement", arguments: [
        "“⟦d1:We will,⟧” he ⟪d1:said⟫, “⟦d1:win.⟧”",
        "“⟦d1:Trade is fair,⟧” ⟪d1:said⟫ Ruth Gold, 83. “⟦d1:Nobody doubts that.⟧”",
        "\"⟦d1:We will,⟧\" he ⟪d1:said⟫, \"⟦d1:win.⟧\"",
        // The quotation ends its sentence with ? or !; the attribution opens the next one.
        "“⟦d1:Why wait?⟧” I ⟪d1:asked⟫. “⟦d1:The deal is ready.⟧”",
        "“⟦d1:Stop!⟧” the officer ⟪d1:shouted⟫. “⟦d1:Nobody moves.⟧”",
        // The second piece continues the sentence in lower case, whatever follows it.
        "“⟦d1:It is,⟧” ⟪d1:said⟫ the clerk, “⟦d1:and it always was,⟧” she added.",
        // The writer's parenthesis between the pieces.
        "“⟦d1:I suppose so--⟧” (she was not at all sure of it) “⟦d1:--but we shall see.⟧”",
        // A quotation in a bracketed aside with its own cue is another statement; the pieces around it are one.
        "“⟦d1:I never did--⟧” (“⟦d2:You did,⟧” ⟪d2:said⟫ Ann)--“⟦d1:never once, I mean.⟧”",
        // A dash break and narration with no cue of its own.
        "“⟦d1:If only we had known--⟧” He stopped and looked away. “⟦d1:--we would have left.⟧”",
        // The second piece's own cue says the speaker goes on.
        "“⟦d1:We are done,⟧” Smith ⟪d1:said⟫. “⟦d1:We start again tomorrow,⟧” she added.",
        "“⟦d1:Look at that!⟧” ⟪d1:cried⟫ the boy. Then, turning to his sister, he went on, “⟦d1:It is huge.⟧”",
        // A speech verb that presses for an answer attributes too.
        "“⟦d1:Would you sign it?⟧” the host ⟪d1:pressed⟫. “⟦d1:Yes or no.⟧”",
    ])
    func merged(_ marked: String) {
        QuoteExpectations.check(marked)
    }

    @Test("a title inside the attribution is no piece; the quotation resumes after it")
    func titleInAttribution() {
        QuoteExpectations.check("“⟦d1:The plan is sound,⟧” Rivera ⟪d1:said⟫ on “⟦m:Evening Desk.⟧” “⟦d1:Nobody doubts it.⟧”",
                                keepMentions: true)
    }

    @Test("two statements", arguments: [
        // A second attribution in its own sentence: another speaker.
        "“⟦d1:We are done,⟧” Smith ⟪d1:said⟫. Jones ⟪d2:replied⟫: “⟦d2:We are not.⟧”",
        // A full stop ends the quotation's sentence: the next sentence is the writer's.
        "“⟦d:We will win.⟧” He repeated it twice. “⟦d:Everyone knows it.⟧”",
        // The quotation after a bracketed aside is not the aside's.
        "Then came a thin voice. (“⟦d1:That must be Tom,⟧” ⟪d1:thought⟫ Ann.) “⟦d:I am here!⟧”",
        // Different paragraphs.
        "“⟦d:We will,⟧” he ⟪d:said⟫.\n“⟦d:Win, that is.⟧”",
    ])
    func separate(_ marked: String) {
        QuoteExpectations.check(marked)
    }

    @Test("quoted alternatives joined by a conjunction are one statement", arguments: [
        "The crowd kept ⟪p1:shouting⟫ “⟦p1:Go home!⟧” or “⟦p1:Stay out!⟧” for an hour.",
        "She said ⟦i:it was “⟦p1:unfair⟧” and “⟦p1:unwise⟧” to raise taxes now⟧.",
    ])
    func alternatives(_ marked: String) {
        QuoteExpectations.check(marked)
    }
}
