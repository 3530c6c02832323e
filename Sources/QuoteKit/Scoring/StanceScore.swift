/// The stance of a stretch of text (a quote) toward one target ("deal", "negotiations", "tariffs",
/// "trade", or a user's own from `stance-targets.tsv`), with the evidence.
public struct StanceScore: Sendable {
    /// The canonical target (`stance-targets.tsv`), or "" when the text names none and no default was given.
    public var target: String
    /// The signed cue weight normalised into -1...1 (``StanceAnalyzer/normalize(_:)``).
    public var score: Double
    /// favor when `score >= labelThreshold`, against when `score <= -labelThreshold`, else none.
    public var label: StanceLabel
    /// True when the target was inherited (the text names no target) rather than found in it.
    public var inherited: Bool
    /// Where the text names the target (UTF-8 offsets); empty when inherited.
    public var mentions: [TextRange]
    /// Every cue and sentiment word that moved the score, in text order.
    public var evidence: [ScoreEvidence]

    /// A score with every field given.
    public init(target: String, score: Double, label: StanceLabel, inherited: Bool, mentions: [TextRange], evidence: [ScoreEvidence]) {
        self.target = target
        self.score = score
        self.label = label
        self.inherited = inherited
        self.mentions = mentions
        self.evidence = evidence
    }
}
