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

    @Test("the non-space token list is every token that is not white space, in order",
          arguments: HardStrings.all + ["``Yes,'' he said.", "it was ours,''' she said", "a  \t b\n\nc '' d"])
    func nonSpaceTokens(_ text: String) {
        let a = Fixtures.analyzer().analyze(text)
        let expected = a.tokens.indices.filter { a.tokens[$0].kind != .whitespace }.map(Int32.init)
        #expect(a.nonSpaceTokens == expected)
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

    /// The short-token path against the byte-wise one: key form, hash and tripled-letter mark.
    static func shortMatchesByteWise(_ bytes: [UInt8]) -> Bool {
        let padded = bytes + [UInt8](repeating: 0x41, count: 8)  // 8 readable bytes; never part of the token
        return padded.withUnsafeBufferPointer { b in
            var short = ByteBuffer(capacity: 4), wise = ByteBuffer(capacity: 4)
            defer { short.deallocate(); wise.deallocate() }
            var shortTripled = false, wiseTripled = false
            let h1 = short.appendShortASCII(b.baseAddress!, bytes.count, tripled: &shortTripled)
            let h2 = wise.appendLowercasedASCII(b.baseAddress!, bytes.count, tripled: &wiseTripled)
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return h1 == nil && short.count == 0 }
            return h1 != nil && h1 == h2 && shortTripled == wiseTripled && short.array() == wise.array()
        }
    }

    @Test("tokens of up to 8 ASCII bytes, done as one word, give the byte-wise key form, hash and mark")
    func shortTokens() {
        // Every string of 1 to 8 bytes over letters of both cases and a non-letter (runs of every
        // length), then random ASCII of every length, and non-ASCII, which the short path refuses.
        let alphabet: [UInt8] = Array("aAbZz.".utf8)
        var failures = 0
        for length in 1...8 {
            var digits = [Int](repeating: 0, count: length)
            let total = (0..<length).reduce(1) { product, _ in product * alphabet.count }
            for n in stride(from: 0, to: total, by: length >= 7 ? 7 : 1) {  // a sample of the longest
                var m = n
                for k in 0..<length { digits[k] = m % alphabet.count; m /= alphabet.count }
                if !Self.shortMatchesByteWise(digits.map { alphabet[$0] }) { failures += 1 }
            }
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let length = Int.random(in: 1...8, using: &generator)
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...0x7F, using: &generator) }
            if !Self.shortMatchesByteWise(bytes) { failures += 1 }
        }
        for bytes in [[0xC3, 0xA9], [0x61, 0xE2, 0x80, 0x99, 0x73], [0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x80]] as [[UInt8]] {
            if !Self.shortMatchesByteWise(bytes) { failures += 1 }
        }
        #expect(failures == 0)
    }
}
