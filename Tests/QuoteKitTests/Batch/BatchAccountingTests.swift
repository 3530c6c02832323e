import Foundation
import Testing
@testable import QuoteKit

@Suite("Batch: every input accounted for", .serialized)
struct BatchAccountingTests {
    /// A folder of good and bad inputs: text with headers, JSONL with bad lines, gzip, JSON arrays,
    /// empty, binary and invalid UTF-8 files.
    static func messyCorpus() throws -> URL {
        let dir = try BatchFixtures.folder("messy")
        func write(_ name: String, _ text: String) throws {
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try write("a-article.txt", "Title: Talks open\nDate: 2025-04-16\nSource: Harbor Ledger\n\n“Prices will rise,” Trump said.\n")
        try write("b-notes.md", "“We will not rush,” Ishiba said.\n")
        try write("c-lines.jsonl", """
            {"id": "good-1", "text": "“It was a good meeting,” Bessent said.", "date": "2025-05-01"}
            {"id": "broken", "text": "unterminated
            [1, 2]
            {"id": "no-text"}

            {"id": "empty", "text": ""}
            {"id": "good-2", "text": "Tong said the deal was pragmatic."}

            """)
        try Data("{\"id\": \"bad-utf8\", \"text\": \"caf\u{e9} ".utf8 + [0xFF, 0xFE] + Data("\"}\n".utf8)).write(to: dir.appendingPathComponent("d-bad-line.jsonl"))
        try Data([0x41, 0x42, 0xFF, 0x43, 0x20] + Array("“Fine,” he said.".utf8)).write(to: dir.appendingPathComponent("e-invalid.txt"))
        try Data().write(to: dir.appendingPathComponent("f-empty.txt"))
        try Data([0, 1, 2, 3, 0, 5, 6, 7, 0, 0, 14, 15]).write(to: dir.appendingPathComponent("g-blob.txt"))
        try write("h-array.json", #"[{"id": "arr-1", "text": "“Yes,” Carney said."}, 7, {"id": "arr-3", "text": "No."}]"#)
        try write("i-packed.jsonl", #"{"id": "gz-1", "text": "“Packed,” Lutnick said."}"# + "\n" + #"{"id": "gz-2", "text": "Packed too."}"# + "\n")
        try BatchFixtures.gzip(dir.appendingPathComponent("i-packed.jsonl"))
        try write("j-packed.txt", "Date: 2025-06-01\n\n“Compressed text,” Antoni said.\n")
        try BatchFixtures.gzip(dir.appendingPathComponent("j-packed.txt"))
        // A gzip stream cut short: the lines before the cut are read, the cut is a failure.
        var long = ""
        for i in 0..<400 { long += #"{"id": "cut-\#(i)", "text": "Line \#(i) of a long file that compresses well."}"# + "\n" }
        try write("k-cut.jsonl", long)
        try BatchFixtures.gzip(dir.appendingPathComponent("k-cut.jsonl"))
        let gz = dir.appendingPathComponent("k-cut.jsonl.gz")
        let whole = try Data(contentsOf: gz)
        try whole.prefix(whole.count / 2).write(to: gz)
        try write("README.md", "Documentation.")
        return dir
    }

    @Test("the manifest lists each input as processed, skipped or failed, with reason, file and line")
    func manifest() throws {
        let corpus = try Self.messyCorpus()
        let out = try BatchFixtures.folder("messy-out")
        let r = try CLI.run(["run", corpus.path, "--out", out.path, "--workers", "2"])
        #expect(r.status == 1)   // some inputs failed
        let manifest = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("run.json"))) as? [String: Any])
        let documents = try #require(manifest["documents"] as? [[String: Any]])
        func entry(_ file: String, line: Int = 0) -> [String: Any]? {
            documents.first { ($0["file"] as? String)?.hasSuffix(file) == true && $0["line"] as? Int == line }
        }
        func status(_ file: String, line: Int = 0) -> String? { entry(file, line: line)?["status"] as? String }
        func reason(_ file: String, line: Int = 0) -> String { entry(file, line: line)?["reason"] as? String ?? "" }

        #expect(status("a-article.txt") == "processed")
        #expect(entry("a-article.txt")?["id"] as? String == corpus.appendingPathComponent("a-article.txt").path)
        #expect(status("b-notes.md") == "processed")
        #expect(status("c-lines.jsonl", line: 1) == "processed")
        #expect(status("c-lines.jsonl", line: 2) == "failed" && reason("c-lines.jsonl", line: 2).hasPrefix("malformed JSON"))
        #expect(entry("c-lines.jsonl", line: 2)?["id"] as? String == "broken")   // the id, even from a malformed line
        #expect(status("c-lines.jsonl", line: 3) == "failed" && reason("c-lines.jsonl", line: 3) == "not a JSON object")
        #expect(status("c-lines.jsonl", line: 4) == "failed" && reason("c-lines.jsonl", line: 4) == "no string field \"text\"")
        #expect(entry("c-lines.jsonl", line: 5) == nil)   // a blank line is not an input
        #expect(status("c-lines.jsonl", line: 6) == "skipped" && reason("c-lines.jsonl", line: 6) == "document empty has empty text")
        #expect(status("c-lines.jsonl", line: 7) == "processed")
        #expect(status("d-bad-line.jsonl", line: 1) == "failed" && reason("d-bad-line.jsonl", line: 1).hasPrefix("invalid UTF-8 at byte"))
        #expect(status("e-invalid.txt") == "processed")
        #expect(((entry("e-invalid.txt")?["warnings"] as? [String]) ?? []).contains { $0.contains("invalid UTF-8 at byte 2") })
        #expect(status("f-empty.txt") == "skipped" && reason("f-empty.txt") == "empty file")
        #expect(status("g-blob.txt") == "skipped" && reason("g-blob.txt").hasPrefix("binary file"))
        let array = documents.filter { ($0["file"] as? String)?.hasSuffix("h-array.json") == true }
        #expect(array.map { $0["status"] as? String } == ["processed", "failed", "processed"])
        #expect(array[1]["reason"] as? String == "item 2 is not a JSON object")
        #expect(status("i-packed.jsonl.gz", line: 1) == "processed" && status("i-packed.jsonl.gz", line: 2) == "processed")
        #expect(status("j-packed.txt.gz") == "processed")
        let cut = documents.filter { ($0["file"] as? String)?.hasSuffix("k-cut.jsonl.gz") == true }
        #expect(cut.count > 10 && cut.count < 400)
        #expect(cut.last?["status"] as? String == "failed" && (cut.last?["reason"] as? String)?.hasPrefix("gzip:") == true)
        #expect(status("README.md") == "skipped")

        let totals = try #require(manifest["totals"] as? [String: Int])
        #expect(totals["inputs"] == documents.count)
        #expect(totals["processed"]! + totals["skipped"]! + totals["failed"]! == documents.count)
        // Every failure is on standard error with file and line.
        #expect(r.stderr.contains("failed: \(corpus.path)/c-lines.jsonl:2: malformed JSON"))
        // The database holds the same accounting.
        let db = out.appendingPathComponent("quotekit.sqlite")
        #expect(try BatchFixtures.integer(db, "SELECT COUNT(*) FROM documents") == documents.count)
        #expect(try BatchFixtures.integer(db, "SELECT COUNT(*) FROM documents WHERE status = 'failed'") == totals["failed"])
        // The quotes of gzip inputs are there.
        let jsonl = try String(contentsOf: out.appendingPathComponent("quotes.jsonl"), encoding: .utf8)
        #expect(jsonl.contains("\"id\":\"gz-1\"") && jsonl.contains("Compressed text"))
    }

    @Test("--keep-going exits 0 despite failures; a missing input fails and the rest goes on")
    func keepGoing() throws {
        let corpus = try Self.messyCorpus()
        let out = try BatchFixtures.folder("keep-out")
        let r = try CLI.run(["run", corpus.appendingPathComponent("nope.txt").path, corpus.path, "--out", out.path, "--keep-going", "--quiet"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("failed: \(corpus.path)/nope.txt: no such file or directory"))
        #expect(try BatchFixtures.integer(out.appendingPathComponent("quotekit.sqlite"), "SELECT COUNT(*) FROM documents WHERE status = 'processed'")! > 5)
    }

    @Test("--date-field: dates from a dotted path in the documents table, and the option among the run's")
    func dateField() throws {
        let dir = try BatchFixtures.folder("dated")
        let file = dir.appendingPathComponent("a.jsonl")
        try (#"{"id": "old", "meta": {"published": "2016-05-01"}, "text": "The president said the economy was growing."}"# + "\n"
            + #"{"id": "new", "meta": {"published": "2025-05-01"}, "text": "The president said the economy was growing."}"# + "\n")
            .write(to: file, atomically: true, encoding: .utf8)
        let out = try BatchFixtures.folder("dated-out")
        #expect(try CLI.run(["run", file.path, "--out", out.path, "-q", "--date-field", "meta.published"]).status == 0)
        let db = out.appendingPathComponent("quotekit.sqlite")
        #expect(try BatchFixtures.integer(db, "SELECT COUNT(*) FROM documents WHERE day IN ('2016-05-01', '2025-05-01')") == 2)
        #expect(try BatchFixtures.integer(db, "SELECT COUNT(*) FROM quotes q JOIN documents d ON q.doc = d.seq WHERE d.id = 'new' AND q.speaker_id = 'donald-trump'") == 1)
        #expect(try BatchFixtures.integer(db, "SELECT COUNT(*) FROM quotes q JOIN documents d ON q.doc = d.seq WHERE d.id = 'old' AND q.speaker_id = 'donald-trump'") == 0)
        #expect(try BatchFixtures.integer(db, "SELECT COUNT(*) FROM runs WHERE options LIKE '%\"date_field\":\"meta.published\"%'") == 1)
    }

    @Test("a clean corpus exits 0; an unfinished run is not overwritten without --resume")
    func cleanAndUnfinished() throws {
        let dir = try BatchFixtures.folder("clean")
        try "“Prices will rise,” Trump said.".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let out = try BatchFixtures.folder("clean-out")
        #expect(try CLI.run(["run", dir.path, "--out", out.path, "-q"]).status == 0)
        // A second run over a finished one starts afresh.
        #expect(try CLI.run(["run", dir.path, "--out", out.path, "-q"]).status == 0)
        // Mark the run unfinished, as a kill leaves it.
        let db = try SQLiteDatabase(path: out.appendingPathComponent("quotekit.sqlite").path)
        try db.execute("UPDATE runs SET status = 'running'")
        let r = try CLI.run(["run", dir.path, "--out", out.path, "-q"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("unfinished run"))
    }

    @Test("bad run options and an output folder from another database format are refused with the reason")
    func refusedSetups() throws {
        let out = try BatchFixtures.folder("refused")
        let negative = try CLI.run(["run", Fixtures.corpusDirectory.path, "--out", out.path, "--report-quotes=-1"])
        #expect(negative.status == 64 && negative.stderr.contains("--report-quotes must be 0 (all) or more"))
        // A database written by a QuoteKit with another schema version is neither reused nor overwritten.
        let old = try SQLiteDatabase(path: out.appendingPathComponent("quotekit.sqlite").path)
        try old.execute("PRAGMA user_version = 1")
        let r = try CLI.run(["run", Fixtures.corpusDirectory.path, "--out", out.path, "-q"])
        #expect(r.status == 73 && r.stderr.contains("database format 1, this QuoteKit writes \(BatchSchema.version)"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("quotes.jsonl").path))
    }
}
