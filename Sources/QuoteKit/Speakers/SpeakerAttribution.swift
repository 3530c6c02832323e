/// Who said a quote, and how the attribution was made.
public struct SpeakerAttribution: Sendable {
    /// The canonical name (from the registry, or the fullest form seen in the document).
    public var name: String
    /// The registry id, or a document-local id (`doc:kurt-tong`) for a discovered speaker.
    public var id: String?
    /// The span next to the cue that names the speaker ("Trump", "he", "the minister"); nil when the
    /// speaker is inferred (a follow-on paragraph, turn-taking).
    public var mention: TextRange?
    /// The attribution rule that decided (see `Speakers/`).
    public var method: String
    /// How sure the rule is, 0...1.
    public var confidence: Double
}
