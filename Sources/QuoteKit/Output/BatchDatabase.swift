import Foundation

/// `quotekit.sqlite`: the batch run's database and its record of progress. Every document's rows are
/// written in the same transaction as the checkpoint that counts them, so after a kill the database
/// holds exactly the units it says it holds, and the appended files can be cut back to match.
final class BatchDatabase {
    /// The file name inside the output folder.
    static let fileName = "quotekit.sqlite"

    /// A consistent point of a run: how much of the input and of the appended files is written.
    struct Checkpoint: Equatable {
        /// Input units fully written (always a prefix of the input order).
        var units = 0
        /// `documents` rows written.
        var items = 0
        /// Bytes of quotes.jsonl.
        var jsonlBytes = 0
        /// Bytes of quotes.csv.
        var csvBytes = 0
        /// Bytes of the report's quote section, written as the run goes.
        var reportBytes = 0
        /// Whether every input was read.
        var complete = false
    }

    /// The last run recorded, as a later run needs to know it.
    struct LastRun {
        var id: Int
        var status: String
        var inputs: String
        var options: String
    }

    let db: SQLiteDatabase
    private let insertDocument: SQLiteBatchInsert
    private let insertQuote: SQLiteBatchInsert
    private let insertSpeaker: SQLiteBatchInsert
    private let insertMention: SQLiteBatchInsert
    private var inTransaction = false
    /// The full-text index being built beside the rows, if it is.
    private var fullText: FullTextIndexBuilder?
    /// The `speakers` aggregates of the rows written so far (those of an earlier run included).
    private var speakerTotals = SpeakerTotals()

    /// Opens (creating) the database at `path` with its schema.
    init(path: String) throws {
        db = try SQLiteDatabase(path: path)
        // 64 KiB pages, SQLite's largest (the default is 4 KiB), for a new database (an existing one keeps its
        // own): a quote row is most of a kilobyte, and bigger pages mean fewer pages to split, log and copy
        // back from the WAL. 16 KiB pages took a quarter less CPU than 4 KiB to insert a 50 MB corpus's
        // quotes and 8% less for the indexes and aggregates at the end; 64 KiB took another 8% less for the
        // writer's rows of a 42 MB corpus and 16% less at the end (32 KiB: the same rows, less at the end).
        try db.execute("PRAGMA page_size = 65536")
        // WAL: a reader (the report, a user's query) never blocks the writer. synchronous=NORMAL: a commit
        // survives the process being killed (the case --resume is for); only a power loss may lose the
        // last commits, and then the checkpoint goes back with them.
        try db.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF;")
        // The WAL copied back into the database every 256 pages, 16 MB (SQLite's default is 1,000 pages, 64 MB
        // of these): what is left to copy when the rows end is copied in the serial end of the run.
        try db.execute("PRAGMA wal_autocheckpoint = 256")
        // A 32 MiB page cache (the default is 2 MiB): the FTS index and the tables' last pages stay in memory
        // instead of being read back from the file; well inside the run's 200 MB goal.
        try db.execute("PRAGMA cache_size = -32768")
        // SQLite's whole heap (cache, the sorters that build indexes and aggregates at the end) kept near
        // 64 MiB: without a limit, the end of a 200 MB run peaked at 200 MB of resident memory.
        try db.execute("PRAGMA soft_heap_limit = \(64 << 20)")
        let version = try db.integer("PRAGMA user_version") ?? 0
        if version != 0 && version != BatchSchema.version {
            throw SQLiteError(path: path, code: 0, message: "database format \(version), this QuoteKit writes \(BatchSchema.version): use another output folder", sql: nil)
        }
        try db.execute(BatchSchema.sql)
        try db.execute("PRAGMA user_version = \(BatchSchema.version)")
        insertDocument = SQLiteBatchInsert(db, table: "documents", columns: [
            "seq", "unit", "item", "id", "file", "line", "status", "reason", "title", "date", "source", "url", "day",
            "characters", "quotes", "warnings", "run", "fields"])
        insertQuote = SQLiteBatchInsert(db, table: "quotes", columns: [
            "doc", "document_id", "quote_id", "kind", "text", "start_char", "end_char", "pieces",
            "speaker", "speaker_id", "speaker_method", "speaker_confidence", "mention", "mention_start", "mention_end",
            "cue", "cue_start", "cue_end", "cue_class", "confidence", "context", "context_start",
            "sentiment_compound", "sentiment_pos", "sentiment_neg", "sentiment_neu", "sentiment_evidence",
            "stance_target", "stance_score", "stance_label", "stance_evidence", "within_quote"])
        insertSpeaker = SQLiteBatchInsert(db, table: "document_speakers", columns: [
            "doc", "speaker_id", "name", "kind", "role", "organisation", "quotes"])
        insertMention = SQLiteBatchInsert(db, table: "mentions", columns: ["doc", "speaker_id", "start_char", "end_char", "text"])
    }

