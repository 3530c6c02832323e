/// A small streaming JSON writer: keys in the order written (callers write them sorted where output
/// must be byte-stable), strings escaped per RFC 8259, numbers rounded where asked.
public struct JSONWriter: Sendable {
    /// The JSON text written so far.
    public var output: String { String(decoding: bytes, as: UTF8.self) }
    /// The UTF-8 bytes written so far (kept as bytes: appending to a `String` costs far more).
    public private(set) var bytes: [UInt8] = []
    /// Whether the next key or value needs a comma before it: false at the start, after an opening
    /// bracket and after a key. No stack of levels is needed: a closing bracket ends a value of the
    /// level around it, which then always needs a comma before its next item.
    private var needsComma = false

    /// An empty writer.
    public init() { bytes.reserveCapacity(1024) }

    private mutating func separator() {
        if needsComma { bytes.append(0x2C) }
        needsComma = true
    }

    /// Writes `"name":` inside an object.
    public mutating func key(_ name: String) {
        var name = name
        if name.withUTF8({ appendShortKey($0) }) { return }
        separator()
        Self.appendQuoted(name, to: &bytes)
        bytes.append(0x3A)
        needsComma = false
    }

    /// Writes `"name":`, with the comma before it where one is due, in one append when `name` has at
    /// most 24 bytes and none needs escaping (every key the outputs write); false, writing nothing,
    /// otherwise.
    private mutating func appendShortKey(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        guard name.count <= 24, let base = name.baseAddress else { return false }
        var i = 0
        while i + 8 <= name.count {
            if Self.mayNeedEscape(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) { return false }
            i += 8
        }
        if i < name.count, Self.mayNeedEscape(Self.lastWord(base, count: name.count, from: i)) { return false }
        var buffer: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)   // 32 bytes: room for ,"name":
        let comma = needsComma
        withUnsafeMutableBytes(of: &buffer) { b in
            var n = 0
            if comma { b[n] = 0x2C; n += 1 }
            b[n] = 0x22; n += 1
            UnsafeMutableRawBufferPointer(rebasing: b[n..<(n + name.count)]).copyMemory(from: UnsafeRawBufferPointer(name))
            n += name.count
            b[n] = 0x22; b[n + 1] = 0x3A; n += 2
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b.bindMemory(to: UInt8.self)[..<n]))
        }
        needsComma = false
        return true
    }

    /// Opens an object.
    public mutating func beginObject() { separator(); bytes.append(0x7B); needsComma = false }
    /// Closes an object.
    public mutating func endObject() { bytes.append(0x7D); needsComma = true }
    /// Opens an array.
    public mutating func beginArray() { separator(); bytes.append(0x5B); needsComma = false }
    /// Closes an array.
    public mutating func endArray() { bytes.append(0x5D); needsComma = true }

    /// A string value.
    public mutating func string(_ s: String) { separator(); Self.appendQuoted(s, to: &bytes) }
    /// A string value given as UTF-8 bytes (valid UTF-8: the caller cuts at scalar boundaries).
    public mutating func string(utf8: ArraySlice<UInt8>) {
        separator()
        utf8.withUnsafeBufferPointer { Self.appendQuoted(utf8: $0, to: &bytes) }
    }
    /// A value given as JSON text, written as it is (the caller vouches that it is valid JSON).
    public mutating func raw(_ json: String) { separator(); bytes.append(contentsOf: json.utf8) }
    /// A string value, or null.
    public mutating func string(_ s: String?) { if let s { string(s) } else { null() } }
    /// An integer value.
    public mutating func int(_ n: Int) { separator(); appendDigits(n) }
    /// A number rounded to `places` decimals (3 by default: scores are not more precise than that).
    public mutating func number(_ x: Double, places: Int = 3) {
        separator()
        guard x.isFinite else { bytes.append(contentsOf: "null".utf8); return }
        Self.appendNumber(x, places: places, to: &bytes)
    }

    /// Appends finite `x` rounded to `places` decimals, integral values without a fraction (the form of
    /// ``number(_:places:)``; also the CSV files' numbers).
    static func appendNumber(_ x: Double, places: Int, to bytes: inout [UInt8]) {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (x * scale).rounded()
        let r = scaled / scale
        if r == r.rounded() && abs(r) < 1e15 {
            appendDigits(Int(r), to: &bytes)
        } else if abs(scaled) < 1e12 {
            // k / 10^places with the trailing zeros of the fraction dropped: the same digits as Swift's
            // shortest round-trip form of r (doubles this small are closer together than 10^-places).
            var k = Int(scaled)
            if k < 0 { bytes.append(0x2D); k = -k }
            var unit = 1
            for _ in 0..<places { unit *= 10 }
            appendDigits(k / unit, to: &bytes)
            var fraction = k % unit, digits = places
            while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
            bytes.append(0x2E)
            var divisor = 1
            for _ in 1..<digits { divisor *= 10 }
            while divisor > 0 { bytes.append(0x30 + UInt8(fraction / divisor % 10)); divisor /= 10 }
        } else {
            bytes.append(contentsOf: String(r).utf8)
        }
    }

    private mutating func appendDigits(_ n: Int) { Self.appendDigits(n, to: &bytes) }

    /// Appends the decimal digits of `n` (with a minus sign when negative), without making a `String`.
    static func appendDigits(_ n: Int, to bytes: inout [UInt8]) {
        if n < 0 {
            bytes.append(0x2D)
            if n == Int.min { bytes.append(contentsOf: String(n).utf8.dropFirst()); return }
        }
        var v = n.magnitude
        var buffer: (UInt64, UInt64, UInt64) = (0, 0, 0)   // 24 bytes: room for 20 digits
        withUnsafeMutableBytes(of: &buffer) { b in
            var i = b.count
            repeat { i -= 1; b[i] = 0x30 + UInt8(v % 10); v /= 10 } while v > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b.bindMemory(to: UInt8.self)[i...]))
        }
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
        var s = s
        s.withUTF8 { appendQuoted(utf8: $0, to: &out) }
    }

    /// Appends the UTF-8 bytes `u` as a JSON string literal.
    static func appendQuoted(utf8 u: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(0x22)
        do {
            var plain = 0
            var i = 0
            while i < u.count {
                // Eight bytes at a time while none needs escaping (most text needs none).
                if let base = u.baseAddress {
                    while i + 8 <= u.count, !mayNeedEscape(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) { i += 8 }
                    // Fewer than eight left: one more test of eight bytes, ending at the last one (or,
                    // in a short string, padded with spaces), rather than one byte at a time.
                    if i < u.count, i + 8 > u.count, !mayNeedEscape(lastWord(base, count: u.count, from: i)) { i = u.count }
                }
                guard i < u.count else { break }
                let b = u[i]
                defer { i += 1 }
                guard b < 0x20 || b == 0x22 || b == 0x5C else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: u[plain..<i]))
                switch b {
                case 0x22: out.append(0x5C); out.append(0x22)
                case 0x5C: out.append(0x5C); out.append(0x5C)
                case 0x0A: out.append(0x5C); out.append(0x6E)
                case 0x0D: out.append(0x5C); out.append(0x72)
                case 0x09: out.append(0x5C); out.append(0x74)
                default:
                    let hex = String(b, radix: 16)
                    out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                }
                plain = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: u[plain..<u.count]))
        }
        out.append(0x22)
    }

    /// The eight bytes ending at `base[count - 1]`, or when `count` is less than eight, `base[from..<count]`
    /// followed by spaces (bytes before `from` were tested already).
    @inline(__always) static func lastWord(_ base: UnsafePointer<UInt8>, count: Int, from: Int) -> UInt64 {
        if count >= 8 { return UnsafeRawPointer(base + count - 8).loadUnaligned(as: UInt64.self) }
        // Built in a register: bytes stored one by one and read back as a word stall the load.
        var word: UInt64 = 0
        var shift: UInt64 = 0
        for k in from..<count { word |= UInt64(base[k]) << shift; shift += 8 }
        return word | 0x2020_2020_2020_2020 << shift
    }

    /// Whether one of the eight bytes in `w` may need escaping: a control character, `"` or `\`. Exact
    /// in saying none does (the "has a byte less than n" and "has a zero byte" bit tricks).
    @inline(__always) static func mayNeedEscape(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let control = (w &- ones &* 0x20) & ~w & highs
        let q = w ^ (ones &* 0x22), quote = (q &- ones) & ~q & highs
        let s = w ^ (ones &* 0x5C), backslash = (s &- ones) & ~s & highs
        return control | quote | backslash != 0
    }
}
