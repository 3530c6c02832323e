/// Scores the sentiment of any stretch of an ``AnalyzedText`` (a quote, a sentence, a whole text) with
/// the scoring lexicons and rules in the spirit of VADER (Hutto & Gilbert 2014):
///
/// 1. valence of each word or phrase (`valence.tsv`, longest match, user lexicons on top);
/// 2. capitals, boosters and dampeners (``Intensity``), negation (``Negation``);
/// 3. contrast markers reweight clauses (``Contrast``);
/// 4. per sentence, exclamation and question marks strengthen the sentence's direction (``Emphasis``);
/// 5. the sum is normalised into -1...1 (``normalize(_:)``).
///
/// Scoring never throws and allocates only the result. Holds scratch buffers: make one per thread.
public final class SentimentAnalyzer {
    /// The lexicons in use.
    public let lexicon: ScoringLexicon
    private var scratch = Scratch()

    /// The buffers reused between calls, in one struct: each access to a class's `var` is checked for
    /// exclusivity at run time, so a call claims them once instead of on every slot it reads.
    fileprivate struct Scratch {
        var scan = ScoringScan()
        var multipliers = ScratchArray<Double>()
        /// The evidence of the score being made, copied into the result once at the end.
        var evidence = ScratchArray<ScoreEvidence>()
    }

    /// The normalisation constant α in x / √(x² + α): VADER's value, 15, chosen by Hutto & Gilbert so
    /// that the compound of a typical sentence's valence sum (a few words of ±2 to ±3) stays below ±1.
    /// Pearson correlation on the four dev sets moved by less than 0.005 for α between 10 and 20.
    public static let alpha = 15.0

    /// An analyzer using `lexicon`.
    public init(lexicon: ScoringLexicon) {
        self.lexicon = lexicon
    }

    /// The word look-ups of the document last scored, for a stance analyzer to share.
    var wordLookups: TokenCells { scratch.scan.lookups }

    /// `x / √(x² + α)`, within -1...1.
    public static func normalize(_ x: Double) -> Double {
        let n = x / (x * x + alpha).squareRoot()
        return min(1, max(-1, n))
    }

    /// The sentiment of the whole text.
    public func score(_ text: AnalyzedText) -> SentimentScore {
        score(text, tokens: 0..<text.tokens.count)
    }

    /// The sentiment of the tokens overlapping `range` (UTF-8 offsets, as in a quote's range).
    public func score(_ text: AnalyzedText, range: TextRange) -> SentimentScore {
        score(text, tokens: text.tokenRange(covering: range))
    }

    /// The sentiment of each sentence of `text`, parallel to ``AnalyzedText/sentences``.
    public func scoreSentences(_ text: AnalyzedText) -> [SentimentScore] {
        text.sentenceTokens.map { score(text, tokens: $0) }
    }

    /// ``Scratch``'s `score(sentence:of:_:)`: the sentiment of sentence `k` of another analyzer's scan.
    func score(sentence k: Int, of scan: ScoringScan, _ text: AnalyzedText) -> SentimentScore {
        scratch.score(sentence: k, of: scan, text)
    }

    /// The sentiment of `tokens` (indices into ``AnalyzedText/tokens``).
    public func score(_ text: AnalyzedText, tokens: Range<Int>) -> SentimentScore {
        scratch.score(text, tokens: tokens, lexicon: lexicon)
    }
}

extension SentimentAnalyzer.Scratch {
    /// ``SentimentAnalyzer/score(_:tokens:)`` with these buffers.
    mutating func score(_ text: AnalyzedText, tokens: Range<Int>, lexicon: ScoringLexicon) -> SentimentScore {
        scan.run(text, tokens, lexicon, mode: .sentiment)
        guard scan.wordCount > 0 || !scan.slots.isEmpty else { return .neutral }
        let capsEmphasis = scan.sawCaps && scan.hasLowercaseWord(text)
        return Self.score(scan, sentences: 0..<scan.sentenceCount, words: scan.wordCount, capsEmphasis: capsEmphasis,
                          text, &multipliers, &evidence)
    }

    /// The sentiment of sentence `k` of `other`, a scan of several sentences (a stance scan of a
    /// paragraph) where ``ScoringScan/isStandalone(_:)`` holds for it: the same score as a scan of that
    /// sentence alone gives, without the scan.
    mutating func score(sentence k: Int, of other: ScoringScan, _ text: AnalyzedText) -> SentimentScore {
        let a = other.sentenceStarts[k], b = other.sentenceStarts[k + 1]
        let words = other.words(inSentence: k)
        guard words > 0 || a < b else { return .neutral }
        var caps = false
        if other.sawCaps { for j in a..<b where other.slots[j].caps { caps = true; break } }
        let capsEmphasis = caps && ScoringScan.hasLowercaseWord(text, in: text.sentenceTokens[Int(other.sentenceIndices[k])])
        return Self.score(other, sentences: k..<(k + 1), words: words, capsEmphasis: capsEmphasis, text, &multipliers, &evidence)
    }