    deinit { fullText?.cancel() }

    // MARK: Runs and checkpoints

    /// The last checkpoint, or nil when no run has started in this database.
    func checkpoint() throws -> Checkpoint? {
        let s = try db.prepare("SELECT units, items, quotes_jsonl_bytes, quotes_csv_bytes, report_quotes_bytes, complete FROM progress WHERE id = 1")
        guard try s.step() else { return nil }
        return Checkpoint(units: s.int(0) ?? 0, items: s.int(1) ?? 0, jsonlBytes: s.int(2) ?? 0,
                          csvBytes: s.int(3) ?? 0, reportBytes: s.int(4) ?? 0, complete: s.int(5) == 1)
    }

    /// The last run recorded, if any.
    func lastRun() throws -> LastRun? {
        let s = try db.prepare("SELECT id, status, inputs, options FROM runs ORDER BY id DESC LIMIT 1")
        guard try s.step() else { return nil }
        return LastRun(id: s.int(0) ?? 0, status: s.string(1) ?? "", inputs: s.string(2) ?? "", options: s.string(3) ?? "")
    }

    /// Records a new run (marking an unfinished earlier one interrupted) and opens the first transaction.
    func beginRun(inputs: String, options: String, workers: Int, resumed: Bool, unitsAlreadyDone: Int, started: Date) throws -> Int {
        try db.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
        let s = try db.prepare("""
            INSERT INTO runs (started, status, resumed, workers, inputs, options, quotekit, units_already_done)
            VALUES (?1, 'running', ?2, ?3, ?4, ?5, ?6, ?7)
            """)
        s.bind(1, Self.timestamp(started))
        s.bind(2, resumed ? 1 : 0)
        s.bind(3, workers)
        s.bind(4, inputs)
        s.bind(5, options)
        s.bind(6, QuoteKitVersion.string)
        s.bind(7, unitsAlreadyDone)
        try s.run()
        let id = db.lastInsertRowID
        // A resumed run: the totals start from the rows the earlier runs stored.
        if try db.integer("SELECT EXISTS (SELECT 1 FROM documents)") == 1 {
            speakerTotals = try SpeakerTotals.read(from: db)
        }
        try db.execute("BEGIN")
        inTransaction = true
        return id
    }

    /// Records `checkpoint` and commits everything written since the last one, then opens the next
    /// transaction. The appended files must be flushed to `checkpoint`'s sizes first.
    func commit(_ checkpoint: Checkpoint) throws {
        let s = try db.prepare("""
            INSERT INTO progress (id, units, items, quotes_jsonl_bytes, quotes_csv_bytes, report_quotes_bytes, complete)
            VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)
            ON CONFLICT (id) DO UPDATE SET units = ?1, items = ?2, quotes_jsonl_bytes = ?3, quotes_csv_bytes = ?4,
                report_quotes_bytes = ?5, complete = ?6
            """)
        s.bind(1, checkpoint.units)
        s.bind(2, checkpoint.items)
        s.bind(3, checkpoint.jsonlBytes)
        s.bind(4, checkpoint.csvBytes)
        s.bind(5, checkpoint.reportBytes)
        s.bind(6, checkpoint.complete ? 1 : 0)
        if !inTransaction { try db.execute("BEGIN") }
        try flushRows()
        try s.run()
        try db.execute("COMMIT")
        fullText?.rowsCommitted()
        try db.execute("BEGIN")
        inTransaction = true
    }

