import Testing
@testable import QuoteKit

/// Every mark style the tokenizer classifies makes quotes: guillemets, German low-high marks, corner
/// brackets, the `` '' convention, single marks.
@Suite("Quotation mark styles")
struct QuotationStyleTests {
    @Test("direct quotes in each style", arguments: [
        "«⟦d:Nous allons gagner,⟧» a dit le ministre.",
        "« ⟦d:Nous allons gagner⟧ », a dit le ministre.",
        "»⟦d:Wir schaffen das,⟧« sagte sie.",
        "„⟦d:Wir schaffen das,⟧“ sagte sie.",
        "「⟦d:交渉を急がない⟧」と述べた。",
        "``⟦d:We are ready,⟧'' he ⟪d:said⟫.",
        "‘⟦d:We are ready,⟧’ he ⟪d:said⟫.",
        "The minister ⟪d:said⟫: ‹⟦d:Nous sommes prêts.⟧›",
    ])
    func styles(_ marked: String) {
        QuoteExpectations.check(marked)
    }

    @Test("nesting across styles", arguments: [
        "„⟦d:Er sagte ‚nein‘ dazu,⟧“ sagte sie.",
        "«⟦d:Il a dit “non” hier,⟧» a dit le ministre.",
    ])
    func nested(_ marked: String) {
        let m = MarkedText(marked)
        #expect(QuoteExpectations.found(m) == m.canonical)
        #expect(QuoteExpectations.analyze(m.text).quotes.first?.nested.count == 1)
    }
}
