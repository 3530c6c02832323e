import Foundation

/// The batch job: reads every input (files, directory trees, JSONL, gzip, standard input), analyses
/// the documents on parallel worker threads, and writes one output folder: `quotes.jsonl`,
/// `quotes.csv`, `speakers.csv`, `quotekit.sqlite`, `report.html` and the manifest `run.json`.
///
/// - Memory is bounded: inputs stream through a queue of at most ``maxUnitsPerWorker`` units per
///   worker and ``maxBytesInFlight`` bytes; the corpus is never held whole.
/// - Output is deterministic: written in input order, byte-identical whatever the number of workers
///   (except the timings in `run.json`'s `runs` and the database's `runs` table).
/// - Every input is accounted for: processed, skipped (why) or failed (why, file and line).
/// - A killed run can be finished with ``resume``: the database commits each checkpoint together with
///   the rows it covers; a resumed run cuts the appended files back to the last checkpoint, skips the
///   units already written and goes on.
public struct BatchRun {
    /// Input paths (files, directories, `-`), in order.
    public var inputs: [String]
    /// The output folder (created when missing).
    public var outputDirectory: String
    /// Worker threads analysing documents (at least 1).
    public var workers: Int
    /// Finish an interrupted run in `outputDirectory` instead of refusing to overwrite it.
    public var resume = false
    /// The most quotes `report.html` shows in full, whole documents in input order (0: every quote). The
    /// page says how many it leaves out; every quote is in quotes.jsonl, quotes.csv and the database.
    /// A report of every quote of a large corpus would be too big for a browser to open.
    public var reportQuoteLimit = BatchRun.defaultReportQuoteLimit
    /// 2,000 quotes: a report page of a few megabytes.
    public static let defaultReportQuoteLimit = 2000
    /// Settings that change the results (lexicon folder, registries, options), recorded in the run and
    /// checked when resuming: a run is only resumed with the settings it started with.
    public var settings: [String: String] = [:]
    /// Called on the calling thread with the run's progress, a few times a second at most.
    public var onProgress: ((BatchProgress) -> Void)?
    /// Called on the calling thread, in input order, for each skipped or failed input and each
    /// reading warning.
    public var onMessage: ((String) -> Void)?

    /// Units in flight per worker: 16, twice the queue's wake-up batch (``OrderedWorkQueue/wakeBatch``),
    /// so that a worker still has inputs waiting while the writer takes a batch of outputs and the
    /// reader refills the queue.
    static let maxUnitsPerWorker = 16
    /// Bytes of input in flight at most: 64 MB, so a queue of large documents stays far below the
    /// 200 MB goal for the whole process (one document larger than this still goes through alone).
    static let maxBytesInFlight = 64 << 20
    /// Seconds between checkpoints: a kill loses at most about this much work, and a commit per second
    /// costs nothing measurable (WAL, no fsync per commit).
    static let checkpointInterval = 1.0

    /// A run over `inputs` into `outputDirectory` with `workers` threads.
    public init(inputs: [String], outputDirectory: String, workers: Int) {
        self.inputs = inputs
        self.outputDirectory = outputDirectory
        self.workers = workers
    }

    /// The output files, by role.
    enum FileName {
        static let quotesJSONL = "quotes.jsonl"
        static let quotesCSV = "quotes.csv"
        static let speakersCSV = "speakers.csv"
        static let report = "report.html"
        static let manifest = "run.json"
        /// The report's quote section as the run writes it; folded into report.html at the end, then removed.
        static let reportQuotes = ".report-quotes.part"
        /// The full-text index as it is built beside the rows; copied into the database at the end, then removed.
        static let fullTextScratch = ".quotes-fts.part"
        static let all = [quotesJSONL, quotesCSV, speakersCSV, report, manifest, reportQuotes, fullTextScratch, BatchDatabase.fileName,
                          BatchDatabase.fileName + "-wal", BatchDatabase.fileName + "-shm"]
    }

