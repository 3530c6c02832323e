import Foundation
import Testing
@testable import QuoteKit

@Suite("Batch: the SQLite database", .serialized)
struct BatchDatabaseTests {
    /// The sample corpus run once into a folder shared by these tests.
    static let output: URL = {
        let out = try! BatchFixtures.folder("db-out")
        let r = try! CLI.run(["run", Fixtures.corpusDirectory.path, "--out", out.path, "-q"])
        precondition(r.status == 0, r.stderr)
        return out
    }()
    static var db: URL { output.appendingPathComponent("quotekit.sqlite") }

    @Test("a new database is written in 64 KiB pages, in WAL mode")
    func pages() throws {
        #expect(try BatchFixtures.integer(Self.db, "PRAGMA page_size") == 65536)
        let sql = try SQLiteDatabase(path: Self.db.path, readOnly: true)
        let s = try sql.prepare("PRAGMA journal_mode")
        #expect(try s.step() && s.string(0) == "wal")
    }

    @Test("tables hold what quotes.jsonl holds")
    func contents() throws {
        var quotes = 0, documents = 0, mentions = 0
        for line in try String(contentsOf: Self.output.appendingPathComponent("quotes.jsonl"), encoding: .utf8).split(separator: "\n") {
            let doc = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            documents += 1
            quotes += (doc["quotes"] as? [Any])?.count ?? 0
            mentions += (doc["speakers"] as? [[String: Any]])?.reduce(0) { $0 + (($1["mentions"] as? [Any])?.count ?? 0) } ?? 0
        }
        #expect(try BatchFixtures.integer(Self.db, "SELECT COUNT(*) FROM documents WHERE status = 'processed'") == documents)
        #expect(try BatchFixtures.integer(Self.db, "SELECT COUNT(*) FROM quotes") == quotes)
        #expect(try BatchFixtures.integer(Self.db, "SELECT COUNT(*) FROM mentions") == mentions)
        #expect(try BatchFixtures.integer(Self.db, "SELECT COUNT(*) FROM documents WHERE status = 'skipped' AND file LIKE '%README.md'") == 1)
        #expect(try BatchFixtures.integer(Self.db, "SELECT COUNT(*) FROM runs WHERE status = 'finished'") == 1)
        // Quote offsets point at the quote's text in the context sentence.
        let sql = try SQLiteDatabase(path: Self.db.path, readOnly: true)
        let s = try sql.prepare("SELECT text, start_char, end_char, context, context_start, pieces FROM quotes WHERE pieces NOT LIKE '%],[%'")
        var checked = 0
        while try s.step() {
            let context = Array((s.string(3) ?? "").unicodeScalars)
            let a = (s.int(1) ?? 0) - (s.int(4) ?? 0), b = (s.int(2) ?? 0) - (s.int(4) ?? 0)
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: context[a..<b])
            #expect(String(piece) == s.string(0))
            checked += 1
        }
        #expect(checked > 100)
    }

    @Test("a partial quote inside its speaker's statement is stored with that statement's id and counted once per speaker")
    func heldPartials() throws {
        var within = 0
        for line in try String(contentsOf: Self.output.appendingPathComponent("quotes.jsonl"), encoding: .utf8).split(separator: "\n") {
            let doc = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            within += (doc["quotes"] as? [[String: Any]])?.filter { $0["within"] != nil }.count ?? 0
        }
        #expect(within > 0)
        #expect(try BatchFixtures.integer(Self.db, "SELECT COUNT(within_quote) FROM quotes") == within)
        // The held quote is a partial quote of the same speaker, inside the statement it names.
        #expect(try BatchFixtures.integer(Self.db, """
            SELECT COUNT(*) FROM quotes p JOIN quotes s ON s.doc = p.doc AND s.quote_id = p.within_quote
            WHERE p.kind = 'partial' AND s.kind != 'partial' AND s.speaker_id = p.speaker_id
              AND s.start_char <= p.start_char AND p.end_char <= s.end_char
            """) == within)
        let statements = try #require(try BatchFixtures.integer(Self.db,
            "SELECT COUNT(*) FROM quotes WHERE speaker_id IS NOT NULL AND kind != 'mention' AND within_quote IS NULL"))
        #expect(try BatchFixtures.integer(Self.db, "SELECT SUM(quotes) FROM speakers") == statements)
        #expect(try BatchFixtures.integer(Self.db, "SELECT SUM(quotes) FROM speaker_stance") ?? 0 <= statements)
    }

    @Test("pieces and evidence are stored as JSON text, the evidence items those of quotes.jsonl")
    func evidenceColumns() throws {
        var pieces = 0, sentiment = 0, stance = 0
        for line in try String(contentsOf: Self.output.appendingPathComponent("quotes.jsonl"), encoding: .utf8).split(separator: "\n") {
            let doc = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for q in doc["quotes"] as? [[String: Any]] ?? [] {
                pieces += (q["pieces"] as? [Any])?.count ?? 0
                sentiment += ((q["sentiment"] as? [String: Any])?["evidence"] as? [Any])?.count ?? 0
                stance += ((q["stance"] as? [String: Any])?["evidence"] as? [Any])?.count ?? 0
            }
        }
        #expect(sentiment > 0 && stance > 0)
        #expect(try BatchFixtures.integer(Self.db, "SELECT SUM(json_array_length(pieces)) FROM quotes") == pieces)
        #expect(try BatchFixtures.integer(Self.db, "SELECT SUM(json_array_length(sentiment_evidence)) FROM quotes") == sentiment)
        #expect(try BatchFixtures.integer(Self.db, "SELECT SUM(json_array_length(stance_evidence)) FROM quotes") == stance)
        #expect(try BatchFixtures.integer(Self.db, "SELECT COUNT(*) FROM quotes WHERE typeof(pieces) != 'text' OR (sentiment_compound IS NOT NULL AND typeof(sentiment_evidence) != 'text')") == 0)
    }

    @Test("a JSONL article's other fields reach quotes.jsonl and the documents table")
    func otherFields() throws {
        let dir = try BatchFixtures.folder("fields")
        let input = dir.appendingPathComponent("in.jsonl")
        try (#"{"id": "a", "text": "“We will talk,” the minister said.", "section": "World", "wordcount": 6}"# + "\n"
             + #"{"id": "b", "text": "No fields here."}"# + "\n").write(to: input, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out")
        let r = try CLI.run(["run", input.path, "--out", out.path, "-q"])
        #expect(r.status == 0, "\(r.stderr)")
        let db = out.appendingPathComponent("quotekit.sqlite")
        let sql = try SQLiteDatabase(path: db.path, readOnly: true)
        let s = try sql.prepare("SELECT id, fields FROM documents ORDER BY seq")
        var rows: [String] = []
        while try s.step() { rows.append("\(s.string(0) ?? "") \(s.string(1) ?? "NULL")") }
        #expect(rows == [#"a {"section":"World","wordcount":6}"#, "b NULL"])
        let lines = try String(contentsOf: out.appendingPathComponent("quotes.jsonl"), encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2 && lines[0].contains(#""fields":{"section":"World","wordcount":6}"#) && !lines[1].contains("fields"))
    }

    @Test("the five main speakers are aggregated with dates and scores")
    func speakers() throws {
        let sql = try SQLiteDatabase(path: Self.db.path, readOnly: true)
        for id in ["donald-trump", "scott-bessent", "ej-antoni", "shigeru-ishiba", "kurt-tong"] {
            let s = try sql.prepare("SELECT quotes, documents, first_date, last_date, sentiment_quotes, stance_quotes FROM speakers WHERE id = ?1")
            s.bind(1, id)
            #expect(try s.step(), "\(id) missing")
            #expect((s.int(0) ?? 0) >= 5 && (s.int(1) ?? 0) >= 3, "\(id)")
            #expect((s.string(2) ?? "") < (s.string(3) ?? ""), "\(id) has no date range")
            // Every quote is scored: those in English, and the Japanese ones (Corpus/33) with the
            // Japanese words of the lexicons.
            let statements = try BatchFixtures.integer(Self.db, """
                SELECT COUNT(*) FROM quotes WHERE speaker_id = '\(id)' AND kind != 'mention' AND within_quote IS NULL
                """)
            #expect(s.int(4) == statements && (statements ?? 0) > 0, "\(id): a sentiment score for every statement")
        }
        // Ishiba's quotes in Japanese have scores of their own (国益を守り抜いた合意だ: for the deal).
        #expect(try BatchFixtures.integer(Self.db, """
            SELECT COUNT(*) FROM quotes WHERE speaker_id = 'shigeru-ishiba' AND text NOT GLOB '*[A-Za-z]*'
            AND sentiment_compound IS NOT NULL AND stance_label = 'favor'
            """)! >= 1)
        // The monthly view gives a timeline per speaker.
        #expect(try BatchFixtures.integer(Self.db, "SELECT COUNT(*) FROM speaker_months WHERE speaker_id = 'donald-trump'")! >= 6)
    }

    @Test("the full-text index finds quotes by their words", arguments: ["rice", "tariffs", "deal"])
    func fullText(query: String) throws {
        let sql = try SQLiteDatabase(path: Self.db.path, readOnly: true)
        let s = try sql.prepare("SELECT q.text FROM quotes_fts f JOIN quotes q ON q.id = f.rowid WHERE quotes_fts MATCH ?1")
        s.bind(1, query)
        var n = 0
        while try s.step() {
            n += 1
            let words = query.replacingOccurrences(of: "\"", with: "").lowercased()
            #expect((s.string(0) ?? "").lowercased().contains(words))
        }
        #expect(n > 0)
    }

    @Test("indexes exist for the usual lookups")
    func indexes() throws {
        for name in ["quotes_speaker", "quotes_doc", "documents_id", "documents_day", "mentions_speaker", "document_speakers_speaker"] {
            #expect(try BatchFixtures.integer(Self.db, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = '\(name)'") == 1)
        }
    }
}
