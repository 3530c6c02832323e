/// The sentiment of every sentence and the stance of every paragraph of one document
/// (``DocumentScorer``).
public struct DocumentScores: Sendable {
    /// The target the document names most often (``StanceAnalyzer/mainTarget(in:)``): the stance of a
    /// paragraph that names no target is toward it.
    public var mainTarget: String?
    /// Parallel to ``AnalyzedText/sentences``.
    public var sentences: [SentimentScore]
    /// Parallel to ``AnalyzedText/paragraphs``.
    public var paragraphs: [StanceScore]
}
