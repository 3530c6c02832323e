import Foundation
import CICU

/// Unicode normalisation through ICU, plus the key form used for every lexicon look-up.
public enum Normalizer {
    /// A Unicode normalisation form.
    public enum Form: Int32, Sendable { case nfc = 0, nfkc = 1, nfkcCasefold = 2, casefold = 3 }

    /// `text` in normalisation form `form`.
    public static func normalize(_ text: String, _ form: Form) -> String {
        var utf8 = Array(text.utf8)
        var out: [UInt8] = []
        utf8.withUnsafeMutableBufferPointer { src in
            out = normalizeBytes(UnsafeBufferPointer(src), form)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The key form of `text`: NFKC, case-folded, curly apostrophes (’ ‘) as `'`, runs of white space as
    /// one space, trimmed. Lexicon keys must be written in this form.
    public static func key(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendKeyForm(of: Array(text.utf8)[...], to: &bytes)
        // Fold white space runs and trim.
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        for b in bytes {
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `key` with diacritics removed ("šefčovič" → "sefcovic"), for names matched diacritic-insensitively.
    public static func foldDiacritics(_ key: String) -> String {
        guard key.utf8.contains(where: { $0 >= 0x80 }) else { return key }
        return key.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }

    /// Appends the key form of one token's bytes to `out`. ASCII takes a fast path (lower-casing);
    /// anything else goes through ICU's NFKC_Casefold.
    static func appendKeyForm(of bytes: ArraySlice<UInt8>, to out: inout [UInt8]) {
        var ascii = true
        for b in bytes where b >= 0x80 { ascii = false; break }
        if ascii {
            for b in bytes { out.append(b &- 0x41 < 26 ? b | 0x20 : b) }
            return
        }
        let folded = bytes.withUnsafeBufferPointer { normalizeBytes($0, .nfkcCasefold) }
        appendFoldingApostrophes(folded, to: &out)
    }

    /// Same as ``appendKeyForm(of:to:)`` for raw memory (the tokenizer's hot path).
    @inline(__always)
    static func appendKeyForm(_ p: UnsafePointer<UInt8>, _ count: Int, to out: inout [UInt8], hash: inout UInt64) {
        var ascii = true
        for i in 0..<count where p[i] >= 0x80 { ascii = false; break }
        if ascii {
            for i in 0..<count {
                let b = p[i]
                let l = b &- 0x41 < 26 ? b | 0x20 : b
                out.append(l)
                hash = KeyHash.add(l, to: hash)
            }
            return
        }
        let folded = normalizeBytes(UnsafeBufferPointer(start: p, count: count), .nfkcCasefold)
        let before = out.count
        appendFoldingApostrophes(folded, to: &out)
        for i in before..<out.count { hash = KeyHash.add(out[i], to: hash) }
    }

    private static func appendFoldingApostrophes(_ folded: [UInt8], to out: inout [UInt8]) {
        var i = 0
        while i < folded.count {
            // U+2018 / U+2019 are E2 80 98 / E2 80 99 in UTF-8.
            if folded[i] == 0xE2, i + 2 < folded.count, folded[i + 1] == 0x80,
               folded[i + 2] == 0x98 || folded[i + 2] == 0x99 {
                out.append(0x27)
                i += 3
            } else {
                out.append(folded[i])
                i += 1
            }
        }
    }

    static func normalizeBytes(_ src: UnsafeBufferPointer<UInt8>, _ form: Form) -> [UInt8] {
        guard let base = src.baseAddress, src.count > 0 else { return [] }
        var capacity = max(16, src.count * 3)
        while true {
            var out = [UInt8](repeating: 0, count: capacity)
            let n = out.withUnsafeMutableBufferPointer {
                qk_normalize_utf8(form.rawValue, base, Int32(src.count), $0.baseAddress, Int32(capacity))
            }
            if n < 0 { return Array(src) }
            if Int(n) <= capacity {
                out.removeLast(capacity - Int(n))
                return out
            }
            capacity = Int(n)
        }
    }
}
