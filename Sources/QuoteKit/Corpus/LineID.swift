import Foundation

/// The document id of a JSONL line that did not yield a document, when it can be told: the `id` field
/// of a line that parses, else a best-effort look for `"id": "..."` or `"id": 123` in the raw bytes
/// (a malformed line may still name its article). Used so that every output line or manifest entry of
/// a failed line carries the id when there is one.
enum LineID {
    /// The id, or nil.
    static func find(in line: [UInt8]) -> String? {
        if let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] {
            switch object["id"] {
            case let s as String: return s
            case let n as NSNumber: return n.stringValue
            default: return nil
            }
        }
        return scan(line)
    }

    /// `"id"`, optional spaces, `:`, optional spaces, then a JSON string (escapes kept as written,
    /// except `\"` and `\\`) or a run of digits.
    static func scan(_ b: [UInt8]) -> String? {
        let key: [UInt8] = Array("\"id\"".utf8)
        var i = 0
        while i + key.count <= b.count {
            guard b[i] == key[0], Array(b[i..<(i + key.count)]) == key else { i += 1; continue }
            var j = i + key.count
            while j < b.count && (b[j] == 0x20 || b[j] == 0x09) { j += 1 }
            guard j < b.count, b[j] == UInt8(ascii: ":") else { i += 1; continue }
            j += 1
            while j < b.count && (b[j] == 0x20 || b[j] == 0x09) { j += 1 }
            guard j < b.count else { return nil }
            if b[j] == 0x22 {
                var out: [UInt8] = []
                var k = j + 1
                while k < b.count && b[k] != 0x22 {
                    if b[k] == 0x5C && k + 1 < b.count && (b[k + 1] == 0x22 || b[k + 1] == 0x5C) { k += 1 }
                    out.append(b[k])
                    k += 1
                }
                guard k < b.count else { return nil }
                return String(validating: out, as: UTF8.self)
            }
            var k = j
            while k < b.count && (0x30...0x39).contains(b[k]) { k += 1 }
            return k > j ? String(decoding: b[j..<k], as: UTF8.self) : nil
        }
        return nil
    }
}
