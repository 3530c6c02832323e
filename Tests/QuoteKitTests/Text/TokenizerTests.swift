import Testing
@testable import QuoteKit

@Suite("Tokenizer")
struct TokenizerTests {
    @Test("tokens joined give back the text exactly", arguments: HardStrings.all)
    func lossless(_ text: String) {
        let analysed = Fixtures.analyzer().analyze(text)
        var joined = ""
        var expectedStart = 0
        for i in analysed.tokens.indices {
            #expect(analysed.tokens[i].range.start == expectedStart)
            expectedStart = analysed.tokens[i].range.end
            joined += analysed.string(token: i)
        }
        #expect(expectedStart == text.utf8.count)
        #expect(joined == text)
    }

    @Test("sentences and paragraphs lie inside the text, in order", arguments: HardStrings.all)
    func rangesInOrder(_ text: String) {
        let a = Fixtures.analyzer().analyze(text)
        for ranges in [a.sentences, a.paragraphs] {
            var last = 0
            for r in ranges {
                #expect(r.start >= last && r.end > r.start && r.end <= text.utf8.count)
                last = r.end
            }
        }
        for (s, p) in zip(a.sentences, a.sentenceTokens) {
            #expect(a.tokens[p.lowerBound].range.start == s.start)
            #expect(a.tokens[p.upperBound - 1].range.end == s.end)
        }
    }

    @Test("a 50 MB single-line document is tokenized completely")
    func largeDocument() {
        let line = String(repeating: "Tariffs rose “sharply,” he said. ", count: 50_000_000 / 34)
        let a = Fixtures.analyzer().analyze(line)
        #expect(a.tokens.last?.range.end == line.utf8.count)
        #expect(a.paragraphs.count == 1)
        #expect(a.sentences.count > 1_000_000)
    }

    struct KindCase: Sendable, CustomStringConvertible {
        let text: String
        let kinds: [TokenKind]
        var description: String { text }
    }

    @Test("token kinds", arguments: [
        KindCase(text: "Japan 24% levies", kinds: [.word, .number, .punctuation, .word]),
        KindCase(text: "“Hi,” 👍", kinds: [.quotationMark, .word, .punctuation, .quotationMark, .symbol]),
        KindCase(text: "日本 は", kinds: [.ideographic, .ideographic]),
        KindCase(text: "$5 + x", kinds: [.symbol, .number, .symbol, .word]),
    ])
    func kinds(_ c: KindCase) {
        let a = Fixtures.analyzer().analyze(c.text)
        #expect(a.tokens.filter { !$0.isSpace }.map(\.kind) == c.kinds)
    }

    @Test("normalised forms: NFKC, case-folded, straight apostrophes")
    func normalisedForms() {
        let a = Fixtures.analyzer().analyze("DON’T Straße ﬁne Café")
        let norms = a.tokens.indices.filter { !a.tokens[$0].isSpace }.map { a.normalized(token: $0) }
        #expect(norms == ["don't", "strasse", "fine", "café"])
        // Same key for the same normalised form, whatever the spelling.
        let b = Fixtures.analyzer().analyze("don't")
        #expect(a.tokens[0].key == b.tokens[0].key)
    }

    @Test("a letter three times in a row is noted on the token, in either case and in any script")
    func tripledLetters() {
        let text = "goooood YESSS Good coffee “sooo” caféééé naïveee x--- ...!!!"
        let a = Fixtures.analyzer().analyze(text)
        let tripled = a.tokens.indices.filter { a.tokens[$0].hasTripledLetter }.map { a.string(token: $0) }
        #expect(tripled == ["goooood", "YESSS", "sooo", "naïveee"])
        // The flag leaves the quotation marks' classification alone.
        let marks = a.tokens.filter { $0.kind == .quotationMark }
        #expect(marks.count == 2 && marks.allSatisfy { $0.quote != nil && !$0.hasTripledLetter })
    }
}
