/// The sentiment of a stretch of text: a compound score, the shares of positive, negative and neutral
/// words, and the evidence.
public struct SentimentScore: Sendable {
    /// The summed valence normalised into -1...1 (``SentimentAnalyzer/normalize(_:)``). Conventionally
    /// >= 0.05 is positive and <= -0.05 negative (VADER's thresholds).
    public var compound: Double
    /// Share of the text's sentiment mass that is positive (0...1; `pos + neg + neu` is 1).
    public var pos: Double
    /// Share that is negative.
    public var neg: Double
    /// Share that is neutral words.
    public var neu: Double
    /// The raw valence sum before normalisation (the sum of the evidence weights).
    public var raw: Double
    /// Every word, phrase or punctuation mark that moved the score, in text order.
    public var evidence: [ScoreEvidence]

    /// A neutral score with no evidence (an empty or sentiment-free text).
    public static let neutral = SentimentScore(compound: 0, pos: 0, neg: 0, neu: 1, raw: 0, evidence: [])

    /// A score with every field given.
    public init(compound: Double, pos: Double, neg: Double, neu: Double, raw: Double, evidence: [ScoreEvidence]) {
        self.compound = compound
        self.pos = pos
        self.neg = neg
        self.neu = neu
        self.raw = raw
        self.evidence = evidence
    }
}
