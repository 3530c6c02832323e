/// One annotated statement of a gold document, normalised across the gold formats as
/// `gold_items` in `../shared/eval/score_quotes.py` does. Offsets are Unicode scalars.
struct GoldItem: Sendable {
    /// The content span, edge characters trimmed.
    var span: ScalarSpan
    /// direct, mixed or indirect (PolNeAR); the `kind` given (news gold); direct (PDNC).
    var kind: String
    /// The speaker span in the text (PolNeAR source, news gold `speaker_mention`), when annotated.
    var sourceSpan: ScalarSpan?
    /// The speaker's words: PolNeAR's source text; news gold's speaker name and mention text joined.
    var sourceText: String?
    /// The speaker as a character name (PDNC); nil in the other formats.
    var character: String?
    /// The gold stance (-1, 0, +1) when annotated; NaN for a value that is not a number (never right).
    var stance: Double?
    /// The group speaker accuracy is also reported by: PDNC's `quote_type`, else the kind.
    var quoteType: String

    /// The speaker as the news gold names it (`speaker`), for the listing of errors.
    var speakerName: String?
    /// The annotated mention's text (news gold `speaker_mention`, PolNeAR source), for the listing of errors.
    var mentionText: String?

    /// What the reference scorer prints as the gold speaker: the character, else the source's words.
    var referenceSpeaker: String? {
        if let character, !character.isEmpty { return character }
        return sourceText
    }

    /// The expected speaker for a reader: the character or name, with the mention when it says more.
    var expectedSpeaker: String {
        let name = character ?? speakerName
        switch (name, mentionText) {
        case (let n?, let m?) where !m.isEmpty && m != n: return "\(n) (mention “\(m)”)"
        case (let n?, _) where !n.isEmpty: return n
        case (_, let m?) where !m.isEmpty: return "“\(m)”"
        default: return "no speaker annotated"
        }
    }
}
