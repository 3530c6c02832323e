/// One piece of evidence behind a score: where in the text (UTF-8 offsets) and how much it contributed.
///
/// The range covers the scored word or phrase together with the negators and boosters that changed it
/// ("wouldn't be rushing", "very good"), so the text at the range reads as the reason.
public struct ScoreEvidence: Hashable, Sendable {
    /// Where the evidence stands (UTF-8 byte offsets into the document text; convert with
    /// ``AnalyzedText/makeScalarOffsets()`` for output).
    public var range: TextRange
    /// The signed contribution to the score's raw sum, after every rule (negation, boosters, emphasis,
    /// contrast). For sentiment the weights add up to the raw valence sum behind ``SentimentScore/compound``.
    public var weight: Double

    /// Evidence at `range` with `weight`.
    public init(range: TextRange, weight: Double) {
        self.range = range
        self.weight = weight
    }
}
