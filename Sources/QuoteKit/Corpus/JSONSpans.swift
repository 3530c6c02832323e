import Foundation

/// Where the members of a JSON object and the elements of a JSON array lie in the text they came in:
/// how ``DocumentReader`` keeps an article's other fields as they came instead of writing them again
/// from parsed values (which cost four times the whole analysis on articles with rich metadata).
///
/// The text must be valid JSON: `JSONSerialization` has read it first. This only finds boundaries, so
/// it trusts the structure and reads each byte once.
enum JSONSpans {
    /// A member of an object: its key, decoded, and the byte range of its value.
    struct Member {
        var key: String
        var value: Range<Int>
    }

    /// The top-level members of the JSON object in `bytes`, in the order they are written (an empty
    /// list when the text is not an object).
    static func members(_ bytes: UnsafeRawBufferPointer) -> [Member] {
        var members: [Member] = []
        var i = skipSpace(bytes, from: skipByteOrderMark(bytes))
        guard i < bytes.count, bytes[i] == UInt8(ascii: "{") else { return [] }
        i += 1
        while true {
            i = skipSpace(bytes, from: i)
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return members }
            let keyEnd = skipString(bytes, from: i)
            let key = decodeKey(bytes, i..<keyEnd)
            i = skipSpace(bytes, from: keyEnd)
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return members }
            let start = skipSpace(bytes, from: i + 1)
            let end = skipValue(bytes, from: start)
            members.append(Member(key: key, value: start..<end))
            i = skipSpace(bytes, from: end)
            guard i < bytes.count, bytes[i] == UInt8(ascii: ",") else { return members }
            i += 1
        }
    }

    /// The byte ranges of the top-level elements of the JSON array in `bytes` (an empty list when the
    /// text is not an array).
    static func elements(_ bytes: UnsafeRawBufferPointer) -> [Range<Int>] {
        var elements: [Range<Int>] = []
        var i = skipSpace(bytes, from: skipByteOrderMark(bytes))
        guard i < bytes.count, bytes[i] == UInt8(ascii: "[") else { return [] }
        i += 1
        while true {
            let start = skipSpace(bytes, from: i)
            guard start < bytes.count, bytes[start] != UInt8(ascii: "]") else { return elements }
            let end = skipValue(bytes, from: start)
            elements.append(start..<end)
            i = skipSpace(bytes, from: end)
            guard i < bytes.count, bytes[i] == UInt8(ascii: ",") else { return elements }
            i += 1
        }
    }

    /// The JSON text of `bytes[range]` without the white space between tokens: the value as it came
    /// (key order, number spelling, escapes), on one line.
    static func compact(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                let end = skipString(bytes, from: i)
                out.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[i..<end]))
                i = end
            } else {
                if !isSpace(b) { out.append(b) }
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: Scanning

    @inline(__always) private static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09
    }

    private static func skipByteOrderMark(_ bytes: UnsafeRawBufferPointer) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    private static func skipSpace(_ bytes: UnsafeRawBufferPointer, from start: Int) -> Int {
        var i = start
        while i < bytes.count && isSpace(bytes[i]) { i += 1 }
        return i
    }

    /// The end of the string whose opening quote is at `start` (just past its closing quote).
    private static func skipString(_ bytes: UnsafeRawBufferPointer, from start: Int) -> Int {
        var i = start + 1
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "\\"): i += 2
            case UInt8(ascii: "\""): return i + 1
            default: i += 1
            }
        }
        return bytes.count
    }

    /// The end of the value starting at `start`: a string, an object or array (brackets counted,
    /// strings skipped whole), or a number, `true`, `false` or `null`.
    private static func skipValue(_ bytes: UnsafeRawBufferPointer, from start: Int) -> Int {
        guard start < bytes.count else { return start }
        switch bytes[start] {
        case UInt8(ascii: "\""):
            return skipString(bytes, from: start)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            var i = start
            while i < bytes.count {
                switch bytes[i] {
                case UInt8(ascii: "\""):
                    i = skipString(bytes, from: i)
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return i + 1 }
                default:
                    break
                }
                i += 1
            }
            return bytes.count
        default:
            var i = start
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: ",") || b == UInt8(ascii: "}") || b == UInt8(ascii: "]") || isSpace(b) { break }
                i += 1
            }
            return i
        }
    }

    /// The key whose quoted text is `bytes[range]`: read as it is when it holds no escape (nearly
    /// every key), else decoded by `JSONSerialization`, as the parsed object's keys were.
    private static func decodeKey(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> String {
        let quoted = UnsafeRawBufferPointer(rebasing: bytes[range])
        let inner = UnsafeRawBufferPointer(rebasing: quoted[1..<max(1, quoted.count - 1)])
        guard inner.contains(UInt8(ascii: "\\")) else { return String(decoding: inner, as: UTF8.self) }
        return (try? JSONSerialization.jsonObject(with: Data(quoted), options: .fragmentsAllowed)) as? String
            ?? String(decoding: inner, as: UTF8.self)
    }
}
