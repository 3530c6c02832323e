import Testing
@testable import QuoteKit

/// Where reported content starts after its cue: past a time phrase ("said on Friday", "said last
/// week"), and at a subject pronoun, whose clause keeps any later "that" (issue 3).
@Suite("Reported clause start")
struct ReportedClauseStartTests {
    @Test("a time phrase after the verb is skipped", arguments: [
        "The mayor ⟪i:said⟫ on Friday ⟦i:the bridge would reopen in spring⟧.",
        "The mayor ⟪i:said⟫ last week ⟦i:the bridge would reopen in spring⟧.",
        "The mayor ⟪i:told⟫ reporters this morning ⟦i:the bridge would reopen in spring⟧.",
    ])
    func timePhrase(_ marked: String) {
        QuoteExpectations.check(marked)
    }

    @Test("a subject pronoun starts the content; a later \"that\" is inside it", arguments: [
        "The coach ⟪i:also said⟫ ⟦i:he understands how hard that can be⟧.",
        "The builders ⟪i:said⟫ ⟦i:they knew that the roof would leak⟧.",
    ])
    func subjectPronoun(_ marked: String) {
        QuoteExpectations.check(marked)
    }

    @Test("a preposition that opens no time phrase still waits for \"that\"")
    func prepositionPhrase() {
        QuoteExpectations.check("The mayor ⟪i:said⟫ in a long letter to the council that ⟦i:the bridge would reopen⟧.")
    }
}
