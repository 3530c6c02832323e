/// The figures of a quote evaluation (``QuoteEvaluator``), and their JSON form: the keys and values of
/// `../shared/eval/score_quotes.py --json` (figures rounded to 4 places), followed by QuoteKit's additions
/// (`by_kind`, `kind_agreement`, `error_counts`, and the listed errors).
public struct QuoteEvaluationReport: Sendable {
    /// Detection counts of one kind family (gold `mixed` and predicted `partial` are one family).
    struct Family: Sendable {
        var gold = 0
        var goldMatched = 0
        var predicted = 0
        var predictedMatched = 0
    }

    /// Gold documents scored.
    public internal(set) var documents = 0
    /// Gold documents the prediction file has no line for.
    public internal(set) var documentsWithoutPrediction = 0
    /// Gold statements.
    public internal(set) var gold = 0
    /// Predictions counted for precision (a partial quote inside a predicted indirect quote counts with it).
    public internal(set) var predicted = 0
    /// Matched pairs.
    public internal(set) var matched = 0
    var goldByKind: [String: Int] = [:]
    var matchedByKind: [String: Int] = [:]
    var predictedByKind: [String: Int] = [:]
    var family: [String: Family] = [:]
    var speakerGroups: [String: QuoteEvaluator.Tally] = [:]
    /// Speaker groups in a reading order: all, then the gold kinds, then the quote types.
    var speakerGroupOrder: [String] {
        let keys = speakerGroups.keys.filter { $0 != "all" }
        return (speakerGroups["all"] == nil ? [] : ["all"]) + keys.filter { !$0.hasPrefix("type:") }.sorted()
            + keys.filter { $0.hasPrefix("type:") }.sorted()
    }
    var stance = QuoteEvaluator.Tally()
    var kindAgreement = QuoteEvaluator.Tally()
    var errorTotals: [EvaluationErrorCase.Kind: Int] = [:]
    /// The errors kept for the listing, in the order found.
    public internal(set) var errors: [EvaluationErrorCase] = []

    /// Detection precision, recall and F1.
    public var detection: (precision: Double, recall: Double, f1: Double) { Self.prf(matched, predicted, gold) }
    /// Found and attributed right: precision, recall and F1 with right speakers as the true positives.
    public var endToEnd: (precision: Double, recall: Double, f1: Double) {
        Self.prf(speakerGroups["all"]?.right ?? 0, predicted, gold)
    }
    /// Speaker accuracy on matched statements whose gold has a speaker, nil when there are none.
    public var speakerAccuracy: Double? {
        guard let t = speakerGroups["all"], t.n > 0 else { return nil }
        return Double(t.right) / Double(t.n)
    }

    /// Gold `mixed` is the family of predicted `partial`; other kinds are their own family.
    static func family(ofGold kind: String) -> String { kind == "mixed" ? "partial" : kind }

    /// `prf` in the reference scorer.
    static func prf(_ tp: Int, _ nPred: Int, _ nGold: Int) -> (precision: Double, recall: Double, f1: Double) {
        let p = nPred > 0 ? Double(tp) / Double(nPred) : 0
        let r = nGold > 0 ? Double(tp) / Double(nGold) : 0
        return (p, r, p + r > 0 ? 2 * p * r / (p + r) : 0)
    }

    /// The report as JSON; `errors` adds the listing (only when some were kept).
    public func json(errors withErrors: Bool = true) -> EvaluationJSON {
        let r = EvaluationJSON.rounded
        var out: [(String, EvaluationJSON)] = [
            ("documents", .int(documents)),
            ("documents_without_prediction", .int(documentsWithoutPrediction)),
        ]
        let d = detection
        out.append(("all", .object([("gold", .int(gold)), ("pred", .int(predicted)), ("matched", .int(matched)),
                                    ("precision", r(d.precision)), ("recall", r(d.recall)), ("f1", r(d.f1))])))
        for k in ["direct", "mixed", "partial", "indirect"] {
            if let n = goldByKind[k], n > 0 { out.append(("recall:" + k, r(Double(matchedByKind[k] ?? 0) / Double(n)))) }
        }
        for k in predictedByKind.keys.sorted() { out.append(("pred:" + k, .int(predictedByKind[k]!))) }
        out.append(("speaker_accuracy", .object(speakerGroupOrder.compactMap { g in
            guard let t = speakerGroups[g], t.n > 0 else { return nil }
            return (g, r(Double(t.right) / Double(t.n)))
        })))
        let e = endToEnd
        out.append(("end_to_end", .object([("precision", r(e.precision)), ("recall", r(e.recall)), ("f1", r(e.f1))])))
        if stance.n > 0 {
            out.append(("stance_accuracy", r(Double(stance.right) / Double(stance.n))))
            out.append(("stance_scored", .int(stance.n)))
        }
        if withErrors {
            let speakerErrors = errors.filter { $0.kind == .speaker }
            if !speakerErrors.isEmpty {
                out.append(("speaker_errors", .array(speakerErrors.map { e in
                    .object([("doc", .string(e.document)), ("quote", .string(e.quote)),
                             ("gold", e.referenceGold.map(EvaluationJSON.string) ?? .null),
                             ("pred", e.predictedName.map(EvaluationJSON.string) ?? .null),
                             ("start", .int(e.start)), ("end", .int(e.end)),
                             ("expected", e.expected.map(EvaluationJSON.string) ?? .null),
                             ("produced", e.produced.map(EvaluationJSON.string) ?? .null),
                             ("context", .string(e.context))])
                })))
            }
        }
        // QuoteKit's additions.
        out.append(("by_kind", .object(familyOrder.map { k in
            let f = family[k]!
            let p = f.predicted > 0 ? Double(f.predictedMatched) / Double(f.predicted) : 0
            let rc = f.gold > 0 ? Double(f.goldMatched) / Double(f.gold) : 0
            return (k, .object([("gold", .int(f.gold)), ("gold_matched", .int(f.goldMatched)),
                                ("pred", .int(f.predicted)), ("pred_matched", .int(f.predictedMatched)),
                                ("precision", r(p)), ("recall", r(rc)), ("f1", r(p + rc > 0 ? 2 * p * rc / (p + rc) : 0))]))
        })))
        if kindAgreement.n > 0 { out.append(("kind_agreement", r(Double(kindAgreement.right) / Double(kindAgreement.n)))) }
        out.append(("error_counts", .object(EvaluationErrorCase.Kind.allCases.map { ($0.rawValue, .int(errorTotals[$0] ?? 0)) })))
        if withErrors {
            for kind in [EvaluationErrorCase.Kind.missed, .spurious, .stance] {
                let list = errors.filter { $0.kind == kind }
                guard !list.isEmpty else { continue }
                out.append((kind == .stance ? "stance_errors" : kind.rawValue, .array(list.map { e in
                    .object([("doc", .string(e.document)), ("start", .int(e.start)), ("end", .int(e.end)),
                             ("quote", .string(e.quote)), ("expected", e.expected.map(EvaluationJSON.string) ?? .null),
                             ("produced", e.produced.map(EvaluationJSON.string) ?? .null), ("context", .string(e.context))])
                })))
            }
        }
        return .object(out)
    }

    /// Kind families in a reading order: the three statement kinds first, then any others by name.
    var familyOrder: [String] {
        let main = ["direct", "partial", "indirect"]
        return main.filter { family[$0] != nil } + family.keys.filter { !main.contains($0) }.sorted()
    }
}
