/// The output schema (README.md): one JSON object per document, offsets in Unicode scalars.
public enum AnalysisJSON {
    /// One line of JSON for `analysis` (keys in a fixed order, numbers rounded to 3 places).
    public static func encode(_ analysis: DocumentAnalysis) -> String {
        encode(analysis, offsets: analysis.text.makeScalarOffsets())
    }

    /// ``encode(_:)`` with the document's scalar offsets already built (a caller that needs them too).
    static func encode(_ analysis: DocumentAnalysis, offsets: ScalarOffsets) -> String {
        String(decoding: utf8(analysis, offsets: offsets), as: UTF8.self)
    }

    /// ``encode(_:)`` as UTF-8 bytes, for a caller that writes bytes: no `String` is made, so its UTF-8
    /// check and copy are saved.
    public static func utf8(_ analysis: DocumentAnalysis) -> [UInt8] {
        utf8(analysis, offsets: analysis.text.makeScalarOffsets())
    }

    /// ``encode(_:offsets:)`` as UTF-8 bytes (what a batch run writes to quotes.jsonl).
    static func utf8(_ analysis: DocumentAnalysis, offsets: ScalarOffsets) -> [UInt8] {
        var w = JSONWriter()
        let text = analysis.text
        func span(_ r: TextRange) {
            w.beginObject()
            let (s, e) = offsets.scalars(r)
            w.field("start", s); w.field("end", e)
            w.key("text"); text.writeJSONString(r, to: &w)
            w.endObject()
        }
        let d = analysis.document
        w.beginObject()
        w.field("id", d.id)
        w.field("source", d.source)
        if let date = d.date { w.field("date", date) }
        if let title = d.title { w.field("title", title) }
        if let url = d.url { w.field("url", url) }
        if !d.fields.isEmpty {
            w.key("fields"); w.beginObject()
            for key in d.fields.keys.sorted() { w.key(key); w.raw(d.fields[key]!) }
            w.endObject()
        }
        w.key("quotes"); w.beginArray()
        for (n, q) in analysis.quotes.enumerated() {
            w.beginObject()
            w.field("id", "q\(n + 1)")
            let (s, e) = offsets.scalars(q.range)
            w.key("text")
            if q.pieces.count == 1 { text.writeJSONString(q.pieces[0], to: &w) } else { w.string(q.pieces.map { text.string($0) }.joined(separator: " ")) }
            w.field("start", s); w.field("end", e)
            w.key("pieces"); w.beginArray()
            for p in q.pieces {
                w.beginObject()
                let (ps, pe) = offsets.scalars(p)
                w.field("start", ps); w.field("end", pe)
                w.endObject()
            }
            w.endArray()
            w.field("kind", q.kind.rawValue)
            if let within = q.within { w.field("within", "q\(within + 1)") }
            if let reason = q.mentionReason { w.field("mention_reason", reason) }
            w.key("speaker")
            if let sp = q.speaker {
                w.beginObject()
                w.field("name", sp.name)
                if let id = sp.id { w.field("id", id) }
                w.key("mention")
                if let m = sp.mention { span(m) } else { w.null() }
                w.field("method", sp.method)
                w.field("confidence", sp.confidence)
                w.endObject()
            } else {
                w.null()
            }
            w.key("cue")
            if let c = q.cue { span(c) } else { w.null() }
            if let v = q.cueVerb { w.field("cue_class", v.verbClass) }
            w.field("confidence", q.confidence)
            if let sentiment = q.sentiment {
                w.key("sentiment")
                sentiment.writeJSON(to: &w, text: text, offsets: offsets)
            }
            if let stance = q.stance {
                w.key("stance")
                stance.writeJSON(to: &w, text: text, offsets: offsets)
            }
            if !q.nested.isEmpty {
                w.key("nested"); w.beginArray()
                for r in q.nested { span(r) }
                w.endArray()
            }
            w.endObject()
        }
        w.endArray()
        w.key("speakers"); w.beginArray()
        for sp in analysis.speakers {
            w.beginObject()
            w.field("name", sp.name)
            w.field("id", sp.id)
            w.field("kind", sp.kind)
            if let r = sp.role { w.field("role", r) }
            if let o = sp.organisation { w.field("organisation", o) }
            w.field("quotes", sp.quotes)
            w.key("mentions"); w.beginArray()
            for m in sp.mentions { span(m) }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.key("warnings"); w.beginArray(); for m in analysis.warnings { w.string(m) }; w.endArray()
        w.endObject()
        return w.bytes
    }
}