    /// Records the end of run `id` (committed).
    func finishRun(_ id: Int, processed: Int, skipped: Int, failed: Int, quotes: Int, seconds: Double, peakMemory: Int?, finished: Date) throws {
        if !inTransaction { try db.execute("BEGIN") }
        let s = try db.prepare("""
            UPDATE runs SET finished = ?2, status = 'finished', processed = ?3, skipped = ?4, failed = ?5, quotes = ?6,
                seconds = ?7, peak_memory_bytes = ?8 WHERE id = ?1
            """)
        s.bind(1, id)
        s.bind(2, Self.timestamp(finished))
        s.bind(3, processed)
        s.bind(4, skipped)
        s.bind(5, failed)
        s.bind(6, quotes)
        s.bind(7, (seconds * 1000).rounded() / 1000)
        s.bind(8, peakMemory)
        try s.run()
        try db.execute("COMMIT")
        inTransaction = false
        // Fold the write-ahead log into the database file, so the folder holds one file to copy.
        try db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    }

    /// The keys (`file` or `file:line`) of the units written so far, in order, one per call to `next`.
    final class UnitKeys {
        private var statement: SQLiteStatement?

        init(_ statement: SQLiteStatement) { self.statement = statement }

        /// The next unit's key, or nil after the last.
        func next() throws -> String? {
            guard let s = statement, try s.step() else { close(); return nil }
            let file = s.string(0) ?? ""
            let line = s.int(1) ?? 0
            return line > 0 ? "\(file):\(line)" : file
        }

        /// Releases the statement.
        func close() { statement = nil }
    }

    /// How many quotes the report's quote section holds after the rows written so far: documents with
    /// quotes, in input order, while fewer than `limit` quotes were shown before them (the writer's rule).
    func reportQuotesShown(limit: Int) throws -> Int {
        let s = try db.prepare("SELECT quotes FROM documents WHERE status = 'processed' AND quotes > 0 ORDER BY seq")
        var shown = 0
        while shown < limit, try s.step() { shown += s.int(0) ?? 0 }
        return shown
    }

    /// A cursor over the keys of the units written so far.
    func unitKeyCursor() throws -> UnitKeys {
        UnitKeys(try db.prepare("SELECT file, line FROM documents WHERE item = 0 ORDER BY seq"))
    }

    /// Starts building the full-text index beside the rows (see ``FullTextIndexBuilder``), in the scratch
    /// database `scratchPath`; ``finishRows()`` copies it in. Without it, ``finishRows()`` builds the index.
    func buildFullTextAlongside(scratchPath: String) {
        let builder = FullTextIndexBuilder(databasePath: db.path, scratchPath: scratchPath)
        builder.start()
        fullText = builder
    }

