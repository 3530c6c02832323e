/// Converts UTF-8 byte offsets into Unicode-scalar offsets (what Python `str` indices and spaCy's
/// `Token.idx` count). Built once per document: a checkpoint every 64 bytes, so a conversion reads at
/// most 63 bytes.
public struct ScalarOffsets: Sendable {
    private static let stride = 64
    private let isASCII: Bool
    private let checkpoints: [Int32]
    private let bytes: [UInt8]

    init(bytes: [UInt8]) {
        self.bytes = bytes
        var ascii = true
        for b in bytes where b >= 0x80 { ascii = false; break }
        isASCII = ascii
        if ascii {
            checkpoints = []
            return
        }
        var marks: [Int32] = []
        marks.reserveCapacity(bytes.count / Self.stride + 1)
        var count: Int32 = 0
        for (i, b) in bytes.enumerated() {
            if i % Self.stride == 0 { marks.append(count) }
            if b & 0xC0 != 0x80 { count += 1 }
        }
        checkpoints = marks
    }

    /// The scalar offset of UTF-8 offset `utf8`. An offset inside a multi-byte scalar maps to that scalar.
    public func scalar(_ utf8: Int) -> Int {
        if isASCII || utf8 <= 0 { return max(0, min(utf8, bytes.count)) }
        let o = min(utf8, bytes.count)
        let block = o / Self.stride
        if block >= checkpoints.count { return scalar(bytes.count - 1) + 1 }
        var n = Int(checkpoints[block])
        var i = block * Self.stride
        while i < o {
            if bytes[i] & 0xC0 != 0x80 { n += 1 }
            i += 1
        }
        return n
    }

    /// `range` in scalar offsets.
    public func scalars(_ range: TextRange) -> (start: Int, end: Int) { (scalar(range.start), scalar(range.end)) }
}
