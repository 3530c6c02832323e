/// A small streaming JSON writer: keys in the order written (callers write them sorted where output
/// must be byte-stable), strings escaped per RFC 8259, numbers rounded where asked.
public struct JSONWriter: Sendable {
    /// The JSON text written so far.
    public var output: String { String(decoding: bytes, as: UTF8.self) }
    /// The UTF-8 bytes written so far (kept as bytes: appending to a `String` costs far more).
    public private(set) var bytes: [UInt8] = []
    private var needsComma: [Bool] = [false]

    /// An empty writer.
    public init() { bytes.reserveCapacity(1024) }

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { bytes.append(0x2C) }
        needsComma[needsComma.count - 1] = true
    }

    /// Writes `"name":` inside an object.
    public mutating func key(_ name: String) {
        separator()
        Self.appendQuoted(name, to: &bytes)
        bytes.append(0x3A)
        needsComma[needsComma.count - 1] = false
    }

    /// Opens an object.
    public mutating func beginObject() { separator(); bytes.append(0x7B); needsComma.append(false) }
    /// Closes an object.
    public mutating func endObject() { needsComma.removeLast(); bytes.append(0x7D); needsComma[needsComma.count - 1] = true }
    /// Opens an array.
    public mutating func beginArray() { separator(); bytes.append(0x5B); needsComma.append(false) }
    /// Closes an array.
    public mutating func endArray() { needsComma.removeLast(); bytes.append(0x5D); needsComma[needsComma.count - 1] = true }

    /// A string value.
    public mutating func string(_ s: String) { separator(); Self.appendQuoted(s, to: &bytes) }
    /// A string value, or null.
    public mutating func string(_ s: String?) { if let s { string(s) } else { null() } }
    /// An integer value.
    public mutating func int(_ n: Int) { separator(); bytes.append(contentsOf: String(n).utf8) }
    /// A number rounded to `places` decimals (3 by default: scores are not more precise than that).
    public mutating func number(_ x: Double, places: Int = 3) {
        separator()
        guard x.isFinite else { bytes.append(contentsOf: "null".utf8); return }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let r = (x * scale).rounded() / scale
        if r == r.rounded() && abs(r) < 1e15 { bytes.append(contentsOf: String(Int(r)).utf8) } else { bytes.append(contentsOf: String(r).utf8) }
    }
    /// A boolean value.
    public mutating func bool(_ b: Bool) { separator(); bytes.append(contentsOf: (b ? "true" : "false").utf8) }
    /// null.
    public mutating func null() { separator(); bytes.append(contentsOf: "null".utf8) }

    /// `"name": value` shorthands.
    public mutating func field(_ name: String, _ value: String?) { key(name); string(value) }
    public mutating func field(_ name: String, _ value: Int) { key(name); int(value) }
    public mutating func field(_ name: String, _ value: Double, places: Int = 3) { key(name); number(value, places: places) }
    public mutating func field(_ name: String, _ value: Bool) { key(name); bool(value) }

    /// Appends `s` as a JSON string literal.
    public static func appendQuoted(_ s: String, to out: inout String) {
        var b: [UInt8] = []
        appendQuoted(s, to: &b)
        out.append(String(decoding: b, as: UTF8.self))
    }

    /// Appends `s` as a JSON string literal, as UTF-8 bytes.
    public static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        out.append(0x22)
        var s = s
        s.withUTF8 { u in
            out.reserveCapacity(out.count + u.count + 2)
            var plain = 0
            for i in 0..<u.count {
                let b = u[i]
                guard b < 0x20 || b == 0x22 || b == 0x5C else { continue }
                out.append(contentsOf: u[plain..<i])
                switch b {
                case 0x22: out.append(contentsOf: [0x5C, 0x22])
                case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
                case 0x0D: out.append(contentsOf: [0x5C, 0x72])
                case 0x09: out.append(contentsOf: [0x5C, 0x74])
                default:
                    let hex = String(b, radix: 16)
                    out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                }
                plain = i + 1
            }
            out.append(contentsOf: u[plain..<u.count])
        }
        out.append(0x22)
    }
}
