/// JSON for scores, shared by every output that carries them (`quotekit sentiment --evidence`, quotes):
/// keys in sorted order, scores rounded to 3 places, evidence offsets in Unicode scalars.
extension ScoreEvidence {
    /// Writes `evidence` as `[{"end","start","text","weight"}, ...]` (offsets in Unicode scalars).
    public static func writeJSON(_ evidence: [ScoreEvidence], to json: inout JSONWriter, text: AnalyzedText, offsets: ScalarOffsets) {
        json.beginArray()
        for e in evidence {
            let (start, end) = offsets.scalars(e.range)
            json.beginObject()
            json.field("end", end)
            json.field("start", start)
            json.key("text"); text.writeJSONString(e.range, to: &json)
            json.field("weight", e.weight)
            json.endObject()
        }
        json.endArray()
    }
}

extension SentimentScore {
    /// Writes `{"compound","evidence","neg","neu","pos"}`.
    public func writeJSON(to json: inout JSONWriter, text: AnalyzedText, offsets: ScalarOffsets) {
        json.beginObject()
        json.field("compound", compound)
        json.key("evidence")
        ScoreEvidence.writeJSON(evidence, to: &json, text: text, offsets: offsets)
        json.field("neg", neg)
        json.field("neu", neu)
        json.field("pos", pos)
        json.endObject()
    }
}

extension StanceScore {
    /// Writes `{"evidence","label","score","target"}`.
    public func writeJSON(to json: inout JSONWriter, text: AnalyzedText, offsets: ScalarOffsets) {
        json.beginObject()
        json.key("evidence")
        ScoreEvidence.writeJSON(evidence, to: &json, text: text, offsets: offsets)
        json.field("label", label.rawValue)
        json.field("score", score)
        json.field("target", target)
        json.endObject()
    }
}
