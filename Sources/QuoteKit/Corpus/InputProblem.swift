/// An input that could not be read as a document, with where and why.
public struct InputProblem: Error, CustomStringConvertible, Sendable {
    /// Skipped: nothing to analyse (an empty file); failed: unreadable or malformed.
    public enum Severity: String, Sendable { case skipped, failed }

    /// The input file.
    public let file: String
    /// The 1-based line (JSONL), or 0 for the whole file.
    public let line: Int
    /// Skipped or failed.
    public let severity: Severity
    /// Why.
    public let reason: String

    /// A problem with `file` at `line`.
    public init(file: String, line: Int, severity: Severity, reason: String) {
        self.file = file
        self.line = line
        self.severity = severity
        self.reason = reason
    }

    public var description: String { line > 0 ? "\(file):\(line): \(reason)" : "\(file): \(reason)" }
}
