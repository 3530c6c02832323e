/// What a finished batch run holds: the corpus totals (earlier runs' share included when resumed).
public struct BatchSummary: Sendable {
    /// Documents analysed.
    public var processed = 0
    /// Inputs skipped (empty, binary, documentation files).
    public var skipped = 0
    /// Inputs that failed (missing, unreadable, malformed).
    public var failed = 0
    /// Quotes found.
    public var quotes = 0
    /// Distinct speakers quoted.
    public var speakersQuoted = 0
    /// Documents analysed by this run (fewer than ``processed`` when it resumed an earlier one).
    public var processedThisRun = 0
    /// Input units an earlier, interrupted run had already written.
    public var unitsAlreadyDone = 0
    /// Seconds this run took.
    public var seconds = 0.0
    /// The output folder.
    public var outputDirectory = ""
    /// Seconds per phase of this run, in order (for `--timings` and the benchmark).
    public var timings: [(phase: String, seconds: Double)] = []

    init(_ db: SQLiteDatabase) throws {
        let s = try db.prepare("SELECT status, COUNT(*), SUM(quotes) FROM documents GROUP BY status")
        while try s.step() {
            let n = s.int(1) ?? 0
            switch s.string(0) {
            case "processed": processed = n; quotes = s.int(2) ?? 0
            case "skipped": skipped = n
            default: failed = n
            }
        }
        speakersQuoted = try db.integer("SELECT COUNT(*) FROM speakers WHERE quotes > 0") ?? 0
    }
}

/// Why a batch run could not start or finish. Problems with inputs are never errors: they are
/// accounted for in the manifest.
public struct BatchError: Error, CustomStringConvertible {
    enum Kind {
        /// The output folder holds an unfinished run and --resume was not given.
        case unfinished(String)
        /// --resume with other inputs or settings than the interrupted run.
        case mismatch(String)
        /// An output cannot be written (folder, file, database).
        case output(String)
    }

    let kind: Kind

    init(_ kind: Kind) { self.kind = kind }

    /// True when the error is about how the run was asked for (usage), not about writing outputs.
    public var isUsageError: Bool {
        switch kind {
        case .unfinished, .mismatch: return true
        case .output: return false
        }
    }

    /// The message, naming the folder or file concerned.
    public var description: String {
        switch kind {
        case .unfinished(let m): return m
        case .mismatch(let m): return "cannot resume: \(m)"
        case .output(let m): return m
        }
    }
}
