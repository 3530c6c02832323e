import Testing
@testable import QuoteKit

/// Text between matching quotation marks that stands as a clause of its own, with its cue.
@Suite("Direct quotes")
struct DirectQuoteTests {
    @Test("a quotation and its attribution", arguments: [
        "“⟦d:The talks went well.⟧” the minister ⟪d:said⟫.",
        "“⟦d:The talks went well,⟧” the minister ⟪d:said⟫ on Monday.",
        "“⟦d:The talks went well,⟧” ⟪d:said⟫ Ana Ortiz, the trade minister.",
        "The minister ⟪d:said⟫: “⟦d:The talks went well.⟧”",
        "“⟦d:Why would we wait?⟧” ⟪d:asked⟫ the governor.",
        "“⟦d:We are ready,⟧” the union leader, who has led the strike since May, ⟪d:said⟫.",
        "“⟦d:We are ready,⟧” she ⟪d:has already said⟫ twice this week.",
    ])
    func attribution(_ marked: String) {
        QuoteExpectations.check(marked)
    }

    @Test("a quotation with no cue in its sentence is still direct", arguments: [
        "The mayor spoke after the vote.\n“⟦d:This city will recover.⟧”",
        "“⟦d:Nobody saw it coming.⟧”",
    ])
    func withoutCue(_ marked: String) {
        QuoteExpectations.check(marked)
    }

    @Test("a cue in the writer's next clause is not the attribution")
    func farVerb() {
        // The verb comes after a bracket: the writer's aside, not the attribution.
        let m = MarkedText("“⟦d:We are ready,⟧” (the union had never before been able to say so) the leader told them.")
        let q = QuoteExpectations.analyze(m.text).quotes.first { $0.kind == .direct }
        #expect(q != nil)
        #expect(q?.cue == nil)
    }

    @Test("a nested quotation stays part of the outer quote and is recorded as nested")
    func nested() {
        QuoteExpectations.check("“⟦d:We want ‘FAIR TRADE’ and nothing else,⟧” the senator ⟪d:said⟫.")
        let text = "“We want ‘FAIR TRADE’ and nothing else,” the senator said."
        let analysis = QuoteExpectations.analyze(text)
        #expect(analysis.quotes.count == 1)
        let inner = Array(text.utf8).firstRange(of: Array("FAIR TRADE".utf8))!
        #expect(analysis.quotes.first?.nested == [TextRange(inner.lowerBound, inner.upperBound)])
    }

    @Test("the cue carries its auxiliaries and adverbs")
    func cueSpan() {
        let m = MarkedText("“⟦d:Prices will fall,⟧” the bank ⟪d:had previously said⟫.")
        let q = QuoteExpectations.analyze(m.text).quotes.first
        #expect(q?.cue == m.statements[0].cue)
        #expect(q?.cueVerb?.lemma == "say")
    }
}
