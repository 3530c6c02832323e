/// A small streaming JSON writer: keys in the order written (callers write them sorted where output
/// must be byte-stable), strings escaped per RFC 8259, numbers rounded where asked.
public struct JSONWriter: Sendable {
    /// The JSON text written so far.
    public var output: String { String(decoding: bytes, as: UTF8.self) }
    /// The UTF-8 bytes written so far (kept as bytes: appending to a `String` costs far more).
    public var bytes: [UInt8] { Array(storage[..<count]) }
    /// The bytes written so far, `storage[..<count]`, then room for more. Pieces are written into the
    /// room through a pointer: an `Array.append(contentsOf:)` costs about 100 instructions a call (a
    /// uniqueness check, a generic copy, a call to memcpy), more than making most pieces (a key, a number).
    private var storage: [UInt8]
    private var count = 0
    /// Whether the next key or value needs a comma before it: false at the start, after an opening
    /// bracket and after a key. No stack of levels is needed: a closing bracket ends a value of the
    /// level around it, which then always needs a comma before its next item.
    private var needsComma = false

    /// An empty writer.
    public init() { storage = [UInt8](repeating: 0, count: 1024) }

    /// Makes room for `n` more bytes, then lets `body` write at most `n` bytes at the pointer it is
    /// given (just after those written so far); `body` returns how many it wrote.
    @inline(__always)
    private mutating func write(atMost n: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        if storage.count - count < n { storage.append(contentsOf: repeatElement(0, count: max(storage.count, n))) }
        let start = count
        count += storage.withUnsafeMutableBufferPointer { body($0.baseAddress! + start) }
    }

    @inline(__always) private mutating func put(_ byte: UInt8) { write(atMost: 1) { $0[0] = byte; return 1 } }

    private mutating func put(_ u: UnsafeBufferPointer<UInt8>) {
        guard let base = u.baseAddress, u.count > 0 else { return }
        write(atMost: u.count) { $0.update(from: base, count: u.count); return u.count }
    }

    /// `u` as a JSON string literal: in one piece when nothing in it needs escaping (most text), else
    /// in the pieces of ``quote(utf8:_:)``.
    private mutating func putQuoted(_ u: UnsafeBufferPointer<UInt8>) {
        guard let base = u.baseAddress, !Self.mayNeedEscape(u) else { Self.quote(utf8: u) { put($0) }; return }
        write(atMost: u.count + 2) { p in
            p[0] = 0x22
            (p + 1).update(from: base, count: u.count)
            p[u.count + 1] = 0x22
            return u.count + 2
        }
    }

