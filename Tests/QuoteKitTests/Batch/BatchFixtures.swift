import Foundation
import Testing
@testable import QuoteKit

/// Helpers for the batch tests: temporary folders, corpora written on the fly, the database read back.
enum BatchFixtures {
    /// A fresh temporary folder.
    static func folder(_ name: String = "batch") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("quotekit-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The sample corpus's article bodies (header lines removed).
    static func sampleBodies() throws -> [(name: String, date: String?, source: String?, text: String)] {
        var out: [(String, String?, String?, String)] = []
        try DocumentReader().read(Fixtures.corpusDirectory.path) { item in
            if case .document(let d, _) = item { out.append((URL(fileURLWithPath: d.id).lastPathComponent, d.date, d.source, d.text)) }
        }
        return out
    }

    /// One article JSONL line.
    static func jsonLine(id: String, text: String, date: String? = nil, source: String? = nil) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.field("id", id)
        w.field("text", text)
        if let date { w.field("date", date) }
        if let source { w.field("source", source) }
        w.endObject()
        return w.output
    }

    /// A JSONL file of the sample articles repeated until it holds at least `bytes` bytes; ids `d0`, `d1`, ...
    static func repeatedCorpus(at url: URL, bytes: Int) throws -> Int {
        let bodies = try sampleBodies()
        var out = ""
        var n = 0
        while out.utf8.count < bytes {
            for b in bodies {
                out += jsonLine(id: "d\(n)", text: b.text, date: b.date, source: b.source) + "\n"
                n += 1
            }
        }
        try out.write(to: url, atomically: true, encoding: .utf8)
        return n
    }

    /// Compresses `file` with the system gzip into `file.gz`, removing `file`.
    static func gzip(_ file: URL) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/gzip")
        p.arguments = ["-f", file.path]
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
    }

    /// Every row of `table` as text, in rowid order (or `order`), leaving out `except` columns.
    static func rows(_ db: URL, _ table: String, except: Set<String> = [], order: String = "rowid") throws -> [String] {
        let sql = try SQLiteDatabase(path: db.path, readOnly: true)
        let names = try sql.prepare("SELECT name FROM pragma_table_info('\(table)')")
        var columns: [String] = []
        while try names.step() { if let n = names.string(0), !except.contains(n) { columns.append(n) } }
        let s = try sql.prepare("SELECT \(columns.map { "\"\($0)\"" }.joined(separator: ", ")) FROM \(table) ORDER BY \(order)")
        var out: [String] = []
        while try s.step() {
            out.append((0..<columns.count).map { s.string(Int32($0)) ?? "NULL" }.joined(separator: "|"))
        }
        return out
    }

    /// Every row of `table` in rowid order, each value with its type and reals to the last bit: for
    /// comparisons that must not hide a difference in the last digit of a mean.
    static func exactRows(_ db: URL, _ table: String) throws -> [String] {
        let sql = try SQLiteDatabase(path: db.path, readOnly: true)
        let names = try sql.prepare("SELECT name FROM pragma_table_info('\(table)')")
        var columns: [String] = []
        while try names.step() { if let n = names.string(0) { columns.append("\"\(n)\"") } }
        let values = columns.map { "typeof(\($0)) || ':' || CASE typeof(\($0)) WHEN 'real' THEN printf('%!.20e', \($0)) ELSE quote(\($0)) END" }
        let s = try sql.prepare("SELECT \(values.joined(separator: " || '|' || ")) FROM \(table) ORDER BY rowid")
        var out: [String] = []
        while try s.step() { out.append(s.string(0) ?? "") }
        return out
    }

    /// The `speakers` table of the finished run's database `db` as its SQL definition
    /// (``BatchSchema/rebuildSpeakers``) computes it from the stored rows, in a copy of the database.
    static func speakersBySQL(_ db: URL) throws -> [String] {
        let copy = try folder("speakers-sql").appendingPathComponent("copy.sqlite")
        try FileManager.default.copyItem(at: db, to: copy)
        try SQLiteDatabase(path: copy.path).execute(BatchSchema.rebuildSpeakers)
        return try exactRows(copy, "speakers")
    }

    /// One integer from the database.
    static func integer(_ db: URL, _ sql: String) throws -> Int? {
        try SQLiteDatabase(path: db.path, readOnly: true).integer(sql)
    }

    /// The manifest without its `runs` (timings) part.
    static func manifestWithoutRuns(_ folder: URL) throws -> NSDictionary {
        let data = try Data(contentsOf: folder.appendingPathComponent("run.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var copy = object
        copy.removeValue(forKey: "runs")
        return copy as NSDictionary
    }

    /// The output files that must match byte for byte between equivalent runs.
    static let stableFiles = ["quotes.jsonl", "quotes.csv", "speakers.csv", "report.html"]

    /// The database tables compared between equivalent runs (`runs` holds timings and is left out).
    static let stableTables: [(String, Set<String>)] = [
        ("documents", ["run"]), ("quotes", []), ("document_speakers", []), ("mentions", []), ("speakers", []),
    ]

    /// Expects two output folders to hold the same results.
    static func expectSameOutputs(_ a: URL, _ b: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for name in stableFiles {
            let x = try Data(contentsOf: a.appendingPathComponent(name)), y = try Data(contentsOf: b.appendingPathComponent(name))
            // Compared outside #expect: on a mismatch it would try to describe megabytes of difference.
            let same = x == y
            #expect(same, "\(name) differs (\(x.count) and \(y.count) bytes; first difference at byte \(zip(x, y).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(x.count, y.count)))", sourceLocation: sourceLocation)
        }
        let sameManifest = try manifestWithoutRuns(a) == manifestWithoutRuns(b)
        #expect(sameManifest, "run.json differs", sourceLocation: sourceLocation)
        for (table, except) in stableTables {
            let x = try rows(a.appendingPathComponent("quotekit.sqlite"), table, except: except, order: table == "speakers" ? "id" : "rowid")
            let y = try rows(b.appendingPathComponent("quotekit.sqlite"), table, except: except, order: table == "speakers" ? "id" : "rowid")
            let same = x == y
            let first = zip(x, y).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            #expect(same, "table \(table) differs: \(x.count) and \(y.count) rows; first difference at row \(first ?? min(x.count, y.count)): \(first.map { "\(x[$0].prefix(300)) / \(y[$0].prefix(300))" } ?? "")", sourceLocation: sourceLocation)
        }
    }
}
