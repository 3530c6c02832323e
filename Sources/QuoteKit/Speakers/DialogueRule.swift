/// Quotes with no cue of their own that open their paragraph, by position:
/// - `continuation`: the previous paragraph's speaker goes on (news: the unattributed follow-on
///   paragraph after “...,” Trump said);
/// - `turn-taking`: the turn passes to the other of the two most recent speakers when the previous
///   paragraph asked a question (“...?” gets its answer from someone else) or was a quote nobody could
///   attribute, and in dialogue also when the two paragraphs before held different speakers (A, B, then
///   A; news goes on with B).
///
/// In a document written as dialogue (fiction, transcripts), continuation gives way to alternation:
/// such a document is recognised by how its quotes are introduced, see ``isDialogue(_:)``.
struct DialogueRule {
    /// Dialogue verbs ("replied", "cried", "sighed": those that never report indirect speech) at
    /// this many cues or more...
    static let dialogueCues = 8
    /// ...and on this share of the cued quotes. Measured on the project's data: news articles stay
    /// under 3 such cues (PolNeAR mean share 0.03); the three PDNC novels have 59-104 (shares 0.14-0.19).
    static let dialogueShare = 0.1

    /// Whether the quotes' cues mark the document as dialogue.
    static func isDialogue(_ quotes: [Quote]) -> Bool {
        let cued = quotes.filter { $0.kind == .direct && $0.cueVerb != nil }
        let dialogue = cued.filter { $0.cueVerb.map { !$0.indirect.reportsClause } ?? false }.count
        return dialogue >= dialogueCues && Double(dialogue) >= dialogueShare * Double(cued.count)
    }

    /// Alternate rather than continue.
    var dialogue = false

    static let continuation = "continuation"
    static let turnTaking = "turn-taking"
    /// The previous paragraph's speaker goes on: the news convention, reliable when adjacent.
    static let confidenceContinuation = 0.8
    /// Alternation in dialogue: right more often than not, far from always.
    static let confidenceTurn = 0.5

    func speaker(paragraph: Int, paragraphSpeaker: [Int: Int], previousAsks: Bool, recent: [Int])
        -> (entity: Int, method: String, confidence: Double)? {
        let other = recent.count > 1 ? recent[1] : nil
        guard let prev = paragraphSpeaker[paragraph - 1] else {
            // An unattributed turn before: alternate with the most recent pair, if there is one.
            if let o = other, recent.first != nil { return (o, Self.turnTaking, Self.confidenceTurn) }
            return nil
        }
        // A, B, then A again: alternation, in dialogue (news goes on with the last speaker).
        if dialogue, let before = paragraphSpeaker[paragraph - 2], before != prev {
            return (before, Self.turnTaking, Self.confidenceTurn)
        }
        if previousAsks || dialogue, let o = recent.first(where: { $0 != prev }) {
            return (o, Self.turnTaking, Self.confidenceTurn)
        }
        return (prev, Self.continuation, Self.confidenceContinuation)
    }
}