    /// The sentiment of the scan's sentences `sentences`, which hold `words` words, with the rules of the
    /// analyzer's summary; `multipliers` and `evidence` are scratch.
    @inline(__always)
    private static func score(_ scan: ScoringScan, sentences: Range<Int>, words: Int32, capsEmphasis: Bool, _ text: AnalyzedText,
                              _ multipliers: inout ScratchArray<Double>, _ evidence: inout ScratchArray<ScoreEvidence>) -> SentimentScore {
        Contrast.multipliers(scan, sentences: sentences, into: &multipliers)
        let base = scan.sentenceStarts[sentences.lowerBound]
        evidence.removeAll()
        var total = 0.0, posSum = 0.0, negSum = 0.0, emphasisTotal = 0.0
        // Every word counts as neutral but those that end up with a valence.
        var neutral = Double(words)
        let toks = text.tokens
        for s in sentences {
            let a = scan.sentenceStarts[s], b = scan.sentenceStarts[s + 1]
            var sum = 0.0, exclamations = 0.0, questions = 0.0
            let evidenceStart = evidence.count
            // A question asserts less than a statement.
            var sentenceFactor = 1.0
            for j in a..<b where scan.slots[j].kind == .question { sentenceFactor = Emphasis.questionDiscount; break }
            var tentative = false
            for j in a..<b {
                let slot = scan.slots[j]
                switch slot.kind {
                case .valence:
                    let (v, first, end) = scan.modified(j, slot.value, sentence: a..<b, capsEmphasis: capsEmphasis, boosters: true)
                    let w = v * multipliers[j - base] * sentenceFactor * (tentative ? Hedging.discount : 1)
                    sum += w
                    if w > 0 { posSum += w + 1; neutral -= 1 } else if w < 0 { negSum += w - 1; neutral -= 1 }
                    evidence.append(ScoreEvidence(range: TextRange(Int(toks[Int(first)].start), Int(toks[Int(end) - 1].end)), weight: w))
                case .exclamation: exclamations += slot.value
                case .question: questions += slot.value
                case .clauseBreak: tentative = false
                default: break
                }
                // A hope or hedge marker makes the rest of its clause tentative (not the marker itself:
                // "hopefully" keeps its own valence).
                if slot.hedge != nil { tentative = true }
            }
            // Punctuation emphasis goes the way the sentence already leans; evidence on the marks.
            if sum != 0 && (exclamations > 0 || questions > 1) {
                let sign = sum > 0 ? 1.0 : -1.0
                let (e, q) = Emphasis.amount(exclamations: exclamations, questions: questions)
                sum += sign * (e + q)
                emphasisTotal += e + q
                for j in a..<b {
                    let slot = scan.slots[j]
                    let share: Double
                    switch slot.kind {
                    case .exclamation: share = e * slot.value / exclamations
                    case .question: share = q * slot.value / questions
                    default: continue
                    }
                    if share == 0 { continue }
                    let r = toks[Int(slot.first)].range
                    evidence.append(ScoreEvidence(range: r, weight: sign * share))
                }
                // Keep the evidence in text order: marks were appended after the sentence's words.
                if evidence.count - evidenceStart > 1 {
                    evidence.sortTail(from: evidenceStart) { $0.range < $1.range }
                }
            }
            total += sum
        }
        // Shares as VADER computes them: each sentiment word counts its |valence| + 1 (the 1 stands for
        // the word itself, as each neutral word counts 1); the punctuation emphasis joins the larger side.
        if posSum > -negSum { posSum += emphasisTotal } else if posSum < -negSum { negSum -= emphasisTotal }
        let mass = posSum - negSum + neutral
        guard mass > 0 else { return .neutral }
        return SentimentScore(compound: SentimentAnalyzer.normalize(total), pos: posSum / mass, neg: -negSum / mass,
                              neu: neutral / mass, raw: total, evidence: evidence.copiedToArray())
    }
}

extension AnalyzedText {
    /// The tokens that overlap `range` (UTF-8 offsets).
    func tokenRange(covering range: TextRange) -> Range<Int> {
        let lo = tokenIndex(at: max(0, range.start))
        let hi = range.end > range.start ? tokenIndex(at: range.end - 1) + 1 : lo
        return lo..<min(max(lo, hi), tokens.count)
    }
}
