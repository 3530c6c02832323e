/// Contrast: a marker from `contrast.tsv` multiplies the valence on each side of it, so the main clause
/// counts more than the conceded one ("good, but expensive" leans negative).
///
/// Within a sentence: words before the marker take its `before` multiplier, words after take `after`.
/// A marker opening its sentence shifts weight differently by type:
/// - main clause after ("But ...", "However, ..."): the contrast is with the previous sentence, which
///   takes `before`; the rest of this sentence takes `after`;
/// - main clause before ("Although X, Y"): the marker's own clause X (up to the first clause mark) takes
///   `after` and the main clause Y takes `before`, as `README.lexicons-scoring.md` specifies.
/// Several markers multiply.
enum Contrast {
    /// Fills `multipliers` with one value per slot of the scan's sentences `sentences` (all of them when
    /// nil; 1 where no marker applies), slot `j` at `j` less the first slot of those sentences. A marker
    /// opening the first of them has no previous sentence to weigh against.
    static func multipliers(_ scan: ScoringScan, sentences: Range<Int>? = nil, into multipliers: inout ScratchArray<Double>) {
        let chosen = sentences ?? 0..<scan.sentenceCount
        let base = scan.sentenceStarts[chosen.lowerBound]
        multipliers.removeAll(fillingWith: 1.0, count: scan.sentenceStarts[chosen.upperBound] - base)
        guard scan.sawContrast else { return }
        for s in chosen {
            let a = scan.sentenceStarts[s], b = scan.sentenceStarts[s + 1]
            for m in a..<b where scan.slots[m].kind == .contrast {
                let marker = scan.slots[m]
                let before = marker.value, after = marker.after
                let opens = marker.word == scan.sentenceWords[s]
                if opens && marker.mainClauseAfter {
                    // With no previous sentence in the range there is nothing to weigh against: weights
                    // stay as they are (each pair of multipliers conserves the total, so one side alone
                    // would only inflate the score).
                    if s > chosen.lowerBound {
                        for j in scan.sentenceStarts[s - 1]..<a { multipliers[j - base] *= before }
                        for j in (m + 1)..<b { multipliers[j - base] *= after }
                    }
                } else if opens {
                    var clauseEnd = m + 1
                    while clauseEnd < b && scan.slots[clauseEnd].kind != .clauseBreak { clauseEnd += 1 }
                    for j in (m + 1)..<clauseEnd { multipliers[j - base] *= after }
                    for j in clauseEnd..<b { multipliers[j - base] *= before }
                } else {
                    for j in a..<m { multipliers[j - base] *= before }
                    for j in (m + 1)..<b { multipliers[j - base] *= after }
                }
            }
        }
    }
}
