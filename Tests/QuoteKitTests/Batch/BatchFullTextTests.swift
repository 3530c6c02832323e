import Foundation
import Testing
@testable import QuoteKit

@Suite("Batch: the full-text index built beside the rows", .serialized)
struct BatchFullTextTests {
    /// FTS5's shadow tables, each row as hex: equal tables mean the same index, to the byte.
    static func shadowTables(_ path: String, schema: String = "main") throws -> [String] {
        let sql = try SQLiteDatabase(path: path, readOnly: true)
        var out: [String] = []
        for (table, columns) in [("quotes_fts_data", "id, hex(block)"), ("quotes_fts_idx", "segid, hex(term), pgno"),
                                 ("quotes_fts_docsize", "id, hex(sz)")] {
            let s = try sql.prepare("SELECT \(columns) FROM \(schema).\(table) ORDER BY 1, 2")
            while try s.step() { out.append("\(table) \(s.string(0) ?? "") \(s.string(1) ?? "") \(s.string(2) ?? "")") }
        }
        return out
    }

    /// Writes `count` quotes with varied words to `db` in one transaction, ids after `after`.
    static func addQuotes(_ db: SQLiteDatabase, after: Int, count: Int) throws {
        try db.execute("BEGIN")
        let s = try db.prepare("""
            INSERT INTO quotes (id, doc, document_id, quote_id, kind, text, start_char, end_char, pieces, confidence, context, context_start)
            VALUES (?1, 0, 'd', 'q', 'direct', ?2, 0, 1, '[]', 1, '', 0)
            """)
        for id in stride(from: after + 1, through: after + count, by: 1) {
            // Words that repeat at different rates, so that terms and position lists vary.
            s.bind(1, id)
            s.bind(2, "tariff\(id % 97) deal \(id % 13) rice talks\(id % 211) \(id) the minister said tariff\(id % 7)")
            try s.run()
        }
        try db.execute("COMMIT")
    }

    @Test("rows committed in several transactions give the index 'rebuild' gives, segment for segment")
    func sameAsRebuild() throws {
        let folder = try BatchFixtures.folder("fulltext")
        let path = folder.appendingPathComponent("q.sqlite").path
        let scratch = folder.appendingPathComponent("scratch.sqlite").path
        let writer = try BatchDatabase(path: path)
        // A small hash (bytes of pending terms), so that FTS5 writes and merges many segments.
        let hashSize = 4096
        let builder = FullTextIndexBuilder(databasePath: path, scratchPath: scratch, hashSize: hashSize)
        builder.start()
        var last = 0
        for count in [700, 1, 1300, 0, 2500] {
            try Self.addQuotes(writer.db, after: last, count: count)
            last += count
            builder.rowsCommitted()
        }
        builder.rowsComplete()
        try builder.waitUntilBuilt()

        try writer.db.execute("INSERT INTO quotes_fts (quotes_fts, rank) VALUES ('hashsize', \(hashSize))")
        try writer.db.execute("INSERT INTO quotes_fts (quotes_fts) VALUES ('rebuild')")
        let rebuilt = try Self.shadowTables(path)
        let built = try Self.shadowTables(scratch)
        #expect(rebuilt.count > 4500)
        #expect(rebuilt.filter { $0.hasPrefix("quotes_fts_idx") }.count > 20, "expected many segments")
        #expect(built == rebuilt)
    }

    @Test("a run copies the index in, the one 'rebuild' gives, and removes its scratch database")
    func run() throws {
        let folder = try BatchFixtures.folder("fulltext-run")
        let input = folder.appendingPathComponent("in.jsonl")
        _ = try BatchFixtures.repeatedCorpus(at: input, bytes: 200_000)
        let out = folder.appendingPathComponent("out")
        let r = try CLI.run(["run", input.path, "--out", out.path, "-q"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(".quotes-fts.part").path))
        let db = out.appendingPathComponent("quotekit.sqlite").path
        let copy = folder.appendingPathComponent("rebuilt.sqlite").path
        try FileManager.default.copyItem(atPath: db, toPath: copy)
        try SQLiteDatabase(path: copy).execute("INSERT INTO quotes_fts (quotes_fts) VALUES ('rebuild')")
        let built = try Self.shadowTables(db)
        #expect(built.count > 100)
        #expect(built == (try Self.shadowTables(copy)))
        let check = try SQLiteDatabase(path: db)
        try check.execute("INSERT INTO quotes_fts (quotes_fts) VALUES ('integrity-check')")
    }
}
