import Testing
@testable import QuoteKit

/// Two apostrophes typed as one double mark ('' ... ''), as in news archives: never an apostrophe, and
/// ''' closes a single quotation and then the double one.
@Suite("Doubled straight marks")
struct DoubledMarkTests {
    @Test("'' after a word ending in s closes the quotation", arguments: [
        "The club is called ''⟦m:Ravens⟧'' -- after the birds -- by its members.",
        "''⟦d:We beat the Ravens,⟧'' the coach ⟪d:said⟫.",
    ])
    func closesAfterS(_ marked: String) {
        QuoteExpectations.check(marked, keepMentions: true)
    }

    @Test("''' closes the nested single quotation first")
    func tripleMark() {
        let m = MarkedText("''⟦d1:I tell my staff, 'Do not wait for us,'⟧'' ⟪d1:said⟫ Ms. Lane. ''⟦d1:They never do.⟧''")
        #expect(QuoteExpectations.found(m) == m.canonical)
        #expect(QuoteExpectations.analyze(m.text).quotes.first?.nested.count == 1)
    }
}
