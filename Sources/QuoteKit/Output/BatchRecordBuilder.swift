/// Builds the ``BatchRecord`` of an analysed document or of an input problem (on a worker thread).
enum BatchRecordBuilder {
    /// The record of `analysis`: a quote without a sentiment or stance score leaves those columns empty.
    /// `report`: whether to render the record's block of the report (false once the report is full).
    static func record(_ analysis: DocumentAnalysis, unit: Int, item: Int, file: String, line: Int,
                       readWarnings: [String], report: Bool = true) -> BatchRecord {
        let d = analysis.document
        let text = analysis.text
        let offsets = text.makeScalarOffsets()
        var r = BatchRecord(unit: unit, item: item, id: d.id, file: file, line: line, status: .processed,
                            title: d.title, date: d.date, source: d.source, url: d.url)
        if !d.fields.isEmpty {
            var w = JSONWriter()
            w.beginObject()
            for key in d.fields.keys.sorted() { w.key(key); w.raw(d.fields[key]!) }
            w.endObject()
            r.fields = w.output
        }
        r.characters = offsets.scalar(text.bytes.count)
        r.readingWarnings = readWarnings
        r.warnings = analysis.warnings
        r.json = AnalysisJSON.utf8(analysis, offsets: offsets)

        func span(_ range: TextRange) -> BatchSpan {
            let (s, e) = offsets.scalars(range)
            return BatchSpan(start: s, end: e, text: text.string(range))
        }
        func evidence(_ items: [ScoreEvidence]) -> [BatchEvidence] {
            items.map { BatchEvidence(span: span($0.range), weight: $0.weight) }
        }

        for (n, q) in analysis.quotes.enumerated() {
            let (s, e) = offsets.scalars(q.range)
            var row = BatchQuote(
                quoteID: "q\(n + 1)", kind: q.kind.rawValue,
                text: q.pieces.count == 1 ? text.string(q.pieces[0]) : q.pieces.map { text.string($0) }.joined(separator: " "),
                start: s, end: e, pieces: q.pieces.map { let (s, e) = offsets.scalars($0); return BatchRange(start: s, end: e) },
                speaker: q.speaker?.name, speakerID: q.speaker?.id, method: q.speaker?.method,
                speakerConfidence: q.speaker?.confidence, mention: q.speaker?.mention.map(span),
                cue: q.cue.map(span), cueClass: q.cueVerb?.verbClass, confidence: q.confidence,
                context: span(context(of: q, in: text)))
            row.piecesJSON = BatchDatabase.pieces(row.pieces)
            row.within = q.within.map { "q\($0 + 1)" }
            row.sentiment = q.sentiment.map {
                let e = evidence($0.evidence)
                return BatchSentiment(compound: $0.compound, pos: $0.pos, neg: $0.neg, neu: $0.neu, evidence: e,
                                      evidenceJSON: BatchDatabase.evidence(e))
            }
            row.stance = q.stance.map {
                let e = evidence($0.evidence)
                return BatchStance(target: $0.target, score: $0.score, label: $0.label.rawValue, evidence: e,
                                   evidenceJSON: BatchDatabase.evidence(e))
            }
            r.quotes.append(row)
        }
        for sp in analysis.speakers {
            r.speakers.append(BatchSpeaker(id: sp.id, name: sp.name, kind: sp.kind, role: sp.role,
                                           organisation: sp.organisation, quotes: sp.quotes))
            for m in sp.mentions { r.mentions.append(BatchMention(speakerID: sp.id, span: span(m))) }
        }
        for q in r.quotes { QuoteCSV.append(q, of: r, to: &r.csv) }
        if report { r.reportHTML = ReportQuotes.html(r) }
        return r
    }

    /// The record of an input that yields no document. `id` is the document id when it can be told.
    static func record(_ problem: InputProblem, unit: Int, item: Int, id: String?) -> BatchRecord {
        BatchRecord(unit: unit, item: item, id: id, file: problem.file, line: problem.line,
                    status: problem.severity == .skipped ? .skipped : .failed, reason: problem.reason)
    }

    /// The sentences that hold the quote, its speaker mention and its cue: from the start of the
    /// sentence holding the earliest of them to the end of the sentence holding the latest (UTF-8).
    static func context(of q: Quote, in text: AnalyzedText) -> TextRange {
        var lo = q.range.start, hi = q.range.end
        for r in [q.cue, q.speaker?.mention].compactMap({ $0 }) {
            lo = min(lo, r.start)
            hi = max(hi, r.end)
        }
        let sentences = text.sentences
        guard !sentences.isEmpty else { return TextRange(lo, hi) }
        // The last sentence starting at or before an offset holds it (or ends just before it).
        func sentence(atOrBefore offset: Int) -> Int {
            var a = 0, b = sentences.count
            while a < b {
                let mid = (a + b) / 2
                if sentences[mid].start <= offset { a = mid + 1 } else { b = mid }
            }
            return max(0, a - 1)
        }
        let first = sentences[sentence(atOrBefore: lo)]
        let last = sentences[sentence(atOrBefore: max(lo, hi - 1))]
        return TextRange(min(first.start, lo), max(last.end, hi))
    }
}
