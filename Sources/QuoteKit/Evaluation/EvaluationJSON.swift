import Foundation

/// The figures of an evaluation as an ordered JSON tree: what `quotekit eval --json` prints and what the
/// regression floors (``RegressionFloors``) look values up in, by dotted path (`all.f1`,
/// `speaker_accuracy.type:explicit`).
public indirect enum EvaluationJSON: Sendable, Equatable {
    case object([(String, EvaluationJSON)])
    case array([EvaluationJSON])
    case int(Int)
    /// A figure, rounded to 4 places as the reference scorers print them.
    case number(Double)
    case string(String)
    case null

    public static func == (a: EvaluationJSON, b: EvaluationJSON) -> Bool { a.text(indent: nil) == b.text(indent: nil) }

    /// A figure rounded to 4 decimal places as Python's `round(x, 4)` does it: on the exact binary value,
    /// ties to even (glibc's `%.4f` rounds the same way), so printed figures equal the reference scorer's.
    public static func rounded(_ x: Double) -> EvaluationJSON {
        guard x.isFinite else { return .null }
        return .number(Double(String(format: "%.4f", x)) ?? x)
    }

    /// The value at a dotted path of object keys, or nil.
    public func value(at path: String) -> EvaluationJSON? {
        var node = self
        for key in path.split(separator: ".", omittingEmptySubsequences: false) {
            guard case .object(let fields) = node, let next = fields.first(where: { $0.0 == key })?.1 else { return nil }
            node = next
        }
        return node
    }

    /// The value as a number, when it is one.
    public var number: Double? {
        switch self {
        case .int(let n): return Double(n)
        case .number(let x): return x
        default: return nil
        }
    }

    /// JSON text: one line when `indent` is nil, else one value a line indented by `indent` spaces a level.
    public func text(indent: Int? = 1) -> String {
        var out = ""
        write(to: &out, indent: indent, level: 0)
        return out
    }

    private func write(to out: inout String, indent: Int?, level: Int) {
        func newline(_ level: Int) {
            guard let indent else { return }
            out.append("\n")
            out.append(String(repeating: " ", count: indent * level))
        }
        switch self {
        case .object(let fields):
            guard !fields.isEmpty else { out.append("{}"); return }
            out.append("{")
            for (n, (key, value)) in fields.enumerated() {
                if n > 0 { out.append(",") }
                newline(level + 1)
                JSONWriter.appendQuoted(key, to: &out)
                out.append(indent == nil ? ":" : ": ")
                value.write(to: &out, indent: indent, level: level + 1)
            }
            newline(level)
            out.append("}")
        case .array(let values):
            guard !values.isEmpty else { out.append("[]"); return }
            out.append("[")
            for (n, value) in values.enumerated() {
                if n > 0 { out.append(",") }
                newline(level + 1)
                value.write(to: &out, indent: indent, level: level + 1)
            }
            newline(level)
            out.append("]")
        case .int(let n): out.append(String(n))
        // Swift prints the shortest repr that reads back, as Python's repr does ("0.5", "1.0").
        case .number(let x): out.append(x.isFinite ? "\(x)" : "null")
        case .string(let s): JSONWriter.appendQuoted(s, to: &out)
        case .null: out.append("null")
        }
    }
}
