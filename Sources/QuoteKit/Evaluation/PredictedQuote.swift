import Foundation

/// One predicted quote as `../shared/eval/score_quotes.py` reads it from a prediction line (the output
/// schema of `quotekit extract`; other fields are ignored). Offsets are Unicode scalars, untrimmed.
struct PredictedQuote: Sendable {
    /// The whole span, first piece to last, as given.
    var start: Int
    var end: Int
    /// direct, partial or indirect (anything else is counted under its own name; absent is `?`).
    var kind: String
    /// The pieces of a statement in several pieces, as given.
    var pieces: [ScalarSpan]
    /// The speaker's resolved name, nil when there is no speaker or no name.
    var speakerName: String?
    /// The span that names the speaker next to the cue.
    var mention: ScalarSpan?
    /// The stance as -1, 0 or +1 (`pred_stance`): favour labels +1, against labels -1, other labels 0; with
    /// no label, the sign of the score; no stance is 0.
    var stance: Int

    /// Reads one element of a prediction's `quotes` array.
    init(json q: [String: Any], number n: Int) throws(EvaluationInputError) {
        guard let start = JSONField.int(q["start"]), let end = JSONField.int(q["end"]) else {
            throw EvaluationInputError("quote \(n) has no integer \"start\" and \"end\"")
        }
        self.start = start
        self.end = end
        kind = q["kind"] as? String ?? "?"
        pieces = (q["pieces"] as? [Any] ?? []).compactMap { value in
            guard let p = value as? [String: Any], let s = JSONField.int(p["start"]), let e = JSONField.int(p["end"]) else { return nil }
            return ScalarSpan(start: s, end: e)
        }
        let speaker = JSONField.nonEmptyObject(q["speaker"])
        speakerName = speaker?["name"] as? String
        if let m = JSONField.nonEmptyObject(speaker?["mention"]), let s = JSONField.int(m["start"]), let e = JSONField.int(m["end"]) {
            mention = ScalarSpan(start: s, end: e)
        }
        stance = Self.stanceSign(q["stance"])
    }

    /// `pred_stance` in the reference scorer.
    static func stanceSign(_ value: Any?) -> Int {
        var st = value
        if let list = st as? [Any] { st = list.first }
        guard let object = st as? [String: Any] else { return 0 }
        if let label = object["label"] {
            // Python's str() of a non-string label ("None", "1", "[]") is never a favour or against word.
            guard let s = label as? String else { return 0 }
            switch s.lowercased() {
            case "favor", "favour", "for", "support": return 1
            case "against", "oppose": return -1
            case "": break
            default: return 0
            }
        }
        let score = JSONField.number(object["score"]) ?? 0
        return score > 0 ? 1 : score < 0 ? -1 : 0
    }

    /// Offsets outside `0...length`, for a warning (the scorer clamps them).
    func offsetsOutside(_ length: Int) -> Bool {
        let all = [start, end] + pieces.flatMap { [$0.start, $0.end] } + (mention.map { [$0.start, $0.end] } ?? [])
        return all.contains { $0 < 0 || $0 > length }
    }
}
