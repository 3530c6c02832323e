/// Decodes input bytes as UTF-8. The policy (documented in README.md): invalid sequences are replaced
/// with U+FFFD and a warning names the byte offset of the first one; the document is still analysed.
enum TextDecoding {
    /// The text, and the byte offset of the first invalid sequence if there was one.
    static func decode(_ bytes: [UInt8]) -> (text: String, firstInvalidByte: Int?) {
        if let s = String(validating: bytes, as: UTF8.self) { return (s, nil) }
        return (String(decoding: bytes, as: UTF8.self), firstInvalidOffset(bytes))
    }

    /// The offset of the first byte of `bytes` that is not valid UTF-8; nil when all of it is.
    static func firstInvalidByte(_ bytes: [UInt8]) -> Int? {
        String(validating: bytes, as: UTF8.self) == nil ? firstInvalidOffset(bytes) : nil
    }

    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let need: Int
            switch b {
            case 0x00...0x7F: i += 1; continue
            case 0xC2...0xDF: need = 1
            case 0xE0...0xEF: need = 2
            case 0xF0...0xF4: need = 3
            default: return i
            }
            if i + need >= bytes.count { return i }
            if String(validating: bytes[i...(i + need)], as: UTF8.self) == nil { return i }
            i += need + 1
        }
        return bytes.count
    }

    /// True when the bytes look binary: a NUL in the first 8 KiB alongside other control bytes.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(8192)
        var controls = 0
        var nul = false
        for b in head {
            if b == 0 { nul = true }
            if b < 0x09 || (b > 0x0D && b < 0x20) { controls += 1 }
        }
        // Text may hold a stray NUL; binary formats hold many control bytes (over 10% of the head).
        return nul && controls * 10 > head.count
    }
}
