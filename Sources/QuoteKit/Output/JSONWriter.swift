/// A small streaming JSON writer: keys in the order written (callers write them sorted where output
/// must be byte-stable), strings escaped per RFC 8259, numbers rounded where asked.
public struct JSONWriter: Sendable {
    /// The JSON text written so far.
    public private(set) var output: String = ""
    private var needsComma: [Bool] = [false]

    /// An empty writer.
    public init() { output.reserveCapacity(1024) }

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { output.append(",") }
        needsComma[needsComma.count - 1] = true
    }

    /// Writes `"name":` inside an object.
    public mutating func key(_ name: String) {
        separator()
        Self.appendQuoted(name, to: &output)
        output.append(":")
        needsComma[needsComma.count - 1] = false
    }

    /// Opens an object.
    public mutating func beginObject() { separator(); output.append("{"); needsComma.append(false) }
    /// Closes an object.
    public mutating func endObject() { needsComma.removeLast(); output.append("}"); needsComma[needsComma.count - 1] = true }
    /// Opens an array.
    public mutating func beginArray() { separator(); output.append("["); needsComma.append(false) }
    /// Closes an array.
    public mutating func endArray() { needsComma.removeLast(); output.append("]"); needsComma[needsComma.count - 1] = true }

    /// A string value.
    public mutating func string(_ s: String) { separator(); Self.appendQuoted(s, to: &output) }
    /// A string value, or null.
    public mutating func string(_ s: String?) { if let s { string(s) } else { null() } }
    /// An integer value.
    public mutating func int(_ n: Int) { separator(); output.append(String(n)) }
    /// A number rounded to `places` decimals (3 by default: scores are not more precise than that).
    public mutating func number(_ x: Double, places: Int = 3) {
        separator()
        guard x.isFinite else { output.append("null"); return }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let r = (x * scale).rounded() / scale
        if r == r.rounded() && abs(r) < 1e15 { output.append(String(Int(r))) } else { output.append(String(r)) }
    }
    /// A boolean value.
    public mutating func bool(_ b: Bool) { separator(); output.append(b ? "true" : "false") }
    /// null.
    public mutating func null() { separator(); output.append("null") }

    /// `"name": value` shorthands.
    public mutating func field(_ name: String, _ value: String?) { key(name); string(value) }
    public mutating func field(_ name: String, _ value: Int) { key(name); int(value) }
    public mutating func field(_ name: String, _ value: Double, places: Int = 3) { key(name); number(value, places: places) }
    public mutating func field(_ name: String, _ value: Bool) { key(name); bool(value) }

    /// Appends `s` as a JSON string literal.
    public static func appendQuoted(_ s: String, to out: inout String) {
        out.append("\"")
        var plainStart = s.utf8.startIndex
        var i = plainStart
        let u = s.utf8
        while i != u.endIndex {
            let b = u[i]
            if b < 0x20 || b == 0x22 || b == 0x5C {
                out.append(contentsOf: s[plainStart..<i])
                switch b {
                case 0x22: out.append("\\\"")
                case 0x5C: out.append("\\\\")
                case 0x0A: out.append("\\n")
                case 0x0D: out.append("\\r")
                case 0x09: out.append("\\t")
                default:
                    let hex = String(b, radix: 16)
                    out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                }
                plainStart = u.index(after: i)
            }
            i = u.index(after: i)
        }
        out.append(contentsOf: s[plainStart..<u.endIndex])
        out.append("\"")
    }
}
