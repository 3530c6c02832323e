/// Writes CSV rows per RFC 4180: fields separated by commas, rows ended by CRLF, a field quoted when it
/// holds a comma, a quotation mark, CR or LF (or starts or ends with a space, which some readers trim),
/// and quotation marks inside a quoted field doubled. A nil field is empty; text is written as is (no
/// formula escaping: the files are data for analysis tools, and a leading `=` is part of the text).
enum CSVRow {
    /// Appends one row of `fields` and its CRLF to `out`.
    static func append(_ fields: [String?], to out: inout String) {
        for (i, field) in fields.enumerated() {
            if i > 0 { out.append(",") }
            if let field { appendField(field, to: &out) }
        }
        out.append("\r\n")
    }

    /// Appends one field, quoted when it must be.
    static func appendField(_ field: String, to out: inout String) {
        var needsQuotes = false
        for b in field.utf8 where b == 0x2C || b == 0x22 || b == 0x0D || b == 0x0A {
            needsQuotes = true
            break
        }
        if let first = field.utf8.first, first == 0x20 { needsQuotes = true }
        if let last = field.utf8.last, last == 0x20 { needsQuotes = true }
        guard needsQuotes else { out.append(field); return }
        // Bytes, not Characters: a quotation mark followed by a combining mark is one Character, and
        // it must still be doubled.
        var bytes: [UInt8] = [0x22]
        bytes.reserveCapacity(field.utf8.count + 8)
        for b in field.utf8 {
            bytes.append(b)
            if b == 0x22 { bytes.append(0x22) }
        }
        bytes.append(0x22)
        out.append(String(decoding: bytes, as: UTF8.self))
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