    /// Creates the secondary indexes, completes the full-text index over quote text and writes the
    /// corpus-wide speaker aggregates (committed): the end of writing rows.
    /// The full-text index is built in one pass rather than row by row on the writer thread (a third less
    /// work for the single writer, which is what holds back a run on several workers): by the
    /// ``FullTextIndexBuilder`` started with ``buildFullTextAlongside(scratchPath:)``, which finishes beside
    /// the secondary indexes; without one (or if it failed), here.
    func finishRows() throws {
        try flushRows()
        // The rows are all committed: the builder may finish (ATTACH, below, needs no open transaction).
        if inTransaction { try db.execute("COMMIT") }
        inTransaction = false
        fullText?.rowsComplete()
        try db.execute("BEGIN")
        inTransaction = true
        try db.execute(BatchSchema.indexes)
        try db.execute("INSERT INTO quotes_fts (quotes_fts, rank) VALUES ('hashsize', \(BatchSchema.fullTextHashSize))")
        var attached: String?
        if let builder = fullText, (try? builder.waitUntilBuilt()) != nil {
            try db.execute("COMMIT")
            inTransaction = false
            try db.execute("ATTACH DATABASE '\(builder.scratchPath.replacingOccurrences(of: "'", with: "''"))' AS fulltext")
            attached = builder.scratchPath
            try db.execute("BEGIN")
            inTransaction = true
            // The shadow tables as the builder left them (its index is the one 'rebuild' makes).
            for table in ["quotes_fts_data", "quotes_fts_idx", "quotes_fts_docsize"] {
                try db.execute("DELETE FROM main.\(table); INSERT INTO main.\(table) SELECT * FROM fulltext.\(table)")
            }
        } else {
            try db.execute("INSERT INTO quotes_fts (quotes_fts) VALUES ('rebuild')")
        }
        fullText = nil
        if speakerTotals.isComplete {
            try speakerTotals.write(to: db)
        } else {
            try db.execute(BatchSchema.rebuildSpeakers)
        }
        try db.execute("COMMIT")
        inTransaction = false
        if let attached {
            try db.execute("DETACH DATABASE fulltext")
            try? FileManager.default.removeItem(atPath: attached)
        }
    }

    /// A speaker's quotes by month over the rows written so far, nil when only the database can tell.
    func speakerMonths(_ speakerID: String) -> [SpeakerMonth]? { speakerTotals.months(of: speakerID) }

    // MARK: Rows

    /// Writes `record` as `documents` row `seq`, with its quotes, speakers and mentions (inserted several
    /// rows at a time: the last ones when ``flushRows()`` is called, as every checkpoint does).
    func insert(_ r: BatchRecord, seq: Int, run: Int) throws {
        let d = insertDocument
        d.add(seq)
        d.add(r.unit)
        d.add(r.item)
        d.add(r.id)
        d.add(r.file)
        d.add(r.line)
        d.add(r.status.rawValue)
        d.add(r.reason)
        d.add(r.title)
        d.add(r.date)
        d.add(r.source)
        d.add(r.url)
        let day = r.day
        d.add(day)
        d.add(r.characters)
        d.add(r.quotes.count)
        let warnings = r.readingWarnings + r.warnings
        d.add(warnings.isEmpty ? nil : Self.jsonArray(warnings))
        d.add(run)
        d.add(r.fields)
        try d.endRow()
        let documentID = r.id ?? ""
        for q in r.quotes {
            let s = insertQuote
            s.add(seq)
            s.add(documentID)
            s.add(q.quoteID)
            s.add(q.kind)
            s.add(q.text)
            s.add(q.start)
            s.add(q.end)
            s.add(utf8: q.piecesJSON)
            s.add(q.speaker)
            s.add(q.speakerID)
            s.add(q.method)
            s.add(q.speakerConfidence)
            s.add(q.mention?.text)
            s.add(q.mention?.start)
            s.add(q.mention?.end)
            s.add(q.cue?.text)
            s.add(q.cue?.start)
            s.add(q.cue?.end)
            s.add(q.cueClass)
            s.add(q.confidence)
            s.add(q.context.text)
            s.add(q.context.start)
            s.add(q.sentiment?.compound)
            s.add(q.sentiment?.pos)
            s.add(q.sentiment?.neg)
            s.add(q.sentiment?.neu)
            s.add(utf8: q.sentiment?.evidenceJSON)
            s.add(q.stance?.target)
            s.add(q.stance?.score)
            s.add(q.stance?.label)
            s.add(utf8: q.stance?.evidenceJSON)
            s.add(q.within)
            try s.endRow()
        }
        for sp in r.speakers {
            let s = insertSpeaker
            s.add(seq)
            s.add(sp.id)
            s.add(sp.name)
            s.add(sp.kind)
            s.add(sp.role)
            s.add(sp.organisation)
            s.add(sp.quotes)
            try s.endRow()
        }
        for m in r.mentions {
            let s = insertMention
            s.add(seq)
            s.add(m.speakerID)
            s.add(m.span.start)
            s.add(m.span.end)
            s.add(m.span.text)
            try s.endRow()
        }
        speakerTotals.add(r, seq: seq, day: day)
    }

    /// Inserts the rows ``insert(_:seq:run:)`` gathered and has not inserted yet.
    func flushRows() throws {
        for table in [insertDocument, insertQuote, insertSpeaker, insertMention] { try table.flush() }
    }

    static func timestamp(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f.string(from: date)
    }

    static func jsonArray(_ strings: [String]) -> String {
        var w = JSONWriter()
        w.beginArray()
        for s in strings { w.string(s) }
        w.endArray()
        return w.output
    }

    /// Pieces as JSON `[[start, end], ...]`, UTF-8.
    static func pieces(_ spans: [BatchRange]) -> [UInt8] {
        var w = JSONWriter()
        w.beginArray()
        for p in spans { w.beginArray(); w.int(p.start); w.int(p.end); w.endArray() }
        w.endArray()
        return w.bytes
    }

    /// Evidence as JSON: `[{"text", "start", "end", "weight"}, ...]`, UTF-8.
    static func evidence(_ items: [BatchEvidence]) -> [UInt8] {
        var w = JSONWriter()
        w.beginArray()
        for e in items {
            w.beginObject()
            w.field("text", e.span.text)
            w.field("start", e.span.start)
            w.field("end", e.span.end)
            w.field("weight", e.weight)
            w.endObject()
        }
        w.endArray()
        return w.bytes
    }
}
