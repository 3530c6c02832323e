import Foundation

/// Stream mode, for cluster frameworks (Spark `rdd.pipe`, Hadoop Streaming): article JSONL in, exactly
/// one output JSON line per input line out, in input order, analysed on parallel workers.
///
/// A line that yields a document gives its output-schema line (``AnalysisJSON``). Any other line gives
/// `{"id": ..., "error": reason}` (malformed JSON, invalid UTF-8, no `text`) or `{"id": ..., "skipped":
/// reason}` (empty text, a blank line), with the document id when the line names one, so that output
/// lines pair with input lines one to one. Problems never stop the stream and never change the exit status.
public struct StreamMapper {
    /// The pipeline to analyse with.
    public let pipeline: Pipeline
    /// Worker threads (at least 1).
    public let workers: Int

    /// Lines in flight per worker, and bytes in flight, as in a batch run (``BatchRun``).
    static let maxLinesPerWorker = BatchRun.maxUnitsPerWorker
    static let maxBytesInFlight = BatchRun.maxBytesInFlight

    /// A mapper over `pipeline` with `workers` threads.
    public init(pipeline: Pipeline, workers: Int) {
        self.pipeline = pipeline
        self.workers = max(1, workers)
    }

    /// Maps `input` to `output` until the input ends. Throws only when the output cannot be written.
    public func run(input: FileHandle, output: FileHandle) throws {
        let queue = OrderedWorkQueue<[UInt8], String>(maxItems: workers * Self.maxLinesPerWorker, maxBytes: Self.maxBytesInFlight)
        let group = DispatchGroup()
        group.enter()
        let reader = Thread {
            let lines = LineReader(handle: input)
            while let line = lines.next() {
                if !queue.submit(line, bytes: line.count) { break }
            }
            queue.finish()
            group.leave()
        }
        reader.name = "quotekit-stream-reader"
        reader.start()
        for i in 0..<workers {
            group.enter()
            let pipeline = pipeline
            let worker = Thread {
                let analyzer = pipeline.makeAnalyzer()
                while let (n, line) = queue.take() { queue.complete(n, Self.map(line, analyzer: analyzer)) }
                group.leave()
            }
            worker.stackSize = 8 << 20
            worker.name = "quotekit-stream-worker-\(i)"
            worker.start()
        }
        var buffer: [UInt8] = []
        func flush() throws {
            guard !buffer.isEmpty else { return }
            try output.write(contentsOf: buffer)
            buffer.removeAll(keepingCapacity: true)
        }
        do {
            loop: while true {
                switch queue.next(timeout: 0.5) {
                case .output(let line):
                    buffer.append(contentsOf: line.utf8)
                    buffer.append(0x0A)
                    // 64 KiB: a pipe's capacity on Linux, so each write fills it once.
                    if buffer.count >= 1 << 16 { try flush() }
                case .waiting:
                    // Nothing ready: hand on what is done, so a slow producer still sees steady output.
                    try flush()
                case .end:
                    break loop
                }
            }
            try flush()
        } catch {
            queue.cancel()
            group.wait()
            throw error
        }
        group.wait()
    }

    /// The output line for one input line.
    static func map(_ line: [UInt8], analyzer: DocumentAnalyzer) -> String {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
            return problemLine(id: nil, key: "skipped", reason: "blank line")
        }
        switch DocumentReader(dateField: analyzer.pipeline.options.dateField).article(json: line, file: "-", line: 0, fallbackID: "") {
        case .document(let document, _):
            return AnalysisJSON.encode(analyzer.analyze(document))
        case .problem(let p):
            return problemLine(id: LineID.find(in: line), key: p.severity == .skipped ? "skipped" : "error", reason: p.reason)
        }
    }

    static func problemLine(id: String?, key: String, reason: String) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.field("id", id)
        w.field(key, reason)
        w.endObject()
        return w.output
    }
}
