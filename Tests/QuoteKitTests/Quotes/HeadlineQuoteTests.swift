import Testing
@testable import QuoteKit

/// Quotes in headlines: a first line with a speaker, a colon and single marks, or a quotation alone.
@Suite("Headline quotes")
struct HeadlineQuoteTests {
    @Test("headline quotes", arguments: [
        "Minister: ‘⟦d:We will not sign this deal⟧’\nThe minister spoke on Monday.",
        "‘⟦d:We will not back down⟧’, says union chief\nThe strike enters its third week.",
        "“⟦d:This is our moment⟧”\nThe team won the title on Sunday.",
        "‘⟦d:No deal without a pay rise⟧’ – union chief\nTalks broke down again on Monday.",
    ])
    func headlines(_ marked: String) {
        QuoteExpectations.check(marked)
    }
}
