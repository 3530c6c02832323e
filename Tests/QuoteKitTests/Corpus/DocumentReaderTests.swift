import Foundation
import Testing
@testable import QuoteKit

@Suite("Reading documents")
struct DocumentReaderTests {
    /// A fresh temporary folder.
    static func tempDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("quotekit-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func items(_ path: String) throws -> [DocumentReader.Item] {
        var out: [DocumentReader.Item] = []
        try DocumentReader().read(path) { out.append($0) }
        return out
    }

    @Test("a text file with header lines")
    func header() throws {
        let dir = try Self.tempDirectory()
        let file = dir.appendingPathComponent("a.txt")
        try "Title: Talks open\r\nDate: 2025-04-16\r\nSource: Harbor Ledger\r\n\r\nBody “quote,” he said.\r\n".write(to: file, atomically: true, encoding: .utf8)
        guard case .document(let d, let warnings) = try Self.items(file.path).first else { Issue.record("no document"); return }
        #expect(d.title == "Talks open" && d.date == "2025-04-16" && d.source == "Harbor Ledger")
        #expect(d.text == "Body “quote,” he said.\r\n")
        #expect(d.id == file.path)
        #expect(warnings.isEmpty)
    }

    @Test("JSONL: ids kept, every bad line reported with its line number")
    func jsonLines() throws {
        let dir = try Self.tempDirectory()
        let file = dir.appendingPathComponent("a.jsonl")
        try """
        {"id": "one", "text": "First."}
        {"id": "two", "text": 
        
        {"id": 3, "text": "Third.", "date": "2025-05-01"}
        {"id": "four"}
        [1, 2]
        {"id": "six", "text": ""}
        """.write(to: file, atomically: true, encoding: .utf8)
        let items = try Self.items(file.path)
        var docs: [String] = []
        var problems: [String] = []
        for item in items {
            switch item {
            case .document(let d, _): docs.append(d.id)
            case .problem(let p): problems.append("\(p.line) \(p.severity.rawValue) \(p.reason)")
            }
        }
        #expect(docs == ["one", "3"])
        #expect(problems.count == 4)
        #expect(problems[0].hasPrefix("2 failed malformed JSON"))
        #expect(problems[1] == "5 failed no string field \"text\"")
        #expect(problems[2] == "6 failed not a JSON object")
        #expect(problems[3] == "7 skipped document six has empty text")
    }

