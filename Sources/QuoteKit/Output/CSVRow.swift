/// Writes CSV rows per RFC 4180: fields separated by commas, rows ended by CRLF, a field quoted when it
/// holds a comma, a quotation mark, CR or LF (or starts or ends with a space, which some readers trim),
/// and quotation marks inside a quoted field doubled. A nil field is empty; text is written as is (no
/// formula escaping: the files are data for analysis tools, and a leading `=` is part of the text).
/// Rows are built as UTF-8 bytes (a batch run writes one per quote; appending to a `String` costs more).
enum CSVRow {
    /// Appends one row of `fields` and its CRLF to `out`.
    static func append(_ fields: [String?], to out: inout String) {
        var bytes: [UInt8] = []
        for (i, field) in fields.enumerated() {
            if i > 0 { bytes.append(0x2C) }
            if let field { appendField(field, to: &bytes) }
        }
        endRow(&bytes)
        out.append(String(decoding: bytes, as: UTF8.self))
    }

    /// Appends one field, quoted when it must be.
    static func appendField(_ field: String, to out: inout String) {
        var bytes: [UInt8] = []
        appendField(field, to: &bytes)
        out.append(String(decoding: bytes, as: UTF8.self))
    }

    /// Appends one field as UTF-8, quoted when it must be.
    static func appendField(_ field: String, to out: inout [UInt8]) {
        var field = field
        field.withUTF8 { appendField(utf8: $0, to: &out) }
    }

    /// Appends the UTF-8 bytes `u` as one field, quoted when they must be. Bytes, not Characters: a
    /// quotation mark followed by a combining mark is one Character, and it must still be doubled.
    static func appendField(utf8 u: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var needsQuotes = u.first == 0x20 || u.last == 0x20
        for b in u where b == 0x2C || b == 0x22 || b == 0x0D || b == 0x0A {
            needsQuotes = true
            break
        }
        guard needsQuotes else { out.append(contentsOf: u); return }
        out.append(0x22)
        for b in u {
            out.append(b)
            if b == 0x22 { out.append(0x22) }
        }
        out.append(0x22)
    }

    /// Appends ``number(_:)`` of `x` (nothing when it is nil), without making a `String`.
    static func appendNumber(_ x: Double?, to out: inout [UInt8]) {
        guard let x, x.isFinite else { return }
        JSONWriter.appendNumber(x, places: 3, to: &out)
    }

    /// Ends a row: CRLF.
    static func endRow(_ out: inout [UInt8]) {
        out.append(0x0D)
        out.append(0x0A)
    }

    /// A number as the JSON output writes it (``JSONWriter/number(_:places:)``: rounded to 3 places,
    /// integral values without a fraction), or nil.
    static func number(_ x: Double?) -> String? {
        guard let x else { return nil }
        guard x.isFinite else { return nil }
        let r = (x * 1000).rounded() / 1000
        return r == r.rounded() && abs(r) < 1e15 ? String(Int(r)) : String(r)
    }
}
