import Foundation

/// Builds the full-text index of quote text (`quotes_fts`) while a batch run writes its rows: on a thread
/// of its own, into a scratch database beside the output, from the quotes the writer has committed
/// (read back through a second connection, which WAL lets read beside the writer). At the end of the rows
/// the writer only copies the finished index in (``BatchDatabase/finishRows()``) instead of building it
/// there, alone, after everything else.
///
/// The index is the one `INSERT INTO quotes_fts (quotes_fts) VALUES ('rebuild')` builds, to the byte: rows
/// go in one by one, in id order, in one transaction, with the same `hashsize`, so FTS5 writes and merges
/// its segments at the same points. (One `INSERT ... SELECT` per batch would not do: FTS5 writes its
/// pending terms out at the end of every such statement.)
///
/// The thread runs at the lowest priority while the rows are written: it takes only the CPU time the
/// workers and the writer leave (on one worker, most of a core), and what is left is done beside the
/// writer's secondary indexes at the end.
final class FullTextIndexBuilder: @unchecked Sendable {
    /// The scratch database, removed once its index is copied in.
    let scratchPath: String
    private let databasePath: String
    /// FTS5's `hashsize` for the index (the one the database's `quotes_fts` is configured with).
    private let hashSize: Int
    private let condition = NSCondition()
    /// The writer committed rows since the thread last looked.
    private var committed = false
    /// Every row is committed: the thread indexes what is left and stops.
    private var complete = false
    private var cancelled = false
    private var done = false
    private var failure: Error?
    /// Quotes read back per read transaction: short transactions, so that the writer's checkpoints are
    /// not held back, and few enough to keep the batch's text small.
    static let batchSize = 512

    /// A builder reading the `quotes` of the database at `databasePath`, indexing into `scratchPath`.
    init(databasePath: String, scratchPath: String, hashSize: Int = BatchSchema.fullTextHashSize) {
        self.databasePath = databasePath
        self.scratchPath = scratchPath
        self.hashSize = hashSize
    }

    /// Starts the thread.
    func start() {
        let thread = Thread { [self] in
            var error: Error?
            do { try build() } catch let e { error = e }
            condition.lock()
            failure = error
            done = true
            condition.broadcast()
            condition.unlock()
        }
        thread.name = "quotekit-fulltext"
        thread.start()
    }

    /// Says the writer committed more rows.
    func rowsCommitted() {
        condition.lock()
        committed = true
        condition.broadcast()
        condition.unlock()
    }

    /// Says every row is committed: the thread finishes the index.
    func rowsComplete() {
        condition.lock()
        complete = true
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for the index to be complete in the scratch database. Throws what stopped the thread.
    func waitUntilBuilt() throws {
        condition.lock()
        defer { condition.unlock() }
        while !done { condition.wait() }
        if let failure { throw failure }
        if cancelled { throw CancellationError() }
    }

    /// Stops the thread without waiting for it (a run that failed); it removes its scratch database.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    /// The thread's work: index every committed quote, then wait for more until the rows are complete.
    private func build() throws {
        try? FileManager.default.removeItem(atPath: scratchPath)
        do {
            let source = try SQLiteDatabase(path: databasePath, readOnly: true)
            let target = try SQLiteDatabase(path: scratchPath)
            // A scratch file: after a crash the next run builds it again, so no journal and no sync.
            try target.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
            try target.execute(BatchSchema.fullTextScratch)
            try target.execute("INSERT INTO quotes_fts (quotes_fts, rank) VALUES ('hashsize', \(hashSize))")
            try target.execute("BEGIN")
            let read = try source.prepare("SELECT id, text FROM quotes WHERE id > ?1 ORDER BY id LIMIT \(Self.batchSize)")
            let insert = try target.prepare("INSERT INTO quotes_fts (rowid, text) VALUES (?1, ?2)")
            var last = 0
            var lowered = false
            var ids: [Int] = []
            var ends: [Int] = []
            var text: [UInt8] = []
            while true {
                condition.lock()
                let wasComplete = complete
                committed = false
                let stop = cancelled
                condition.unlock()
                if stop { break }
                if lowered == wasComplete {
                    lowered = !wasComplete
                    Self.setPriority(lowered ? 19 : 0)
                }
                // One batch, copied out so that the read transaction ends before the indexing.
                ids.removeAll(keepingCapacity: true)
                ends.removeAll(keepingCapacity: true)
                text.removeAll(keepingCapacity: true)
                read.bind(1, last)
                while try read.step() {
                    ids.append(read.int(0) ?? 0)
                    read.appendText(1, to: &text)
                    ends.append(text.count)
                }
                read.reset()
                var start = 0
                try text.withUnsafeBufferPointer { all in
                    for (id, end) in zip(ids, ends) {
                        insert.bind(1, id)
                        insert.bind(2, utf8: UnsafeBufferPointer(rebasing: all[start..<end]))
                        try insert.run()
                        start = end
                    }
                }
                if let id = ids.last { last = id; continue }
                // Nothing new. Rows committed before `complete` was seen are all read: done.
                if wasComplete { break }
                condition.lock()
                while !committed && !complete && !cancelled { condition.wait() }
                condition.unlock()
            }
            condition.lock()
            let stop = cancelled
            condition.unlock()
            if !stop { try target.execute("COMMIT") }
        }
        condition.lock()
        let stop = cancelled
        condition.unlock()
        if stop { try? FileManager.default.removeItem(atPath: scratchPath) }
    }

    /// Sets the calling thread's nice value: 19 (the lowest priority) while the rows are written, 0 again
    /// for the rest, beside the writer's indexes, where the system allows it (an unprivileged process
    /// may not raise a priority it lowered: the thread then stays low, which only matters on a busy machine).
    private static func setPriority(_ nice: Int32) {
        #if os(Linux)
        // On Linux the nice value belongs to the thread, and 0 names the calling one.
        setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, nice)
        #endif
    }
}
