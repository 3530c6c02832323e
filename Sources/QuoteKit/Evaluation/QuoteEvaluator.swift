/// Scores predicted quotes against gold documents, one document at a time, with the counting of
/// `../shared/eval/score_quotes.py`: detection over every gold statement and every counted prediction,
/// recall by gold kind, speaker accuracy on matched statements (overall, by gold kind, by quote type),
/// end-to-end figures (found and attributed right), and stance accuracy where the gold has stances.
public struct QuoteEvaluator: Sendable {
    /// Speaker counts of one group.
    struct Tally: Sendable {
        var n = 0
        var right = 0
    }

    /// The figures so far.
    public private(set) var report = QuoteEvaluationReport()
    /// Problems with predictions that were scored anyway (offsets outside the text, clamped), at most
    /// ``warningLimit``; ``warningCount`` counts them all.
    public private(set) var warnings: [String] = []
    /// How many such problems there were.
    public private(set) var warningCount = 0
    /// Warnings kept: enough to see the pattern, few enough for a terminal.
    static let warningLimit = 20
    /// How many errors of each kind to keep for the listing.
    private let errorLimit: Int

    /// An evaluator that keeps up to `errorLimit` errors of each kind for the listing.
    public init(errorLimit: Int = 0) { self.errorLimit = max(0, errorLimit) }

    /// Scores one gold document against its prediction (nil: the prediction file has no line for it, so
    /// every statement is missed).
    public mutating func add(_ gold: GoldDocument, _ prediction: PredictionDocument?) {
        let text = ScalarText(gold.text)
        let items = gold.items
        let predictions = prediction?.quotes ?? []
        for (n, p) in predictions.enumerated() where p.offsetsOutside(text.count) {
            warningCount += 1
            if warnings.count < Self.warningLimit {
                warnings.append("\(gold.id): predicted quote \(n + 1) has offsets outside the text (\(text.count) Unicode scalars); clamped")
            }
        }
        let spans = predictions.map { text.trim($0.start, $0.end) }
        let units = QuoteMatcher.units(of: predictions, spans: spans, in: text)
        let pairs = QuoteMatcher.match(gold: items.map(\.span), units: units)
        var hits = [Int](repeating: 0, count: predictions.count)
        for pair in pairs { hits[pair.prediction] += 1 }

        report.documents += 1
        if prediction == nil { report.documentsWithoutPrediction += 1 }
        report.gold += items.count
        report.predicted += QuoteMatcher.countedPredictions(kinds: predictions.map(\.kind), spans: spans, hits: hits)
        report.matched += pairs.count
        for g in items {
            report.goldByKind[g.kind, default: 0] += 1
            report.family[QuoteEvaluationReport.family(ofGold: g.kind), default: .init()].gold += 1
        }
        for (j, p) in predictions.enumerated() {
            report.predictedByKind[p.kind, default: 0] += 1
            report.family[p.kind, default: .init()].predicted += 1
            if hits[j] > 0 { report.family[p.kind, default: .init()].predictedMatched += 1 }
        }

        var matchedGold = Set<Int>()
        for (i, j) in pairs {
            let g = items[i], p = predictions[j]
            matchedGold.insert(i)
            report.matchedByKind[g.kind, default: 0] += 1
            report.family[QuoteEvaluationReport.family(ofGold: g.kind), default: .init()].goldMatched += 1
            report.kindAgreement.n += 1
            if QuoteEvaluationReport.family(ofGold: g.kind) == p.kind { report.kindAgreement.right += 1 }
            if let stance = g.stance {
                report.stance.n += 1
                let right = Double(p.stance) == stance
                if right { report.stance.right += 1 }
                if !right { note(.stance, gold, items[i].span, text, expected: Self.stanceLabel(stance), produced: Self.stanceLabel(Double(p.stance))) }
            }
            if let right = SpeakerCheck.isRight(gold: g, prediction: p, text: text, characters: gold.characters) {
                for group in ["all", g.kind, "type:" + g.quoteType] {
                    report.speakerGroups[group, default: Tally()].n += 1
                    if right { report.speakerGroups[group, default: Tally()].right += 1 }
                }
                if !right {
                    var produced = p.speakerName ?? "no speaker"
                    if let m = p.mention { produced += " (mention “\(text.string(m.start, m.end))” at \(m.start))" }
                    note(.speaker, gold, g.span, text, expected: g.expectedSpeaker, produced: produced,
                         referenceGold: g.referenceSpeaker, predictedName: p.speakerName)
                }
            }
        }
        report.errorTotals[.missed, default: 0] += items.count - matchedGold.count

        // Missed statements and unmatched prediction groups, in text order.
        let missed = items.indices.filter { !matchedGold.contains($0) }.sorted { items[$0].span.start < items[$1].span.start }
        for i in missed {
            let g = items[i]
            guard errorCount(.missed) < errorLimit else { break }
            let nearest = spans.indices.max { spans[$0].overlap(g.span) < spans[$1].overlap(g.span) }
            var produced: String? = nil
            if let n = nearest, spans[n].overlap(g.span) > 0 {
                produced = "\(predictions[n].kind) \(spans[n].start)..<\(spans[n].end): “\(Self.excerpt(text, spans[n]))”"
            }
            note(.missed, gold, g.span, text, expected: "\(g.kind), \(g.expectedSpeaker)",
                 produced: produced, countTotal: false)
        }
        for j in unmatchedGroups(predictions, spans, hits) {
            report.errorTotals[.spurious, default: 0] += 1
            guard errorCount(.spurious) < errorLimit else { continue }
            let nearest = items.indices.max { items[$0].span.overlap(spans[j]) < items[$1].span.overlap(spans[j]) }
            var expected: String? = nil
            if let n = nearest, items[n].span.overlap(spans[j]) > 0 {
                expected = "\(items[n].kind) \(items[n].span.start)..<\(items[n].span.end): “\(Self.excerpt(text, items[n].span))”"
            }
            let p = predictions[j]
            note(.spurious, gold, spans[j], text, expected: expected,
                 produced: p.kind + (p.speakerName.map { ", " + $0 } ?? ", no speaker"), countTotal: false)
        }
    }

