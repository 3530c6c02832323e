/// Converts UTF-8 byte offsets into Unicode-scalar offsets (what Python `str` indices and spaCy's
/// `Token.idx` count). Built once per document: a checkpoint every 16 bytes, so a conversion reads at
/// most 15 bytes.
public struct ScalarOffsets: Sendable {
    /// 16: the JSON output converts several offsets per quote; at 64 bytes a conversion took about 175
    /// instructions (callgrind, c5.jsonl), at 16 about 80. The checkpoints take a quarter of the text's size.
    private static let stride = 16
    private let isASCII: Bool
    private let checkpoints: [Int32]
    private let bytes: [UInt8]

    init(bytes: [UInt8]) {
        self.bytes = bytes
        let ascii = bytes.withUnsafeBufferPointer { Self.isASCII($0) }
        isASCII = ascii
        if ascii {
            checkpoints = []
            return
        }
        var marks: [Int32] = []
        marks.reserveCapacity(bytes.count / Self.stride + 1)
        bytes.withUnsafeBufferPointer { u in
            var count = 0
            var block = 0
            while block < u.count {
                marks.append(Int32(truncatingIfNeeded: count))
                let end = min(block + Self.stride, u.count)
                count += Self.scalarStarts(u, from: block, to: end)
                block = end
            }
        }
        checkpoints = marks
    }

    /// The scalar offset of UTF-8 offset `utf8`: the number of scalars that start before it (an offset
    /// inside a multi-byte scalar maps to the scalar after it); the end of the text maps to its scalar count.
    public func scalar(_ utf8: Int) -> Int {
        if isASCII || utf8 <= 0 { return max(0, min(utf8, bytes.count)) }
        let o = min(utf8, bytes.count)
        // The end of a text whose length is a multiple of the stride has no block of its own.
        let block = min(o / Self.stride, checkpoints.count - 1)
        let start = block * Self.stride
        return Int(checkpoints[block]) + bytes.withUnsafeBufferPointer { Self.scalarStarts($0, from: start, to: o) }
    }

    /// `range` in scalar offsets.
    public func scalars(_ range: TextRange) -> (start: Int, end: Int) { (scalar(range.start), scalar(range.end)) }

    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether every byte of `u` is below 0x80.
    private static func isASCII(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = u.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= u.count {
            if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & highBits != 0 { return false }
            i += 8
        }
        while i < u.count {
            if u[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    /// How many bytes of `u[from..<to]` start a scalar (are not continuation bytes `10xxxxxx`).
    @inline(__always) private static func scalarStarts(_ u: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        guard let base = u.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var n = 0
        var i = from
        while i + 8 <= to {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            // A continuation byte has its top bit set and the next one clear; shifting left by one
            // puts each byte's bit 6 under its bit 7.
            n += 8 - (w & ~(w << 1) & highBits).nonzeroBitCount
            i += 8
        }
        while i < to {
            if u[i] & 0xC0 != 0x80 { n += 1 }
            i += 1
        }
        return n
    }
}
