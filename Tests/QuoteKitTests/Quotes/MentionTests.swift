import Testing
@testable import QuoteKit

/// Quotation marks around titles, names, nicknames, words as words and scare quotes mark no statement:
/// kept out by default, reported as kind `mention` with `Pipeline.Options.keepMentions`.
@Suite("Mentions")
struct MentionTests {
    static let cases = [
        "She read the report “⟦m:Trade in Crisis⟧” on the plane.",
        "The film, titled “⟦m:Long Road Home⟧”, opens on Friday.",
        "The so-called “⟦m:peace dividend⟧” never arrived.",
        "The senator, known as “⟦m:The Hammer⟧”, voted no.",
        "The “⟦m:reform⟧” made things worse for renters.",
        "The “⟦m:Plan for a Better Tomorrow⟧” went nowhere in the Senate.",
        "The firm launched a website called “⟦m:Fair Deal Now⟧” on Monday.",
    ]

    @Test("kept out by default", arguments: cases)
    func keptOut(_ marked: String) {
        let m = MarkedText(marked)
        #expect(QuoteExpectations.analyze(m.text).quotes.isEmpty)
    }

    @Test("reported as mentions on request", arguments: cases)
    func kept(_ marked: String) {
        QuoteExpectations.check(marked, keepMentions: true)
    }

    @Test("a mention says why")
    func reason() {
        let q = QuoteExpectations.analyze("The film, titled “Long Road Home”, opens on Friday.", keepMentions: true).quotes
        #expect(q.first?.mentionReason == "title")
    }

    @Test("quoted words with a speech cue are statements, not mentions", arguments: [
        "Officials ⟪i:said⟫ ⟦i:the talks were “⟦p:productive⟧”⟧.",
        "He ⟪p:called⟫ ⟦i:it “⟦p:a national crisis⟧”⟧.",
        // A title opens with a capital: after a title word ("the report", "the plan") a quotation in
        // lower case is a judgement of it.
        "Senator Hale ⟪p:called⟫ ⟦i:the report “⟦p:a whitewash from start to finish⟧”⟧.",
        "The mayor ⟪p:described⟫ ⟦i:the plan as “⟦p:too little, too late⟧”⟧.",
    ])
    func withCue(_ marked: String) {
        QuoteExpectations.check(marked)
    }
}

/// Mentions recognised from the shape of the quotation and the sentence around it, with no cue word.
@Suite("Mentions by shape")
struct MentionShapeTests {
    @Test("kept out, reported as mentions on request", arguments: [
        // The writer's sentence runs on through the closing mark: the quotation is its subject.
        "“⟦m:Containment⟧” has been the policy for decades.",
        "“⟦m:Harbor Lights⟧” star Ana Ruiz opened up about her role.",
        // A title-case fragment, even with a cue elsewhere in the sentence.
        "Speaking to “⟦m:Morning Report⟧” on Monday, the mayor ⟪i:said⟫ ⟦i:the budget was balanced⟧.",
        // A title-case quotation in apposition after a comma.
        "Her first novel, “⟦m:Salt and Stone,⟧” sold well in Spain.",
        "He starred in the drama, “⟦m:Riverside,⟧” for six years.",
        // A quotation glossing the word before its bracket.
        "They mocked the governor (“⟦m:Sleepy Tom⟧”) at every rally.",
    ])
    func shapes(_ marked: String) {
        QuoteExpectations.check(marked, keepMentions: true)
    }

    @Test("a short single-mark paragraph is a heading where dialogue uses double marks")
    func heading() {
        let text = "“We will build it,” the mayor said.\n\n‘A bridge for everyone.’\n\n“It opens in May,” she added."
        let quotes = QuoteExpectations.analyze(text, keepMentions: true).quotes
        #expect(quotes.map(\.kind) == [.direct, .mention, .direct])
        #expect(quotes[1].mentionReason == "heading")
    }

    @Test("statements of the same shapes stay statements", arguments: [
        // The quotation's own attribution follows it without a comma.
        "“⟦d:We will win⟧” she ⟪d:said⟫.",
        // Right after its cue, title case is what was said.
        "The banner she held ⟪p:said⟫ “⟦p:Thank You Voters⟧” in red.",
        // After a comma with its cue right before it.
        "He ⟪d:said⟫, “⟦d:Good Morning America.⟧”",
        // A single-mark paragraph in a document whose dialogue uses single marks.
        "‘⟦d:We will build it,⟧’ the mayor ⟪d:said⟫.\n\n‘⟦d:A bridge for everyone.⟧’",
    ])
    func statements(_ marked: String) {
        QuoteExpectations.check(marked)
    }
}
