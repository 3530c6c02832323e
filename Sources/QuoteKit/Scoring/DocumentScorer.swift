/// Scores a whole document: the sentiment of each sentence and the stance of each paragraph toward its
/// target (the document's main target when it names none), as ``SentimentAnalyzer`` and
/// ``StanceAnalyzer`` give them one range at a time, with fewer passes over the words.
///
/// Each paragraph is scanned once, for stance; a sentence's sentiment is read from that scan when the
/// scan holds what a scan of the sentence alone would (``ScoringScan/isStandalone(_:)``: no stance cue
/// took the place of a sentiment word in it, no phrase ran across its end), and scanned on its own
/// otherwise. The scores are the same either way. About one sentence in ten needs its own scan in news
/// (PolNeAR), one in twenty in novels, one in four in the benchmark's text about trade talks, where
/// stance cues are frequent.
///
/// Holds scratch buffers: make one per thread.
public final class DocumentScorer {
    /// The sentence scorer.
    public let sentiment: SentimentAnalyzer
    /// The paragraph scorer, sharing the sentence scorer's word look-ups.
    public let stance: StanceAnalyzer
    /// Sentences scored so far by a scan of their own, and in all (for the bench and the tests).
    public private(set) var sentencesScannedAlone = 0, sentencesScored = 0

    /// A scorer using `lexicon`.
    public init(lexicon: ScoringLexicon) {
        sentiment = SentimentAnalyzer(lexicon: lexicon)
        stance = StanceAnalyzer(sharingWordLookupsOf: sentiment)
    }

    /// The sentiment of every sentence of `text` and the stance of every paragraph.
    public func score(_ text: AnalyzedText) -> DocumentScores {
        let target = stance.mainTarget(in: text)
        let sentenceTokens = text.sentenceTokens
        var sentences = [SentimentScore](repeating: .neutral, count: sentenceTokens.count)
        var done = [Bool](repeating: false, count: sentenceTokens.count)
        var paragraphs: [StanceScore] = []
        paragraphs.reserveCapacity(text.paragraphTokens.count)
        for p in text.paragraphTokens {
            paragraphs.append(stance.score(text, tokens: p, defaultTarget: target) { scan in
                for k in 0..<scan.sentenceCount where scan.isStandalone(k) {
                    let s = Int(scan.sentenceIndices[k])
                    sentences[s] = sentiment.score(sentence: k, of: scan, text)
                    done[s] = true
                }
            })
        }
        var alone = 0
        for s in sentenceTokens.indices where !done[s] {
            sentences[s] = sentiment.score(text, tokens: sentenceTokens[s])
            alone += 1
        }
        sentencesScannedAlone += alone
        sentencesScored += sentenceTokens.count
        return DocumentScores(mainTarget: target, sentences: sentences, paragraphs: paragraphs)
    }
}
