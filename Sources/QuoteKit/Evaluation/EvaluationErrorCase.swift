import Foundation

/// One error listed by `quotekit eval --errors N`: the statement in its context, what the gold expected and
/// what the prediction produced. Offsets are Unicode scalars into the gold document's text.
public struct EvaluationErrorCase: Sendable {
    /// What went wrong.
    public enum Kind: String, Sendable, CaseIterable {
        /// A gold statement no prediction matched.
        case missed
        /// A predicted quote (with any partial quotes inside it) that matched no gold statement.
        case spurious
        /// A matched statement attributed to the wrong speaker.
        case speaker
        /// A matched statement with the wrong stance.
        case stance
    }

    /// What went wrong.
    public let kind: Kind
    /// The gold document's id.
    public let document: String
    /// The statement's span (the gold span, or the prediction's for a spurious quote), trimmed.
    public let start: Int
    public let end: Int
    /// The statement's text, at most ``quoteLimit`` scalars (as the reference scorer prints it).
    public let quote: String
    /// The text around the statement, the statement between ⟦ and ⟧, line breaks shown as ⏎.
    public let context: String
    /// What the gold says: the speaker (character, or source words), the stance, or the statement's kind.
    public let expected: String?
    /// What the prediction says: the speaker's name (and mention), the stance, or the nearest prediction.
    public let produced: String?
    /// The gold speaker as the reference scorer prints it (`gold`), for speaker errors.
    let referenceGold: String?
    /// The predicted speaker's name as given (the reference scorer's `pred`), for speaker errors.
    let predictedName: String?

    /// How much of a statement is quoted: the reference scorer's 120 scalars.
    static let quoteLimit = 120
    /// Context shown on each side of the statement: enough for the cue and the speaker's name in news
    /// copy (a sentence is about 120-150 characters), short enough for a terminal line or two.
    static let contextWidth = 80

    init(kind: Kind, document: String, span: ScalarSpan, text: ScalarText, expected: String?, produced: String?,
         referenceGold: String? = nil, predictedName: String? = nil) {
        self.kind = kind
        self.document = document
        start = span.start
        end = span.end
        quote = text.string(span.start, min(span.end, span.start + Self.quoteLimit))
        context = Self.context(span, text)
        self.expected = expected
        self.produced = produced
        self.referenceGold = referenceGold
        self.predictedName = predictedName
    }

    private static func context(_ span: ScalarSpan, _ text: ScalarText) -> String {
        let s = text.clamp(span.start), e = max(s, text.clamp(span.end))
        let from = max(0, s - contextWidth), to = min(text.count, e + contextWidth)
        func show(_ a: Int, _ b: Int) -> String {
            text.string(a, b).replacingOccurrences(of: "\r\n", with: " ⏎ ").replacingOccurrences(of: "\n", with: " ⏎ ")
        }
        return (from > 0 ? "…" : "") + show(from, s) + "⟦" + show(s, e) + "⟧" + show(e, to) + (to < text.count ? "…" : "")
    }
}
