import Testing
@testable import QuoteKit

/// An unclosed quotation never swallows the rest of the article: it is closed at its paragraph end,
/// with a warning.
@Suite("Unclosed quotes")
struct UnclosedQuoteTests {
    @Test("recovered at the paragraph end, with a warning", arguments: [
        "“⟦d:We will never give up, the chairman said.⟧\nThe vote is on Friday. Analysts ⟪i:said⟫ ⟦i:the outcome was open⟧.",
        "The minister said: “⟦d:We will not sign this.⟧\n\nThe talks resume next week.",
        "He told them “⟦p:never again⟧\nand left the room.",
    ])
    func recovered(_ marked: String) {
        let m = MarkedText(marked)
        #expect(QuoteExpectations.found(m) == m.canonical)
        let warnings = QuoteExpectations.analyze(m.text).warnings
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("unclosed quotation mark") == true)
    }

    @Test("the warning names the mark's offset in Unicode scalars")
    func offset() {
        let text = "Café “open"
        let warnings = QuoteExpectations.analyze(text).warnings
        // "Café " is five scalars (six UTF-8 bytes).
        #expect(warnings == ["unclosed quotation mark at offset 5: closed at the end of its paragraph"])
    }

    @Test("a double closing mark that closes nothing is reported too", arguments: [
        "The talks ended on Friday.” Nobody said more.",
        "The talks ended on Friday.' Nobody said more.",
    ])
    func strayCloser(_ text: String) {
        let a = QuoteExpectations.analyze(text)
        #expect(a.warnings.count == 1)
        #expect(a.warnings.first?.contains("matches no opening mark") == true)
    }

    @Test("a lone single mark after a word is an apostrophe: no warning")
    func apostrophe() {
        #expect(QuoteExpectations.analyze("The Joneses' farm and the workers' union.").warnings.isEmpty)
    }

    @Test("a closed quotation later in the paragraph still pairs")
    func laterPair() {
        // The second quotation resumes the first after its attribution: one statement.
        QuoteExpectations.check("“⟦d1:First,⟧” she ⟪d1:said⟫. “⟦d1:Then this: a mark that never closes.⟧")
    }
}
