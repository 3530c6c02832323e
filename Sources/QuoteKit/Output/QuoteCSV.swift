/// The columns of `quotes.csv`: one row per quote, in input order. Offsets are Unicode scalars into the
/// document text; numbers are rounded to 3 places as in the JSON output. Sentiment and stance columns
/// stay empty for a quote that carries no score.
enum QuoteCSV {
    /// The header row's column names.
    static let columns = [
        "document_id", "date", "source", "quote_id", "kind", "speaker", "speaker_id", "speaker_method",
        "speaker_confidence", "mention", "cue", "cue_class", "text", "start", "end", "confidence",
        "sentiment_compound", "sentiment_pos", "sentiment_neg", "sentiment_neu", "sentiment_evidence",
        "stance_target", "stance_score", "stance_label", "stance_evidence", "within",
    ]

    /// The header row, CRLF-terminated.
    static var header: String {
        var out = ""
        CSVRow.append(columns, to: &out)
        return out
    }

    /// Appends the row of `quote` in the document `record`, as UTF-8 (the fields in ``columns`` order,
    /// written one by one: no array of fields, no `String` per number).
    static func append(_ q: BatchQuote, of record: BatchRecord, to out: inout [UInt8]) {
        var first = true
        func next() {
            if !first { out.append(0x2C) }
            first = false
        }
        func text(_ s: String?) { next(); if let s { CSVRow.appendField(s, to: &out) } }
        func number(_ x: Double?) { next(); CSVRow.appendNumber(x, to: &out) }
        func evidence(_ items: [BatchEvidence]?) {
            next()
            guard let items else { return }
            var field: [UInt8] = []
            appendEvidence(items, to: &field)
            field.withUnsafeBufferPointer { CSVRow.appendField(utf8: $0, to: &out) }
        }
        text(record.id); text(record.date); text(record.source); text(q.quoteID); text(q.kind)
        text(q.speaker); text(q.speakerID); text(q.method); number(q.speakerConfidence)
        text(q.mention?.text); text(q.cue?.text); text(q.cueClass); text(q.text)
        next(); JSONWriter.appendDigits(q.start, to: &out)
        next(); JSONWriter.appendDigits(q.end, to: &out)
        number(q.confidence)
        number(q.sentiment?.compound); number(q.sentiment?.pos); number(q.sentiment?.neg); number(q.sentiment?.neu)
        evidence(q.sentiment?.evidence)
        text(q.stance?.target); number(q.stance?.score); text(q.stance?.label); evidence(q.stance?.evidence)
        text(q.within)
        CSVRow.endRow(&out)
    }

    /// Appends evidence as `words +weight` items joined by `; ` ("not bad +0.7; crisis -2.1"), unquoted:
    /// the caller writes them as one field.
    static func appendEvidence(_ items: [BatchEvidence], to out: inout [UInt8]) {
        for (i, e) in items.enumerated() {
            if i > 0 { out.append(0x3B); out.append(0x20) }
            out.append(contentsOf: e.span.text.utf8)
            out.append(0x20)
            if e.weight >= 0 { out.append(0x2B) }
            // A weight that is not a number reads 0 (the column has no empty items).
            if e.weight.isFinite { CSVRow.appendNumber(e.weight, to: &out) } else { out.append(0x30) }
        }
    }
}
