/// The `tokenize` command's JSONL: one object a document with its tokens (whitespace left out),
/// sentences and paragraphs, all offsets in Unicode scalars.
public enum TokenJSON {
    /// One line of JSON for `text`.
    public static func encode(_ text: AnalyzedText, id: String) -> String {
        var w = JSONWriter()
        let o = text.makeScalarOffsets()
        w.beginObject()
        w.field("id", id)
        w.key("tokens"); w.beginArray()
        for (i, t) in text.tokens.enumerated() where t.kind != .whitespace {
            w.beginObject()
            w.field("i", i)
            let (s, e) = o.scalars(t.range)
            w.field("start", s); w.field("end", e)
            w.field("text", text.string(token: i))
            w.field("kind", t.kind.description)
            w.field("norm", text.normalized(token: i))
            if let q = t.quote { w.field("quote", q.description) }
            w.endObject()
        }
        w.endArray()
        for (name, ranges) in [("sentences", text.sentences), ("paragraphs", text.paragraphs)] {
            w.key(name); w.beginArray()
            for r in ranges {
                w.beginObject()
                let (s, e) = o.scalars(r)
                w.field("start", s); w.field("end", e)
                w.endObject()
            }
            w.endArray()
        }
        w.key("warnings"); w.beginArray(); for m in text.warnings { w.string(m) }; w.endArray()
        w.endObject()
        return w.output
    }
}
