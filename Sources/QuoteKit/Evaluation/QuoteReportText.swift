import Foundation

extension QuoteEvaluationReport {
    /// The report as a readable table for a terminal, then the listed errors; figures as in ``json(errors:)``.
    public func text() -> String {
        func f(_ x: Double) -> String { String(format: "%.4f", x) }
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
        func left(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }
        var lines: [String] = []
        lines.append(pad("documents", 18) + "\(documents) (\(documentsWithoutPrediction) without a prediction)")
        let d = detection
        lines.append(pad("detection", 18) + "gold \(gold)  predicted \(predicted)  matched \(matched)  P \(f(d.precision))  R \(f(d.recall))  F1 \(f(d.f1))")
        lines.append(pad("  by kind", 18) + ["gold", "found", "recall", "pred", "right", "precision", "F1"].map { left($0, 10) }.joined())
        for k in familyOrder {
            let fam = family[k]!
            let p = fam.predicted > 0 ? Double(fam.predictedMatched) / Double(fam.predicted) : 0
            let r = fam.gold > 0 ? Double(fam.goldMatched) / Double(fam.gold) : 0
            let f1 = p + r > 0 ? 2 * p * r / (p + r) : 0
            let name = k == "partial" && goldByKind["mixed"] != nil ? "partial/mixed" : k
            lines.append(pad("  " + name, 18) + [String(fam.gold), String(fam.goldMatched), f(r), String(fam.predicted),
                                                  String(fam.predictedMatched), f(p), f(f1)].map { left($0, 10) }.joined())
        }
        if kindAgreement.n > 0 {
            lines.append(pad("kind agreement", 18) + "\(f(Double(kindAgreement.right) / Double(kindAgreement.n))) of matched statements (gold mixed = partial)")
        }
        let groups = speakerGroupOrder.compactMap { g -> String? in
            guard let t = speakerGroups[g], t.n > 0 else { return nil }
            return "\(g) \(f(Double(t.right) / Double(t.n))) (\(t.right)/\(t.n))"
        }
        lines.append(pad("speaker accuracy", 18) + (groups.isEmpty ? "no matched statement has a gold speaker" : groups.joined(separator: "  ")))
        let e = endToEnd
        lines.append(pad("end to end", 18) + "P \(f(e.precision))  R \(f(e.recall))  F1 \(f(e.f1))  (found and attributed right)")
        if stance.n > 0 {
            lines.append(pad("stance accuracy", 18) + "\(f(Double(stance.right) / Double(stance.n))) (\(stance.right)/\(stance.n))")
        }
        lines.append(pad("errors", 18) + EvaluationErrorCase.Kind.allCases.map { "\($0.rawValue) \(errorTotals[$0] ?? 0)" }.joined(separator: "  "))
        for kind in EvaluationErrorCase.Kind.allCases {
            let list = errors.filter { $0.kind == kind }
            guard !list.isEmpty else { continue }
            lines.append("")
            lines.append("\(kind.rawValue) (\(list.count) of \(errorTotals[kind] ?? 0)):")
            for c in list {
                lines.append("  \(c.document) \(c.start)..<\(c.end)")
                lines.append("    \(c.context)")
                lines.append("    expected: \(c.expected ?? "nothing")")
                lines.append("    produced: \(c.produced ?? "nothing")")
            }
        }
        return lines.joined(separator: "\n")
    }
}