    /// Runs the job with `pipeline`. Throws ``BatchError`` when the run cannot start or the outputs
    /// cannot be written; problems with inputs never throw (they are in the summary and manifest).
    public func run(pipeline: Pipeline) throws -> BatchSummary {
        let started = Date()
        let out = URL(fileURLWithPath: outputDirectory)
        do {
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        } catch {
            throw BatchError(.output("\(outputDirectory): cannot create the folder: \(error.localizedDescription)"))
        }
        func path(_ name: String) -> String { out.appendingPathComponent(name).path }
        let inputsJSON = BatchDatabase.jsonArray(inputs)
        var recorded = settings
        recorded["report_quotes"] = String(reportQuoteLimit)
        let settingsJSON = Self.json(recorded)

        // An earlier run in this folder: resume it, or refuse to overwrite an unfinished one.
        var resuming = false
        if FileManager.default.fileExists(atPath: path(BatchDatabase.fileName)) {
            let old = try Self.wrap { try BatchDatabase(path: path(BatchDatabase.fileName)) }
            let last = try Self.wrap { try old.lastRun() }
            let done = try Self.wrap { try old.checkpoint() }
            if resume, let last, let done {
                guard last.inputs == inputsJSON else {
                    throw BatchError(.mismatch("the interrupted run read \(last.inputs), this one \(inputsJSON)"))
                }
                guard last.options == settingsJSON else {
                    throw BatchError(.mismatch("the interrupted run had settings \(last.options), this one \(settingsJSON)"))
                }
                if last.status == "finished" {
                    onMessage?("the run in \(outputDirectory) is already finished: nothing to resume")
                    try? FileManager.default.removeItem(atPath: path(FileName.reportQuotes))
                    var summary = try Self.wrap { try BatchSummary(old.db) }
                    summary.outputDirectory = outputDirectory
                    summary.unitsAlreadyDone = done.units
                    return summary
                }
                resuming = true
                onMessage?("resuming: \(done.units) input units already done")
            } else if !resume, let last, last.status != "finished" {
                throw BatchError(.unfinished("\(outputDirectory) holds an unfinished run (\(done?.units ?? 0) input units done): pass --resume to finish it, or remove the folder to start again"))
            }
        } else if resume {
            onMessage?("nothing to resume in \(outputDirectory): starting a new run")
        }
        if !resuming {
            for name in FileName.all { try? FileManager.default.removeItem(atPath: path(name)) }
        }

        let db = try Self.wrap { try BatchDatabase(path: path(BatchDatabase.fileName)) }
        var checkpoint = try Self.wrap { try db.checkpoint() } ?? BatchDatabase.Checkpoint()
        let jsonl = try Self.wrap { try OutputFile(appendingTo: path(FileName.quotesJSONL), truncatingTo: checkpoint.jsonlBytes) }
        let csv = try Self.wrap { try OutputFile(appendingTo: path(FileName.quotesCSV), truncatingTo: checkpoint.csvBytes) }
        if checkpoint.csvBytes == 0 { try Self.wrap { try csv.write(QuoteCSV.header) } }
        let reportQuotes = try Self.wrap { try OutputFile(appendingTo: path(FileName.reportQuotes), truncatingTo: checkpoint.reportBytes) }
        let workers = max(1, workers)
        let limit = reportQuoteLimit > 0 ? reportQuoteLimit : Int.max
        // Quotes the report already shows (a resumed run): whole documents in input order, up to the limit.
        var reportShown = try Self.wrap { try db.reportQuotesShown(limit: limit) }
        let reportFull = BatchFlag()
        if reportShown >= limit { reportFull.set() }
        let runID = try Self.wrap {
            try db.beginRun(inputs: inputsJSON, options: settingsJSON, workers: workers, resumed: resuming,
                            unitsAlreadyDone: checkpoint.units, started: started)
        }
        /// Flushes the appended files and commits the database with their sizes: a checkpoint.
        func commitCheckpoint() throws {
            try jsonl.flush()
            try csv.flush()
            try reportQuotes.flush()
            checkpoint.jsonlBytes = jsonl.size
            checkpoint.csvBytes = csv.size
            checkpoint.reportBytes = reportQuotes.size
            try db.commit(checkpoint)
        }
        // The first checkpoint: the CSV header is on disk, nothing else yet.
        if !resuming { try Self.wrap { try commitCheckpoint() } }
        db.buildFullTextAlongside(scratchPath: path(FileName.fullTextScratch))

        var timings: [(String, Double)] = []
        var lap = Date()
        var cpuLap = StageClock.now()
        // Wall time of each phase, and the CPU time of this thread (the writer) in it: on a shared machine
        // the CPU time shows the writer's own cost where the wall time also holds waiting and other work.
        func time(_ phase: String) {
            let cpu = StageClock.now()
            timings.append((phase, Date().timeIntervalSince(lap)))
            timings.append(("  CPU time of the writer thread", Double(cpu - cpuLap) / 1e9))
            lap = Date()
            cpuLap = cpu
        }
        var progress = BatchProgress()
        progress.bytesTotal = InputScanner.totalBytes(of: inputs)
        var counts = (processed: 0, skipped: 0, failed: 0, quotes: 0)

        if !checkpoint.complete {
            let queue = OrderedWorkQueue<InputUnit, UnitOutput>(maxItems: workers * Self.maxUnitsPerWorker,
                                                                maxBytes: Self.maxBytesInFlight)
            let group = DispatchGroup()
            Self.startReader(inputs: inputs, skipBefore: checkpoint.units, queue: queue, group: group)
            for i in 0..<workers {
                BatchWorker.start(pipeline: pipeline, queue: queue, group: group, reportFull: reportFull, name: "quotekit-worker-\(i)")
            }

            let keys = try Self.wrap { try db.unitKeyCursor() }
            let alreadyDone = checkpoint.units
            var lastCommit = Date()
            var firstNewUnit = true
            var writing: UInt64 = 0
            var writingCPU: UInt64 = 0
            do {
                loop: while true {
                    progress.elapsed = Date().timeIntervalSince(started)
                    switch queue.next(timeout: 0.2) {
                    case .end:
                        break loop
                    case .waiting:
                        onProgress?(progress)
                        continue
                    case .output(let unit):
                        if unit.alreadyDone {
                            guard let recorded = try keys.next(), recorded == unit.key else {
                                throw BatchError(.mismatch("the inputs changed since the interrupted run: input unit \(unit.key) is not where that run recorded it"))
                            }
                            progress.bytesDone = unit.position
                            progress.bytesAtStart = unit.position
                            continue
                        }
                        if firstNewUnit {
                            firstNewUnit = false
                            // Every unit the earlier run recorded must have come back from the scan.
                            if alreadyDone > 0, try keys.next() != nil {
                                throw BatchError(.mismatch("the inputs changed since the interrupted run: they now hold fewer units than it recorded"))
                            }
                        }
                        let writeStart = DispatchTime.now().uptimeNanoseconds, writeStartCPU = StageClock.now()
                        defer {
                            writing += DispatchTime.now().uptimeNanoseconds - writeStart
                            writingCPU += StageClock.now() - writeStartCPU
                        }
                        for r in unit.records {
                            try db.insert(r, seq: checkpoint.items, run: runID)
                            checkpoint.items += 1
                            switch r.status {
                            case .processed:
                                counts.processed += 1
                                counts.quotes += r.quotes.count
                                try jsonl.write(bytes: r.json)
                                try jsonl.write(bytes: CollectionOfOne(UInt8(0x0A)))
                                try csv.write(bytes: r.csv)
                                if reportShown < limit && !r.quotes.isEmpty {
                                    try reportQuotes.write(r.reportHTML)
                                    reportShown += r.quotes.count
                                    if reportShown >= limit { reportFull.set() }
                                }
                                for w in r.readingWarnings { onMessage?("warning: \(w)") }
                            case .skipped:
                                counts.skipped += 1
                                onMessage?("skipped: \(Self.location(r)): \(r.reason ?? "")")
                            case .failed:
                                counts.failed += 1
                                onMessage?("failed: \(Self.location(r)): \(r.reason ?? "")")
                            }
                        }
                        checkpoint.units += 1
                        progress.processed = counts.processed
                        progress.skipped = counts.skipped
                        progress.failed = counts.failed
                        progress.quotes = counts.quotes
                        progress.bytesDone = unit.position
                        onProgress?(progress)
                        if Date().timeIntervalSince(lastCommit) >= Self.checkpointInterval {
                            try commitCheckpoint()
                            lastCommit = Date()
                        }
                    }
                }
                if alreadyDone > 0 && firstNewUnit, try keys.next() != nil {
                    throw BatchError(.mismatch("the inputs changed since the interrupted run: they now hold fewer units than it recorded"))
                }
            } catch {
                queue.cancel()
                group.wait()
                throw Self.batchError(error)
            }
            group.wait()
            keys.close()
            try Self.wrap {
                checkpoint.complete = true
                try commitCheckpoint()
            }
            time("reading, analysing and writing rows")
            timings.append(("  of which the writer writing rows and files", Double(writing) / 1e9))
            timings.append(("    CPU time of the writer thread in it", Double(writingCPU) / 1e9))
        }

        // The corpus-wide files, rebuilt from the database (also after a kill during this phase).
        try Self.wrap {
            try db.finishRows()
            time("indexes and speaker aggregates")
            try SpeakerCSV.export(db.db, to: path(FileName.speakersCSV))
            try HTMLReport.export(db.db, quotesPart: path(FileName.reportQuotes), shown: reportShown, to: path(FileName.report),
                                  months: db.speakerMonths)
            time("speakers.csv and report.html")
        }
        progress.elapsed = Date().timeIntervalSince(started)
        onProgress?(progress)
        let finished = Date()
        try Self.wrap {
            try db.finishRun(runID, processed: counts.processed, skipped: counts.skipped, failed: counts.failed,
                             quotes: counts.quotes, seconds: finished.timeIntervalSince(started),
                             peakMemory: PeakMemory.bytes(), finished: finished)
            try RunManifest.export(db.db, to: path(FileName.manifest))
        }
        try? FileManager.default.removeItem(atPath: path(FileName.reportQuotes))
        time("run.json")
        var summary = try Self.wrap { try BatchSummary(db.db) }
        summary.outputDirectory = outputDirectory
        summary.seconds = finished.timeIntervalSince(started)
        summary.timings = timings
        summary.processedThisRun = counts.processed
        summary.unitsAlreadyDone = resuming ? (try? db.db.integer("SELECT units_already_done FROM runs WHERE id = \(runID)")) ?? 0 : 0
        return summary
    }

