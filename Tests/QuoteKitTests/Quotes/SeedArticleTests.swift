import Foundation
import Testing
@testable import QuoteKit

/// The seed article gives exactly the 12 statements of `../shared/seed/gold.jsonl`: same spans after
/// trimming quotation marks, punctuation and space at the edges (as `score_quotes.py` compares them),
/// same kinds, and nothing else (the scorer counts an indirect statement together with a partial quote
/// inside it, so that pair is one).
@Suite("Seed article")
struct SeedArticleTests {
    struct Gold: Decodable {
        struct Item: Decodable { let start: Int; let end: Int; let kind: String }
        let text: String
        let quotes: [Item]
    }

    /// The scorer's edge set.
    static let edge = Set(" \t\r\n\"'“”‘’«»„‚‹›「」『』.,;:!?—–-()[]".unicodeScalars)

    /// `start..<end` (scalar offsets into `scalars`) without edge characters.
    static func trim(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Range<Int> {
        var s = start, e = end
        while s < e && edge.contains(scalars[s]) { s += 1 }
        while e > s && edge.contains(scalars[e - 1]) { e -= 1 }
        return s..<e
    }

    @Test("exactly the 12 gold statements")
    func seed() throws {
        let line = try Fixtures.sharedText("seed/gold.jsonl").split(separator: "\n").first!
        let gold = try JSONDecoder().decode(Gold.self, from: Data(line.utf8))
        let article = try Fixtures.seedArticle()
        #expect(gold.text.trimmingCharacters(in: .newlines) == article.trimmingCharacters(in: .newlines))

        let analysis = QuoteExpectations.analyze(gold.text)
        let scalars = Array(gold.text.unicodeScalars)
        let offsets = analysis.text.makeScalarOffsets()
        let found = analysis.quotes.map { q -> (kind: String, span: Range<Int>) in
            let (s, e) = offsets.scalars(q.range)
            return (q.kind.rawValue, Self.trim(scalars, s, e))
        }
        let expected = gold.quotes.map { (kind: $0.kind, span: Self.trim(scalars, $0.start, $0.end)) }
        #expect(expected.count == 12)
        for g in expected {
            #expect(found.contains { $0.kind == g.kind && $0.span == g.span },
                    "missing \(g.kind): \(String(String.UnicodeScalarView(scalars[g.span])))")
        }
        // Nothing else, but an indirect statement around a gold partial quote.
        for f in found where !expected.contains(where: { $0.kind == f.kind && $0.span == f.span }) {
            let holdsPartial = f.kind == "indirect" && expected.contains {
                $0.kind == "partial" && f.span.lowerBound <= $0.span.lowerBound && $0.span.upperBound <= f.span.upperBound
            }
            #expect(holdsPartial, "extra \(f.kind): \(String(String.UnicodeScalarView(scalars[f.span])))")
        }
    }
}
