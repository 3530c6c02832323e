/// The columns of `quotes.csv`: one row per quote, in input order. Offsets are Unicode scalars into the
/// document text; numbers are rounded to 3 places as in the JSON output. Sentiment and stance columns
/// stay empty for a quote that carries no score.
enum QuoteCSV {
    /// The header row's column names.
    static let columns = [
        "document_id", "date", "source", "quote_id", "kind", "speaker", "speaker_id", "speaker_method",
        "speaker_confidence", "mention", "cue", "cue_class", "text", "start", "end", "confidence",
        "sentiment_compound", "sentiment_pos", "sentiment_neg", "sentiment_neu", "sentiment_evidence",
        "stance_target", "stance_score", "stance_label", "stance_evidence",
    ]

    /// The header row, CRLF-terminated.
    static var header: String {
        var out = ""
        CSVRow.append(columns, to: &out)
        return out
    }

    /// Appends the row of `quote` in the document `record`.
    static func append(_ q: BatchQuote, of record: BatchRecord, to out: inout String) {
        CSVRow.append([
            record.id, record.date, record.source, q.quoteID, q.kind, q.speaker, q.speakerID, q.method,
            CSVRow.number(q.speakerConfidence), q.mention?.text, q.cue?.text, q.cueClass, q.text,
            String(q.start), String(q.end), CSVRow.number(q.confidence),
            CSVRow.number(q.sentiment?.compound), CSVRow.number(q.sentiment?.pos), CSVRow.number(q.sentiment?.neg),
            CSVRow.number(q.sentiment?.neu), q.sentiment.map { evidence($0.evidence) },
            q.stance?.target, CSVRow.number(q.stance?.score), q.stance?.label, q.stance.map { evidence($0.evidence) },
        ], to: &out)
    }

    /// Evidence as `words +weight` items joined by `; ` ("not bad +0.7; crisis -2.1").
    static func evidence(_ items: [BatchEvidence]) -> String {
        items.map { e in
            let w = CSVRow.number(e.weight) ?? "0"
            return e.span.text + " " + (e.weight >= 0 ? "+" : "") + w
        }.joined(separator: "; ")
    }
}
