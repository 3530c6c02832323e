import Foundation
import Testing
@testable import QuoteKit

/// One golden file per sample article: the `extract` output, compared byte for byte.
/// `QUOTEKIT_RECORD=1 swift test --filter Golden` re-records them, and still fails so that a recording
/// never passes silently: read the diff, then run the tests again.
@Suite("Golden: sample corpus")
struct GoldenTests {
    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("expected")
    static let recording = ProcessInfo.processInfo.environment["QUOTEKIT_RECORD"] == "1"

    static var articles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.corpusDirectory.path)) ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted()
    }

    @Test("extract output matches the golden file", arguments: articles)
    func golden(_ name: String) throws {
        var document: Document? = nil
        try DocumentReader().read(Fixtures.corpusDirectory.appendingPathComponent(name).path) { item in
            if case .document(let d, _) = item { document = d }
        }
        var doc = try #require(document)
        doc.id = name
        let analysis = Pipeline(lexicons: Fixtures.lexicons).makeAnalyzer().analyze(doc)
        let actual = Self.pretty(AnalysisJSON.encode(analysis))
        let file = Self.goldenDirectory.appendingPathComponent(name.replacingOccurrences(of: ".txt", with: ".json"))
        if Self.recording {
            try actual.write(to: file, atomically: true, encoding: .utf8)
            Issue.record("recorded \(file.lastPathComponent): run the tests again without QUOTEKIT_RECORD")
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
            Issue.record("""
                \(name) differs from its golden file at line \(line + 1):
                - expected: \(line < e.count ? String(e[line]) : "<end>")
                + actual:   \(line < a.count ? String(a[line]) : "<end>")
                (QUOTEKIT_RECORD=1 swift test --filter Golden re-records after a deliberate change)
                """)
        }
    }

    /// One quote and one speaker a line, so that a diff points at what changed.
    static func pretty(_ json: String) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else { return json }
        func line(_ v: Any) -> String {
            String(decoding: (try? JSONSerialization.data(withJSONObject: v, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data(), as: UTF8.self)
        }
        var out = "{\n"
        for key in object.keys.sorted() {
            if let list = object[key] as? [Any], key == "quotes" || key == "speakers" {
                out += "\"\(key)\": [\n" + list.map { "  " + line($0) }.joined(separator: ",\n") + "\n],\n"
            } else if let v = object[key] {
                out += "\"\(key)\": " + (JSONSerialization.isValidJSONObject([v]) ? String(line([v]).dropFirst().dropLast()) : "null") + ",\n"
            }
        }
        return out + "}\n"
    }
}