    /// The prediction groups with no match, each by its first member, in text order.
    private func unmatchedGroups(_ predictions: [PredictedQuote], _ spans: [ScalarSpan], _ hits: [Int]) -> [Int] {
        QuoteMatcher.groupHits(kinds: predictions.map(\.kind), spans: spans, hits: hits).filter { $0.value == 0 }.keys
            .sorted { spans[$0].start < spans[$1].start || (spans[$0].start == spans[$1].start && $0 < $1) }
    }

    private func errorCount(_ kind: EvaluationErrorCase.Kind) -> Int { report.errors.filter { $0.kind == kind }.count }

    private mutating func note(_ kind: EvaluationErrorCase.Kind, _ gold: GoldDocument, _ span: ScalarSpan, _ text: ScalarText,
                               expected: String?, produced: String?, referenceGold: String? = nil, predictedName: String? = nil,
                               countTotal: Bool = true) {
        if countTotal { report.errorTotals[kind, default: 0] += 1 }
        guard errorLimit > 0, errorCount(kind) < errorLimit else { return }
        report.errors.append(EvaluationErrorCase(kind: kind, document: gold.id, span: span, text: text, expected: expected,
                                                 produced: produced, referenceGold: referenceGold, predictedName: predictedName))
    }

    private static func excerpt(_ text: ScalarText, _ span: ScalarSpan) -> String {
        let limit = 60
        let s = text.string(span.start, min(span.end, span.start + limit))
        return span.length > limit ? s + "…" : s
    }

    private static func stanceLabel(_ value: Double) -> String {
        switch value {
        case 1: return "favor (+1)"
        case -1: return "against (-1)"
        case 0: return "none (0)"
        default: return value.isNaN ? "not a number" : "\(value)"
        }
    }
}
