import Testing
@testable import QuoteKit

/// Every quote gets its cue where there is one: the speech verb with its auxiliaries and adverbs
/// (`cue-context.tsv`), or a source phrase such as "according to".
@Suite("Cues")
struct CueTests {
    @Test("cues with auxiliaries", arguments: [
        "The bank ⟪i:has already said⟫ ⟦i:it will raise its rates⟧.",
        "Officials ⟪i:had repeatedly warned⟫ that ⟦i:the dam could fail in a flood⟧.",
        "The union ⟪i:will say⟫ ⟦i:the offer is too low⟧.",
        "“⟦d:Prices will fall,⟧” the bank ⟪d:had previously said⟫.",
        "“⟦d:Prices will fall,⟧” ⟪d:said⟫ the bank.",
    ])
    func auxiliaries(_ marked: String) {
        QuoteExpectations.check(marked)
    }

    @Test("capitalised verb forms inside a sentence are names, not cues")
    func names() {
        QuoteExpectations.check("“⟦d:We are ready,⟧” the State Department spokesman ⟪d:said⟫.")
    }

    @Test("no cue: an -s form after a number is a plural noun, a verb opening its sentence has no speaker", arguments: [
        "The party won in 12 states: Ohio, Texas, Utah and Maine among them.",
        "Revealed: the ten best towns to retire in this year.",
    ])
    func nouns(_ text: String) {
        QuoteExpectations.check(text)
    }
}
