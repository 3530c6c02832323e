import Testing
@testable import QuoteKit

/// Quoted fragments inside the writer's own sentence: kind `partial`, reported by the verb before them.
@Suite("Partial quotes")
struct PartialQuoteTests {
    @Test("fragments", arguments: [
        // A judging verb also reports its object with the quoted judgement (see IndirectSpeechTests).
        "He ⟪p:called⟫ ⟦i:it “⟦p:a national crisis⟧”⟧.",
        "The governor ⟪p:described⟫ ⟦i:the plan as “⟦p:reckless and unfair⟧”⟧ in a letter.",
        "She ⟪p:warned⟫ of “⟦p:serious consequences for every exporter⟧” if talks fail.",
        // An indirect statement holding a quoted fragment: both are reported.
        "The adviser ⟪i:has said⟫ ⟦i:there is a “⟦p:first mover advantage⟧” for countries that settle early⟧.",
    ])
    func fragments(_ marked: String) {
        QuoteExpectations.check(marked)
    }

    @Test("an exclamation in a fragment is an utterance, even with no cue")
    func exclamation() {
        QuoteExpectations.check("The fans met the team with cries of “⟦p:Shame!⟧” at the gate.")
    }
}
