/// Boosters, dampeners and capitals: degree words (`boosters.tsv`) before a valence word add their
/// weight to its magnitude keeping its sign (v -> v + sign(v)·w, `boosters.tsv` documents the weights),
/// less the further they stand; a valence word or booster written in capitals inside a text that is not
/// all capitals ("good (GREAT!)") gains a fixed amount.
enum Intensity {
    /// A booster's weight at one, two and three words before the word it grades: VADER's decay
    /// (`sentiment_valence` scales the booster by 0.95 at i-2 and 0.9 at i-3).
    static let distanceScale: [Double] = [1, 0.95, 0.9]
    /// Added to the magnitude of a word in capitals when the text is not all capitals: VADER's
    /// `C_INCR` = 0.733, the mean rating increase Hutto & Gilbert measured for capitalised words.
    static let capitalsIncrement = 0.733

    /// `v` moved away from 0 by `w` (toward 0 when `w` is negative), never across 0: a dampener can
    /// weaken a word to nothing but not turn it around ("barely acceptable" is still not bad).
    @inline(__always) static func boost(_ v: Double, by w: Double) -> Double {
        if v > 0 { return max(0, v + w) }
        if v < 0 { return min(0, v - w) }
        return 0
    }
}

extension ScoringScan {
    /// The value of slot `j` (of the sentence whose slots are `sentence`) after capitals, boosters (when
    /// `boosters` is true) and negators in the ``Negation/window`` words before it, or after it for a
    /// negator that follows its word (Japanese 歓迎しない); and the first and one past the last token of
    /// the word with the modifiers used (for evidence). The window stays inside the slot's clause: it
    /// stops at clause punctuation and contrast markers.
    @inline(__always)
    func modified(_ j: Int, _ v0: Double, sentence: Range<Int>, capsEmphasis: Bool, boosters: Bool) -> (value: Double, first: Int32, end: Int32) {
        let sentenceStart = sentence.lowerBound
        var v = v0
        if capsEmphasis && slots[j].caps { v = Intensity.boost(v, by: Intensity.capitalsIncrement) }
        var first = slots[j].first
        var negations = 0
        // A booster grades the nearest evaluative word after it: in "so easy to safeguard", "so" belongs
        // to "easy", not to "safeguard". A negator likewise negates the nearest one: in "will not bow to
        // economic coercion", "not" goes with "bow to", and the coercion stays coercion.
        var boostersReach = boosters
        var negatorsReach = true
        let word = slots[j].word
        var k = j - 1
        while k >= sentenceStart {
            let s = slots[k]
            let distance = Int(word - s.word)
            if !s.kind.isWord || s.kind == .contrast || distance > Negation.window { break }
            if s.kind == .booster && boostersReach {
                var w = s.value
                if capsEmphasis && s.caps { w += w > 0 ? Intensity.capitalsIncrement : -Intensity.capitalsIncrement }
                v = Intensity.boost(v, by: w * Intensity.distanceScale[min(distance, 3) - 1])
                first = s.first
            } else if s.kind == .negator && negatorsReach {
                if s.value == 0 {
                    negations += 1
                    first = s.first
                }
            } else if s.kind == .valence || s.kind == .cue {
                boostersReach = false
                negatorsReach = false
            }
            k -= 1
        }
        // A negator that follows negates the nearest evaluative word before it, in the same clause.
        var end = slots[j].end
        k = j + 1
        while k < sentence.upperBound {
            let s = slots[k]
            if !s.kind.isWord || s.kind == .contrast || s.kind == .valence || s.kind == .cue || Int(s.word - word) > Negation.window { break }
            if s.kind == .negator && s.value != 0 {
                negations += 1
                end = s.end
            }
            k += 1
        }
        for _ in 0..<negations { v *= Negation.scale }
        return (v, first, end)
    }
}
