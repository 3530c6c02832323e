import Testing
@testable import QuoteKit

/// The news convention: a paragraph that opens a quotation and does not close it continues into the
/// next paragraph that opens with a quotation mark. One statement, one piece a paragraph.
@Suite("Quotes over several paragraphs")
struct MultiParagraphQuoteTests {
    @Test("one statement, several pieces", arguments: [
        // Blank lines between paragraphs.
        "The chairman spoke for an hour.\n\n“⟦d1:We have made mistakes this year.⟧\n\n“⟦d1:We will fix them before the next season.⟧\n\n“⟦d1:Nobody should doubt it,⟧” he ⟪d1:said⟫.",
        // One paragraph a line (wire copy).
        "“⟦d1:The first part of a long statement.⟧\n“⟦d1:And the second part, which ends here.⟧” the coach ⟪d1:said⟫.",
        // Straight marks.
        "\"⟦d1:The first part of a long statement.⟧\n\"⟦d1:And the second part, which ends here.⟧\" the coach ⟪d1:said⟫.",
    ])
    func continues(_ marked: String) {
        QuoteExpectations.check(marked)
    }

    @Test("the statement's range runs from the first piece to the last")
    func range() {
        let m = MarkedText("“⟦d1:One.⟧\n“⟦d1:Two and three.⟧” she ⟪d1:said⟫.")
        let q = QuoteExpectations.analyze(m.text).quotes
        #expect(q.count == 1)
        #expect(q.first?.range == m.statements[0].range)
        #expect(q.first?.pieces.count == 2)
    }

    @Test("no continuation when the next paragraph does not open with a mark")
    func stops() {
        let m = MarkedText("“⟦d:An open quotation that never closes.⟧\nThe writer's next paragraph, about something else.")
        #expect(QuoteExpectations.found(m) == m.canonical)
        #expect(QuoteExpectations.analyze(m.text).warnings.contains { $0.contains("unclosed quotation mark") })
    }
}
