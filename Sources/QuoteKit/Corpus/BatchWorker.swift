import Foundation

/// What a worker hands the writer for one input unit. A class, so that the worker can tell when the
/// writer has let go of it (see ``BatchWorker``).
final class UnitOutput: Sendable {
    /// The unit's identity (``InputUnit/key``), checked against the database when resuming.
    let key: String
    /// How far the scan had come (``InputUnit/position``), for progress.
    let position: Int
    /// True for a unit an earlier run already wrote: nothing to write, only to check.
    let alreadyDone: Bool
    /// The records of the unit's items, in order (none when already done).
    let records: [BatchRecord]

    init(key: String, position: Int, alreadyDone: Bool, records: [BatchRecord]) {
        self.key = key
        self.position = position
        self.alreadyDone = alreadyDone
        self.records = records
    }
}

/// A worker thread of a batch run: takes input units, parses them, analyses their documents with its
/// own ``DocumentAnalyzer`` (ICU iterators are per thread) and prepares every output row.
enum BatchWorker {
    /// Starts a worker thread on `queue`; it leaves `group` when the queue runs dry.
    /// Once `reportFull` is set, records leave out their report block (the report shows no more quotes).
    static func start(pipeline: Pipeline, queue: OrderedWorkQueue<InputUnit, UnitOutput>, group: DispatchGroup,
                      reportFull: BatchFlag, name: String) {
        group.enter()
        let thread = Thread {
            let analyzer = pipeline.makeAnalyzer()
            let reader = DocumentReader(dateField: pipeline.options.dateField)
            // The outputs handed over that the writer may still hold. Each is freed here, on the thread
            // that allocated its records, once the writer has let go: freed by the writer, thousands of
            // small blocks a second went back to this thread's malloc arena under its lock, and the two
            // threads queued on that lock (two thirds of a run's context switches).
            var handedOver: [UnitOutput] = []
            while let (n, unit) = queue.take() {
                var i = 0
                while i < handedOver.count {
                    if isKnownUniquelyReferenced(&handedOver[i]) {
                        handedOver.swapAt(i, handedOver.count - 1)
                        handedOver.removeLast()
                    } else {
                        i += 1
                    }
                }
                let out = output(for: unit, number: n, analyzer: analyzer, reader: reader, report: !reportFull.isSet)
                handedOver.append(out)
                queue.complete(n, out)
            }
            group.leave()
        }
        // The main thread's size (8 MiB): analysis must not meet a smaller limit on a worker than in
        // `quotekit extract`, which runs on the main thread.
        thread.stackSize = 8 << 20
        thread.name = name
        thread.start()
    }

    /// The records of `unit` (number `n` in the input order).
    static func output(for unit: InputUnit, number n: Int, analyzer: DocumentAnalyzer, reader: DocumentReader,
                       report: Bool = true) -> UnitOutput {
        var records: [BatchRecord] = []
        for (i, item) in reader.items(in: unit).enumerated() {
            switch item {
            case .document(let document, let warnings):
                let analysis = analyzer.analyze(document)
                records.append(BatchRecordBuilder.record(analysis, unit: n, item: i, file: unit.file, line: unit.line,
                                                         readWarnings: warnings, report: report))
            case .problem(let problem):
                var id: String?
                if case .jsonLine(let line) = unit.content { id = LineID.find(in: line) }
                records.append(BatchRecordBuilder.record(problem, unit: n, item: i, id: id))
            }
        }
        return UnitOutput(key: unit.key, position: unit.position, alreadyDone: false, records: records)
    }
}
