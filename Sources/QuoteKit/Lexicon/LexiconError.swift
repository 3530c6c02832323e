/// A lexicon file that cannot be used: where (`file:line`) and why.
public struct LexiconError: Error, CustomStringConvertible, Sendable {
    /// The file's path.
    public let file: String
    /// The 1-based line, or 0 when the problem concerns the whole file.
    public let line: Int
    /// What is wrong.
    public let reason: String

    /// An error at `file:line`.
    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String { line > 0 ? "\(file):\(line): \(reason)" : "\(file): \(reason)" }
}