    /// Starts the thread that scans the inputs and feeds the queue.
    static func startReader(inputs: [String], skipBefore: Int, queue: OrderedWorkQueue<InputUnit, UnitOutput>, group: DispatchGroup) {
        group.enter()
        let thread = Thread {
            var scanner = InputScanner(paths: inputs)
            scanner.skipBefore = skipBefore
            struct Cancelled: Error {}
            try? scanner.scan { unit in
                let accepted: Bool
                switch unit.content {
                case .alreadyDone:
                    accepted = queue.submit(unit, bytes: 0, output: UnitOutput(key: unit.key, position: unit.position, alreadyDone: true, records: []))
                case .jsonLine(let line):
                    accepted = queue.submit(unit, bytes: line.count)
                case .file(let bytes, _):
                    accepted = queue.submit(unit, bytes: bytes.count)
                case .problem:
                    accepted = queue.submit(unit, bytes: 0)
                }
                if !accepted { throw Cancelled() }
            }
            queue.finish()
            group.leave()
        }
        thread.name = "quotekit-reader"
        thread.start()
    }

    static func location(_ r: BatchRecord) -> String { r.line > 0 ? "\(r.file):\(r.line)" : r.file }

    static func json(_ settings: [String: String]) -> String {
        var w = JSONWriter()
        w.beginObject()
        for key in settings.keys.sorted() { w.field(key, settings[key]) }
        w.endObject()
        return w.output
    }

    /// Runs `body`, turning output errors into ``BatchError``s.
    static func wrap<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch { throw batchError(error) }
    }

    static func batchError(_ error: Error) -> Error {
        if error is BatchError { return error }
        return BatchError(.output(String(describing: error)))
    }
}
