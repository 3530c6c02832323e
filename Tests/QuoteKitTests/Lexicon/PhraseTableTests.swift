import Foundation
import Testing
@testable import QuoteKit

@Suite("Phrase tables")
struct PhraseTableTests {
    static func table(_ keys: [(String, Int)]) -> (PhraseTable<Int>, TextAnalyzer) {
        let analyzer = Fixtures.analyzer()
        return (PhraseTable(keys.map { (key: $0.0, value: $0.1) }, analyzer: analyzer), analyzer)
    }

    @Test("the longest key wins, white space between words skipped, shorter keys still found")
    func longest() {
        let (table, analyzer) = Self.table([("prime", 1), ("prime minister", 2), ("prime minister of japan", 3), ("minister", 4)])
        let text = analyzer.analyze("the prime  minister of japan and the prime minister spoke; prime time")
        let starts = text.tokens.indices.filter { text.tokens[$0].key == KeyHash.of("prime") }
        #expect(starts.count == 3)
        let values = starts.map { table.longestMatch(in: text, at: $0)?.value }
        #expect(values == [3, 2, 1])
        // A limit before the last word leaves the shorter key.
        let end = table.longestMatch(in: text, at: starts[0])!.end
        #expect(table.longestMatch(in: text, at: starts[0], limit: end - 1)?.value == 2)
        #expect(table.longestMatch(in: text, at: 0) == nil)
    }

    @Test("a later key with the same words replaces the value; single-word look-up")
    func replace() {
        let (table, _) = Self.table([("according to", 1), ("according", 5), ("according to", 7)])
        #expect(table.single(KeyHash.of("according")) == 5)
        #expect(table.single(KeyHash.of("to")) == nil)
        #expect(table.maximumLength == 2)
    }

    @Test("mayStart and mayEnd name the first and last words of keys")
    func ends() {
        let (table, _) = Self.table([("vice president", 1), ("mr.", 2)])
        #expect(table.mayStart(KeyHash.of("vice")) && !table.mayStart(KeyHash.of("president")))
        #expect(table.mayEnd(KeyHash.of("president")) && !table.mayEnd(KeyHash.of("vice")))
        #expect(table.mayEnd(KeyHash.of(".")) || table.mayEnd(KeyHash.of("mr.")))
    }

    @Test("keys of letters and spaces hash as the analysed text's tokens do, every lexicon field included")
    func letterWords() throws {
        let analyzer = Fixtures.analyzer()
        var fields = ["", "   ", "a", "Ab  cD ", " prime minister", "Xi Jinping"]
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.lexiconDirectory.path) where name.hasSuffix(".tsv") {
            let table = try LexiconTable(contentsOf: Fixtures.lexiconDirectory.appendingPathComponent(name))
            for row in table.rows { for f in row.fields { fields += f.split(separator: "|").map(String.init) } }
        }
        var checked = 0
        for f in fields {
            guard let fast = KeyHash.ofLetterWords(f) else { continue }
            let t = analyzer.analyze(f)
            #expect(fast == t.tokens.filter { $0.kind != .whitespace }.map(\.key), "\(f)")
            checked += 1
        }
        #expect(checked > 1000)
        #expect(KeyHash.ofLetterWords("don't") == nil && KeyHash.ofLetterWords("win-win") == nil)
    }

    @Test("a key set holds what was inserted")
    func keySet() {
        var set = KeySet([1, 2, 3].map { UInt64($0) })
        for k in 100..<200 { set.insert(UInt64(k) &* 0x9E37_79B9_7F4A_7C15) }
        #expect(set.contains(2) && !set.contains(4))
        #expect((100..<200).allSatisfy { set.contains(UInt64($0) &* 0x9E37_79B9_7F4A_7C15) })
    }
}
