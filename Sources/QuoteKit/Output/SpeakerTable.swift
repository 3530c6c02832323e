import Foundation

/// Per-speaker aggregates as a readable table or JSON lines.
public enum SpeakerTable {
    /// "0.42 [0.11, 0.73]" or "0.42" for a single value.
    static func interval(_ a: SpeakerAggregator.Accumulator) -> String {
        guard a.count > 0 else { return "" }
        let m = String(format: "%+.2f", a.mean)
        guard let i = a.interval else { return m }
        return m + String(format: " [%+.2f, %+.2f]", i.low, i.high)
    }

    /// The table: one line per speaker (and per month with `byMonth`).
    public static func render(_ speakers: [SpeakerAggregator.Speaker], byMonth: Bool) -> String {
        let targets = Array(Set(speakers.flatMap { $0.overall.stance.keys })).sorted()
        var rows: [[String]] = [["speaker", "period", "quotes", "docs", "sentiment"] + targets.map { "stance:" + $0 }]
        func row(_ s: SpeakerAggregator.Speaker, _ period: String, _ f: SpeakerAggregator.Figures, docs: String) -> [String] {
            [s.name, period, String(f.quotes), docs, interval(f.sentiment)] + targets.map { f.stance[$0].map(interval) ?? "" }
        }
        for s in speakers {
            rows.append(row(s, "all", s.overall, docs: String(s.documents)))
            if byMonth {
                for p in s.byPeriod.keys.sorted() { rows.append(row(s, p, s.byPeriod[p]!, docs: "")) }
            }
        }
        var widths = [Int](repeating: 0, count: rows[0].count)
        for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(c)) } }
        return rows.map { r in r.enumerated().map { DisplayWidth.padded($1, to: widths[$0]) }.joined(separator: "  ") }
            .joined(separator: "\n")
    }

    /// One JSON object per speaker: counts, sentiment and stance means with intervals, by month.
    public static func jsonLines(_ speakers: [SpeakerAggregator.Speaker]) -> String {
        func figures(_ w: inout JSONWriter, _ f: SpeakerAggregator.Figures) {
            w.field("quotes", f.quotes)
            w.key("sentiment"); accumulator(&w, f.sentiment)
            w.key("stance"); w.beginObject()
            for t in f.stance.keys.sorted() {
                w.key(t); w.beginObject()
                w.key("score"); accumulator(&w, f.stance[t]!)
                for (label, n) in (f.labels[t] ?? [:]).sorted(by: { $0.key.rawValue < $1.key.rawValue }) { w.field(label.rawValue, n) }
                w.endObject()
            }
            w.endObject()
        }
        func accumulator(_ w: inout JSONWriter, _ a: SpeakerAggregator.Accumulator) {
            w.beginObject()
            w.field("n", a.count)
            w.field("mean", a.mean)
            if let i = a.interval { w.key("ci95"); w.beginArray(); w.number(i.low); w.number(i.high); w.endArray() }
            w.endObject()
        }
        return speakers.map { s in
            var w = JSONWriter()
            w.beginObject()
            w.field("speaker", s.name)
            w.field("key", s.key)
            w.field("kind", s.kind)
            w.field("documents", s.documents)
            w.field("first_date", s.firstDate)
            w.field("last_date", s.lastDate)
            figures(&w, s.overall)
            w.key("by_month"); w.beginObject()
            for p in s.byPeriod.keys.sorted() { w.key(p); w.beginObject(); figures(&w, s.byPeriod[p]!); w.endObject() }
            w.endObject()
            w.endObject()
            return w.output
        }.joined(separator: "\n")
    }
}
