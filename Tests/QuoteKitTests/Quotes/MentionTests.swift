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
        "He ⟪p:called⟫ it “⟦p:a national crisis⟧”.",
    ])
    func withCue(_ marked: String) {
        QuoteExpectations.check(marked)
    }
}
