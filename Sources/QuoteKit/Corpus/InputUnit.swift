/// One piece of raw input as ``InputScanner`` finds it, before any decoding or parsing: a JSONL line, a
/// whole file, or a problem. Parsing a unit (``DocumentReader/items(in:)``) is left to whoever takes it,
/// so a batch run can parse on its worker threads.
struct InputUnit: Sendable {
    /// What a whole file holds, by its name (with any `.gz` removed).
    enum FileFormat: Sendable {
        /// `.json`: one article object or an array of them.
        case json
        /// Anything else: plain text or Markdown with optional header lines.
        case text
    }

    /// The raw content.
    enum Content: Sendable {
        /// One non-blank line of a JSONL file or of standard input.
        case jsonLine([UInt8])
        /// A whole file, decompressed, not yet checked for emptiness or binary content.
        case file([UInt8], FileFormat)
        /// An input that yields no document (missing, unreadable, skipped).
        case problem(InputProblem)
        /// Content not read because an earlier run already accounted for this unit (a resumed run).
        case alreadyDone
    }

    /// The input file (`-` for standard input).
    let file: String
    /// The 1-based line of a JSONL line, 0 for a whole file.
    let line: Int
    /// What was read.
    let content: Content
    /// How far the scan has come when this unit ends: the on-disk bytes (compressed bytes for gzip) of
    /// every earlier input file plus this one's bytes so far. For progress against the inputs' total size.
    let position: Int

    /// The unit's identity across runs: resuming checks that the inputs still yield the same units.
    var key: String { line > 0 ? "\(file):\(line)" : file }
}
