/// Scores sentiment predictions (a compound score in [-1, 1] per text) against human ratings on -4...+4,
/// as `../shared/eval/score_sentiment.py` does: Pearson r, Spearman rho (average ranks for ties), and
/// 3-class accuracy, macro-F1 and support-weighted precision, recall and F1.
///
/// Unlike the reference scorer, which refuses files with missing or extra ids unless `--allow-missing`,
/// this scores the gold texts that have a prediction and reports how many had none.
public struct SentimentEvaluator: Sendable {
    /// Prediction scores at or beyond ± this are positive or negative: VADER's conventional compound
    /// threshold, the reference scorer's `--pred-threshold` default.
    public static let predictionThreshold = 0.05

    private var predictions: [Double] = []
    private var ratings: [Double] = []
    private var missing = 0
    /// Gold ratings within ± this are neutral (the reference scorer's `--gold-band`; 0 = the sign).
    private let goldBand: Double

    /// An evaluator with a gold neutral band of `goldBand` on the -4...+4 scale.
    public init(goldBand: Double = 0) { self.goldBand = goldBand }

    /// Adds one gold text and its prediction (nil: none, counted as missing).
    public mutating func add(_ gold: GoldDocument, _ prediction: PredictionDocument?) {
        guard let rating = gold.rating else { return }
        guard let score = prediction?.score else { missing += 1; return }
        predictions.append(score)
        ratings.append(rating)
    }

    /// The figures, as `score_sentiment.py --json` names them (rounded to 4 places).
    public func json() -> EvaluationJSON {
        let r = EvaluationJSON.rounded
        var out: [(String, EvaluationJSON)] = [("n", .int(predictions.count)), ("missing", .int(missing))]
        out.append(("pearson_r", predictions.count >= 2 ? r(Self.pearson(predictions, ratings)) : .null))
        out.append(("spearman", predictions.count >= 2 ? r(Self.pearson(Self.averageRanks(predictions), Self.averageRanks(ratings))) : .null))
        let m = classMetrics()
        out += [("acc", r(m.accuracy)), ("macro_f1", r(m.macroF1)), ("weighted_p", r(m.weighted.p)),
                ("weighted_r", r(m.weighted.r)), ("weighted_f1", r(m.weighted.f1)),
                ("pred_threshold", .number(Self.predictionThreshold)), ("gold_band", .number(goldBand))]
        return .object(out)
    }

    /// The figures as a few readable lines.
    public func text() -> String {
        let j = json()
        func v(_ k: String) -> String {
            guard let x = j.value(at: k)?.number else { return "n/a" }
            return String(x)
        }
        return """
            n          \(predictions.count) (missing \(missing))  prediction threshold ±\(Self.predictionThreshold)  gold band ±\(goldBand) on -4..4
            pearson_r  \(v("pearson_r"))
            spearman   \(v("spearman"))
            acc        \(v("acc"))
            macro_f1   \(v("macro_f1"))
            weighted   P \(v("weighted_p"))  R \(v("weighted_r"))  F1 \(v("weighted_f1"))
            """
    }

    /// positive, neutral or negative (0, 1, 2): beyond ±`threshold` and on the right side of 0.
    static func classify(_ x: Double, _ threshold: Double) -> Int {
        if x > 0 && x >= threshold { return 0 }
        if x < 0 && x <= -threshold { return 2 }
        return 1
    }

    private func classMetrics() -> (accuracy: Double, macroF1: Double, weighted: (p: Double, r: Double, f1: Double)) {
        let n = predictions.count
        guard n > 0 else { return (0, 0, (0, 0, 0)) }
        var confusion = [[Int]](repeating: [0, 0, 0], count: 3)
        for (p, g) in zip(predictions, ratings) {
            confusion[Self.classify(g, goldBand)][Self.classify(p, Self.predictionThreshold)] += 1
        }
        var right = 0, macro = 0.0, wp = 0.0, wr = 0.0, wf = 0.0
        for c in 0..<3 {
            let tp = confusion[c][c]
            let predicted = (0..<3).reduce(0) { $0 + confusion[$1][c] }
            let gold = confusion[c].reduce(0, +)
            let p = predicted > 0 ? Double(tp) / Double(predicted) : 0
            let r = gold > 0 ? Double(tp) / Double(gold) : 0
            let f = p + r > 0 ? 2 * p * r / (p + r) : 0
            right += tp
            macro += f / 3
            wp += p * Double(gold); wr += r * Double(gold); wf += f * Double(gold)
        }
        return (Double(right) / Double(n), macro, (wp / Double(n), wr / Double(n), wf / Double(n)))
    }

    /// Pearson's r, with compensated sums (the reference uses `math.fsum`); NaN when either side is constant.
    static func pearson(_ xs: [Double], _ ys: [Double]) -> Double {
        let n = Double(xs.count)
        let mx = sum(xs) / n, my = sum(ys) / n
        let sxy = sum(zip(xs, ys).map { ($0 - mx) * ($1 - my) })
        let sxx = sum(xs.map { ($0 - mx) * ($0 - mx) }), syy = sum(ys.map { ($0 - my) * ($0 - my) })
        if sxx == 0 || syy == 0 { return .nan }
        return sxy / (sxx * syy).squareRoot()
    }

    /// Neumaier's compensated sum: within an ulp or two of `math.fsum` for these sizes.
    static func sum(_ xs: [Double]) -> Double {
        var s = 0.0, c = 0.0
        for x in xs {
            let t = s + x
            c += abs(s) >= abs(x) ? (s - t) + x : (x - t) + s
            s = t
        }
        return s + c
    }

    /// 1-based ranks, ties sharing their average rank.
    static func averageRanks(_ xs: [Double]) -> [Double] {
        let order = xs.indices.sorted { xs[$0] < xs[$1] || (xs[$0] == xs[$1] && $0 < $1) }
        var ranks = [Double](repeating: 0, count: xs.count)
        var i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count && xs[order[j + 1]] == xs[order[i]] { j += 1 }
            let r = Double(i + j) / 2 + 1
            for k in i...j { ranks[order[k]] = r }
            i = j + 1
        }
        return ranks
    }
}