    private mutating func put(_ s: StaticString) { put(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount)) }

    private mutating func separator() {
        if needsComma { put(0x2C) }
        needsComma = true
    }

    /// Writes `"name":` inside an object.
    public mutating func key(_ name: String) {
        var name = name
        if name.withUTF8({ appendShortKey($0) }) { return }
        separator()
        name.withUTF8 { putQuoted($0) }
        put(0x3A)
        needsComma = false
    }

    /// Writes `"name":`, with the comma before it where one is due, in one piece when `name` has at
    /// most 24 bytes and none needs escaping (every key the outputs write); false, writing nothing,
    /// otherwise. Keys are short: one pass copies and checks each byte.
    private mutating func appendShortKey(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        guard name.count <= 24 else { return false }
        let comma = needsComma
        let before = count
        write(atMost: name.count + 4) { p in   // ,"name":
            var n = 0
            if comma { p[n] = 0x2C; n += 1 }
            p[n] = 0x22; n += 1
            for b in name {
                if b < 0x20 || b == 0x22 || b == 0x5C { return 0 }   // written bytes not counted
                p[n] = b; n += 1
            }
            p[n] = 0x22; p[n + 1] = 0x3A
            return n + 2
        }
        guard count > before else { return false }
        needsComma = false
        return true
    }

    /// Opens an object.
    public mutating func beginObject() { separator(); put(0x7B); needsComma = false }
    /// Closes an object.
    public mutating func endObject() { put(0x7D); needsComma = true }
    /// Opens an array.
    public mutating func beginArray() { separator(); put(0x5B); needsComma = false }
    /// Closes an array.
    public mutating func endArray() { put(0x5D); needsComma = true }

    /// A string value.
    public mutating func string(_ s: String) {
        separator()
        var s = s
        s.withUTF8 { putQuoted($0) }
    }
    /// A string value given as UTF-8 bytes (valid UTF-8: the caller cuts at scalar boundaries).
    public mutating func string(utf8: ArraySlice<UInt8>) {
        separator()
        utf8.withUnsafeBufferPointer { putQuoted($0) }
    }
    /// A value given as JSON text, written as it is (the caller vouches that it is valid JSON).
    public mutating func raw(_ json: String) {
        separator()
        var json = json
        json.withUTF8 { put($0) }
    }
    /// A string value, or null.
    public mutating func string(_ s: String?) { if let s { string(s) } else { null() } }
    /// An integer value.
    public mutating func int(_ n: Int) {
        separator()
        write(atMost: 20) { Self.writeDigits(n, to: $0) }
    }
    /// A number rounded to `places` decimals (3 by default: scores are not more precise than that).
    public mutating func number(_ x: Double, places: Int = 3) {
        separator()
        guard x.isFinite else { put("null"); return }
        let before = count
        write(atMost: Self.numberRoom(places: places)) { Self.writeNumber(x, places: places, to: $0) ?? 0 }
        if count == before {
            var swiftForm = String(Self.rounded(x, places: places))
            swiftForm.withUTF8 { put($0) }
        }
    }

    /// Appends finite `x` rounded to `places` decimals, integral values without a fraction (the form of
    /// ``number(_:places:)``; also the CSV files' numbers).
    static func appendNumber(_ x: Double, places: Int, to bytes: inout [UInt8]) {
        let start = bytes.count, room = numberRoom(places: places)
        bytes.append(contentsOf: repeatElement(0, count: room))
        let n = bytes.withUnsafeMutableBufferPointer { writeNumber(x, places: places, to: $0.baseAddress! + start) }
        bytes.removeLast(room - (n ?? 0))
        if n == nil { bytes.append(contentsOf: String(rounded(x, places: places)).utf8) }
    }

    /// `x` rounded to `places` decimals.
    static func rounded(_ x: Double, places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (x * scale).rounded() / scale
    }

    /// The most bytes ``writeNumber(_:places:to:)`` writes: a sign, 16 digits and a point, or a sign,
    /// 12 digits, a point and `places` digits.
    static func numberRoom(places: Int) -> Int { 20 + max(0, places) }

    /// Writes finite `x` rounded to `places` decimals at `p` (room for ``numberRoom(places:)`` bytes),
    /// integral values without a fraction, and returns how many bytes it wrote; nil, writing nothing,
    /// for a value too large for that form, which Swift's own description of the rounded value writes.
    static func writeNumber(_ x: Double, places: Int, to p: UnsafeMutablePointer<UInt8>) -> Int? {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (x * scale).rounded()
        let r = scaled / scale
        if r == r.rounded() && abs(r) < 1e15 { return writeDigits(Int(r), to: p) }
        guard abs(scaled) < 1e12 else { return nil }
        // k / 10^places with the trailing zeros of the fraction dropped: the same digits as Swift's
        // shortest round-trip form of r (doubles this small are closer together than 10^-places).
        var n = 0
        var k = Int(scaled)
        if k < 0 { p[0] = 0x2D; n = 1; k = -k }
        var unit = 1
        for _ in 0..<places { unit *= 10 }
        n += writeDigits(k / unit, to: p + n)
        var fraction = k % unit, digits = places
        while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        p[n] = 0x2E; n += 1
        var divisor = 1
        for _ in 1..<digits { divisor *= 10 }
        while divisor > 0 { p[n] = 0x30 + UInt8(fraction / divisor % 10); n += 1; divisor /= 10 }
        return n
    }

    /// Writes the decimal digits of `n` (with a minus sign when negative) at `p`: at most 20 bytes.
    /// Returns how many it wrote.
    @inline(__always) static func writeDigits(_ n: Int, to p: UnsafeMutablePointer<UInt8>) -> Int {
        var k = 0
        if n < 0 { p[0] = 0x2D; k = 1 }
        var v = n.magnitude
        var digits = 1
        var t = v
        while t >= 10 { t /= 10; digits += 1 }
        var i = k + digits
        repeat { i -= 1; p[i] = 0x30 + UInt8(v % 10); v /= 10 } while v > 0
        return k + digits
    }

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
    public mutating func bool(_ b: Bool) { separator(); put(b ? "true" : "false") }
    /// null.
    public mutating func null() { separator(); put("null") }

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
        quote(utf8: u) { out.append(contentsOf: $0) }
    }

    /// The UTF-8 bytes `u` as a JSON string literal, handed to `emit` in pieces: the quotation marks,
    /// runs that need no escaping, and each escape.
    @inline(__always)
    static func quote(utf8 u: UnsafeBufferPointer<UInt8>, _ emit: (UnsafeBufferPointer<UInt8>) -> Void) {
        func literal(_ s: StaticString) { emit(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount)) }
        literal("\"")
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
                if i > plain { emit(UnsafeBufferPointer(rebasing: u[plain..<i])) }
                switch b {
                case 0x22: literal("\\\"")
                case 0x5C: literal("\\\\")
                case 0x0A: literal("\\n")
                case 0x0D: literal("\\r")
                case 0x09: literal("\\t")
                default:
                    let hex = String(b, radix: 16)
                    var escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    escape.withUTF8 { emit($0) }
                }
                plain = i + 1
            }
            if u.count > plain { emit(UnsafeBufferPointer(rebasing: u[plain..<u.count])) }
        }
        literal("\"")
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

    /// Whether a byte of `u` may need escaping (exact in saying none does), eight bytes at a time.
    static func mayNeedEscape(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = u.baseAddress else { return false }
        var i = 0
        while i + 8 <= u.count {
            if mayNeedEscape(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) { return true }
            i += 8
        }
        return i < u.count && mayNeedEscape(lastWord(base, count: u.count, from: i))
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