    @Test("JSONL: the date from another field or a dotted path into an object; a field that is no string gives none")
    func dateField() throws {
        let dir = try Self.tempDirectory()
        let file = dir.appendingPathComponent("a.jsonl")
        try """
        {"id": "a", "text": "Body.", "date": "2025-01-01", "meta": {"publication_date": "2016-05-01"}}
        {"id": "b", "text": "Body.", "meta": {"publication_date": 20160501}}
        {"id": "c", "text": "Body.", "meta": "2016-05-01"}
        """.write(to: file, atomically: true, encoding: .utf8)
        func dates(_ field: DateField) throws -> (dates: [String?], warnings: [String]) {
            var out: [String?] = [], warned: [String] = []
            try DocumentReader(dateField: field).read(file.path) {
                if case .document(let d, let w) = $0 { out.append(d.date); warned += w }
            }
            return (out, warned)
        }
        #expect(try dates(DateField()).dates == ["2025-01-01", nil, nil])
        #expect(try dates(DateField()).warnings.isEmpty)   // no "date" field in b and c: nothing to say
        let meta = try #require(DateField("meta.publication_date"))
        let read = try dates(meta)
        #expect(read.dates == ["2016-05-01", nil, nil])
        // b has the field with a number: undated, and a warning naming file, line, id and field.
        #expect(read.warnings == ["\(file.path):2: b: the date field \"meta.publication_date\" holds no string; the document has no date"])
        #expect(meta.description == "meta.publication_date")
        for bad in ["", ".", "meta.", ".date", "meta..date"] { #expect(DateField(bad) == nil, "\(bad)") }
    }

    @Test("JSONL: fields other than the article's are kept as their JSON text came, and a non-string title joins them")
    func otherFields() throws {
        let dir = try Self.tempDirectory()
        let file = dir.appendingPathComponent("a.jsonl")
        try #"{"id": "k", "text": "Body.", "section": "Business", "tags": ["trade", "japan"], "meta": {"z": 1.50, "a": null, "s": "a, b"}, "title": 7, "url": "https://x.test/a/b"}"#
            .write(to: file, atomically: true, encoding: .utf8)
        guard case .document(let d, _) = try Self.items(file.path).first else { Issue.record("no document"); return }
        // Values as they came: key order and number spelling kept, white space between tokens dropped
        // (not inside strings), so that each output stays on one line.
        #expect(d.fields == ["section": #""Business""#, "tags": #"["trade","japan"]"#, "meta": #"{"z":1.50,"a":null,"s":"a, b"}"#, "title": "7"])
        #expect(d.title == nil && d.url == "https://x.test/a/b")
        // Written back out in the output schema, keys sorted, values as they came.
        let json = AnalysisJSON.encode(Pipeline(lexicons: Fixtures.lexicons).makeAnalyzer().analyze(d))
        #expect(json.contains(#""url":"https://x.test/a/b","fields":{"meta":{"z":1.50,"a":null,"s":"a, b"},"section":"Business","tags":["trade","japan"],"title":7}"#))
        #expect((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["fields"] is [String: Any])
    }

    @Test("a JSON file: each article of an array keeps its own other fields; a pretty-printed value comes out on one line")
    func jsonArrayFields() throws {
        let dir = try Self.tempDirectory()
        let file = dir.appendingPathComponent("a.json")
        try """
        [
          {"id": "a", "text": "First.", "meta": {
              "pages": [1,
                        2],
              "note": "x ] y }"
            }},
          {"id": "b", "text": "Second.", "wordcount": 2},
          7
        ]
        """.write(to: file, atomically: true, encoding: .utf8)
        let items = try Self.items(file.path)
        guard items.count == 3, case .document(let a, _) = items[0], case .document(let b, _) = items[1],
              case .problem(let p) = items[2] else { Issue.record("expected two documents and a problem: \(items)"); return }
        #expect(a.fields == ["meta": #"{"pages":[1,2],"note":"x ] y }"}"#])
        #expect(b.fields == ["wordcount": "2"])
        #expect(p.reason == "item 3 is not a JSON object")
    }

    @Test("invalid UTF-8 is decoded with replacement characters and a warning naming the byte")
    func invalidUTF8() throws {
        let dir = try Self.tempDirectory()
        let file = dir.appendingPathComponent("bad.txt")
        try Data([0x41, 0x42, 0xFF, 0x43, 0xE2, 0x80]).write(to: file)
        guard case .document(let d, let warnings) = try Self.items(file.path).first else { Issue.record("no document"); return }
        #expect(d.text == "AB\u{FFFD}C\u{FFFD}")
        #expect(warnings == ["\(file.path): invalid UTF-8 at byte 2; invalid sequences replaced with U+FFFD"])
    }

    @Test("empty, binary and missing inputs are accounted for, not dropped")
    func accounted() throws {
        let dir = try Self.tempDirectory()
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        try Data([0, 1, 2, 3, 0, 5, 6, 7, 0, 0]).write(to: dir.appendingPathComponent("blob.txt"))
        try "Just text.".write(to: dir.appendingPathComponent("ok.md"), atomically: true, encoding: .utf8)
        try "Docs.".write(to: dir.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        let items = try Self.items(dir.path)
        #expect(items.count == 4)
        let reasons = items.compactMap { item -> String? in
            if case .problem(let p) = item { return "\(URL(fileURLWithPath: p.file).lastPathComponent): \(p.reason)" }
            return nil
        }
        #expect(reasons == ["README.md: documentation file, not an article",
                            "blob.txt: binary file (control bytes in the first 8 KiB)",
                            "empty.txt: empty file"])
        let missing = try Self.items(dir.appendingPathComponent("nope.txt").path)
        guard case .problem(let p) = missing.first else { Issue.record("missing file not reported"); return }
        #expect(p.severity == .failed && p.reason == "no such file or directory")
    }

    @Test("the sample corpus reads completely")
    func corpus() throws {
        let items = try Self.items(Fixtures.corpusDirectory.path)
        let docs = items.compactMap { if case .document(let d, _) = $0 { return d } else { return nil } }
        #expect(docs.count >= 30)
        #expect(docs.allSatisfy { $0.date?.hasPrefix("2025-") == true && $0.source != nil })
    }
}
