import Foundation
import Testing
@testable import QuoteKit

@Suite("Batch: rows inserted several at a time")
struct SQLiteBatchInsertTests {
    @Test("rows inserted by statements of several rows (and a last, shorter one) equal rows inserted one by one",
          arguments: [1, 15, 16, 17, 40])
    func sameRows(count: Int) throws {
        let folder = try BatchFixtures.folder("batch-insert")
        let db = try SQLiteDatabase(path: folder.appendingPathComponent("t.sqlite").path)
        for table in ["a", "b"] {
            try db.execute("CREATE TABLE \(table) (n INTEGER, x REAL, s TEXT, j TEXT NOT NULL)")
        }
        let single = try db.prepare("INSERT INTO b (n, x, s, j) VALUES (?1, ?2, ?3, ?4)")
        let batch = SQLiteBatchInsert(db, table: "a", columns: ["n", "x", "s", "j"])
        try db.execute("BEGIN")
        for i in 0..<count {
            // NULLs, a value that is not finite (stored as NULL), empty text, text with a NUL and non-ASCII.
            let n: Int? = i % 3 == 0 ? nil : i
            let x: Double? = i % 5 == 0 ? .infinity : Double(i) / 7
            let s: String? = i % 4 == 0 ? nil : (i % 4 == 1 ? "" : "row \(i) «é»\u{0}end")
            let j = Array("[\(i)]".utf8)
            batch.add(n)
            batch.add(x)
            batch.add(s)
            batch.add(utf8: j)
            try batch.endRow()
            single.bind(1, n)
            single.bind(2, x)
            single.bind(3, s)
            single.bind(4, utf8: j)
            try single.run()
        }
        try batch.flush()
        try db.execute("COMMIT")
        let columns = "rowid, typeof(n), n, typeof(x), quote(x), typeof(s), hex(s), typeof(j), j"
        func rows(_ table: String) throws -> [String] {
            let s = try db.prepare("SELECT \(columns) FROM \(table) ORDER BY rowid")
            var out: [String] = []
            while try s.step() { out.append((0..<9).map { s.string(Int32($0)) ?? "NULL" }.joined(separator: "|")) }
            return out
        }
        let a = try rows("a")
        #expect(a.count == count)
        #expect(a == (try rows("b")))
    }
}
