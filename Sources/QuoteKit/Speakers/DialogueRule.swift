/// Quotes with no cue of their own, by position: a quote that opens its paragraph continues the
/// previous paragraph's speaker (news: the unattributed follow-on paragraph), unless the two
/// paragraphs before held quotes of two different speakers, when the turn passes back (dialogue:
/// A, B, then A again).
struct DialogueRule {
    static let continuation = "continuation"
    static let turnTaking = "turn-taking"
    /// The previous paragraph's speaker goes on: the news convention, reliable when adjacent.
    static let confidenceContinuation = 0.8
    /// Alternation in dialogue: right more often than not, far from always.
    static let confidenceTurn = 0.5
}
