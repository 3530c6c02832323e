import Testing
@testable import QuoteKit

/// The inputs issue 3 says the quote finder must survive: each finishes (in linear time: the cases are
/// large enough that a quadratic pass would stall the suite), reports a bounded number of quotes and
/// warnings, and warns.
@Suite("Must survive")
struct MustSurviveTests {
    @Test("10,000 opening quotation marks and no closing one")
    func manyOpeningMarks() {
        for mark in ["“", "\"", "‘", "«", "``"] {
            let a = QuoteExpectations.analyze(String(repeating: mark, count: 10_000))
            // Marks around no word report nothing.
            #expect(a.quotes.isEmpty, "\(mark)")
            #expect(a.warnings.count <= QuotationPairer.maximumWarnings + 1, "\(mark)")
        }
        let a = QuoteExpectations.analyze(String(repeating: "“", count: 10_000))
        #expect(a.warnings.count == 1)
        // With words between them: still one span (the outermost mark), one warning.
        let b = QuoteExpectations.analyze(String(repeating: "“word ", count: 10_000))
        #expect(b.quotes.count == 1)
        #expect(b.warnings.count == 1)
    }

    @Test("1 MB inside one quote")
    func oneMegabyte() {
        let body = String(repeating: "and the talks, he said, went on all night ", count: 25_000)  // 1.05 MB
        let closed = QuoteExpectations.analyze("“" + body + "”")
        #expect(closed.quotes.count == 1)
        #expect(closed.quotes.first?.kind == .direct)
        #expect(closed.warnings.count == 1)
        #expect(closed.warnings.first?.contains("closing mark may be missing") == true)
        let unclosed = QuoteExpectations.analyze("“" + body)
        #expect(unclosed.quotes.count == 1)
        #expect(unclosed.warnings.contains { $0.contains("unclosed quotation mark") })
        #expect(unclosed.warnings.count <= 2)
    }

    @Test("a quote mark as the last byte", arguments: ["“", "\"", "'", "‘", "«", "„", "「"])
    func lastByte(_ mark: String) {
        let a = QuoteExpectations.analyze("The talks ended on Friday, the minister said." + mark)
        #expect(a.quotes.count <= 1)
        #expect(a.quotes.allSatisfy { $0.kind != .direct })
        #expect(a.warnings.count == 1, "\(mark): \(a.warnings)")
    }

    @Test("adversarial runs stay linear and bounded", arguments: [
        "“a b c,” he said, “d e f.” ",   // thousands of interrupted quotes in one sentence
        "he said that ",                 // a cue on every third word
        " ‘x",                           // single openings that a double closer cannot close
        "“a ‘b ",                        // deep nesting
        "a“\n",                          // an unclosed mark on every line
        "TRUMP SAYS ",                   // capitalised verbs in one sentence, each asking if it is a headline
    ])
    func adversarial(_ unit: String) {
        let text = String(repeating: unit, count: 20_000)
        let a = QuoteExpectations.analyze(text)
        #expect(a.quotes.count <= 20_000 * 2)
        // Warnings are capped (QuotationPairer.maximumWarnings, plus one summary line).
        #expect(a.warnings.count <= QuotationPairer.maximumWarnings + 1)
    }

    @Test("hard strings: every quote lies inside the text, pieces in order", arguments: HardStrings.all)
    func hardStrings(_ text: String) {
        for keep in [false, true] {
            let a = QuoteExpectations.analyze(text, keepMentions: keep)
            let n = text.utf8.count
            for q in a.quotes {
                #expect(!q.pieces.isEmpty)
                for p in q.pieces { #expect(0 <= p.start && p.start <= p.end && p.end <= n) }
                #expect(zip(q.pieces, q.pieces.dropFirst()).allSatisfy { $0.end <= $1.start })
                if let c = q.cue { #expect(0 <= c.start && c.end <= n) }
            }
        }
    }
}
