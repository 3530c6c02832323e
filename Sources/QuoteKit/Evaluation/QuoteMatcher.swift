/// Pairs gold statements with predicted quotes one to one, greedily by overlap: `match` in
/// `../shared/eval/score_quotes.py`. Spans are trimmed Unicode-scalar spans.
///
/// A gold item and a prediction can pair when their overlap covers at least half of each. Pairs are taken
/// best first (overlap over the longer of the two), ties by gold index, prediction index, then the whole
/// span before its pieces. A prediction in several pieces pairs either with one gold item by its whole span,
/// or with several gold items by distinct pieces (annotations split such statements either way).
enum QuoteMatcher {
    /// What of a prediction is compared: its whole span (`piece == nil`) or one of its pieces.
    struct Unit {
        var prediction: Int
        var piece: Int?
        var span: ScalarSpan
    }

    /// The units of each prediction: its whole span, and each piece when it has more than one.
    static func units(of predictions: [PredictedQuote], spans: [ScalarSpan], in text: ScalarText) -> [Unit] {
        var out: [Unit] = []
        for (j, p) in predictions.enumerated() {
            out.append(Unit(prediction: j, piece: nil, span: spans[j]))
            if p.pieces.count > 1 {
                for (k, piece) in p.pieces.enumerated() {
                    out.append(Unit(prediction: j, piece: k, span: text.trim(piece.start, piece.end)))
                }
            }
        }
        return out
    }

    /// The matched pairs, as (gold index, prediction index), in the order they were taken.
    static func match(gold: [ScalarSpan], units: [Unit]) -> [(gold: Int, prediction: Int)] {
        struct Candidate {
            var score: Double
            var gold: Int
            var unit: Unit
        }
        // Units sorted by start, so each gold span only looks at those that can overlap it.
        let byStart = units.sorted { $0.span.start < $1.span.start }
        var candidates: [Candidate] = []
        for (i, g) in gold.enumerated() where g.length > 0 {
            for u in byStart {
                if u.span.start >= g.end { break }
                let o = g.overlap(u.span)
                let gl = g.length, pl = u.span.length
                if o > 0 && o * 2 >= gl && o * 2 >= pl {
                    candidates.append(Candidate(score: Double(o) / Double(max(gl, pl, 1)), gold: i, unit: u))
                }
            }
        }
        candidates.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.gold != b.gold { return a.gold < b.gold }
            if a.unit.prediction != b.unit.prediction { return a.unit.prediction < b.unit.prediction }
            return (a.unit.piece ?? -1) < (b.unit.piece ?? -1)
        }
        var usedGold = Set<Int>(), wholeUsed = Set<Int>(), predictionsWithPieceUsed = Set<Int>()
        var piecesUsed = Set<[Int]>()
        var out: [(gold: Int, prediction: Int)] = []
        for c in candidates {
            let j = c.unit.prediction
            if usedGold.contains(c.gold) { continue }
            if let k = c.unit.piece {
                if wholeUsed.contains(j) || piecesUsed.contains([j, k]) { continue }
                piecesUsed.insert([j, k])
                predictionsWithPieceUsed.insert(j)
            } else {
                if wholeUsed.contains(j) || predictionsWithPieceUsed.contains(j) { continue }
                wholeUsed.insert(j)
            }
            usedGold.insert(c.gold)
            out.append((c.gold, j))
        }
        return out
    }

    /// The group of each prediction for precision: a partial quote inside a predicted indirect quote belongs
    /// to the first such indirect quote's group (conventions differ on whether the reported clause or the
    /// quoted fragment is the unit); every other prediction is its own group. Groups are named by a member.
    static func groups(kinds: [String], spans: [ScalarSpan]) -> [Int] {
        var groupOf = Array(kinds.indices)
        for j in kinds.indices where kinds[j] == "partial" {
            if let k = kinds.indices.first(where: { $0 != j && kinds[$0] == "indirect" && spans[$0].contains(spans[j]) }) {
                groupOf[j] = k
            }
        }
        return groupOf
    }

    /// Matches per group (`hits[j]`: the gold items prediction `j` matched), by group name.
    static func groupHits(kinds: [String], spans: [ScalarSpan], hits: [Int]) -> [Int: Int] {
        var out: [Int: Int] = [:]
        for (j, g) in groups(kinds: kinds, spans: spans).enumerated() { out[g, default: 0] += hits[j] }
        return out
    }

    /// How many predictions count toward precision (`counted_predictions`): each match in a group counts one,
    /// a group with no match counts once.
    static func countedPredictions(kinds: [String], spans: [ScalarSpan], hits: [Int]) -> Int {
        groupHits(kinds: kinds, spans: spans, hits: hits).values.reduce(0) { $0 + max($1, 1) }
    }
}
