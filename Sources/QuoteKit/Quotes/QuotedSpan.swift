/// A run of text between matching quotation marks (or from an opening mark to where it was recovered),
/// possibly continued over several paragraphs. Token indices and UTF-8 ranges into one document.
struct QuotedSpan: Sendable {
    /// The content of each piece, without the marks.
    var pieces: [TextRange]
    /// The opening mark token of the first piece.
    var openToken: Int
    /// The closing mark token of the last piece; nil when the quote was never closed.
    var closeToken: Int?
    /// The opening mark token of each piece.
    var openTokens: [Int]
    /// The closing mark token of each piece (nil for a piece that runs to its paragraph end).
    var closeTokens: [Int?]
    /// Quotations nested inside (‘TRADE FAIRNESS’ inside “...”).
    var nested: [TextRange] = []
    /// The mark's level (double “ ” or single ‘ ’).
    var level: QuotationMark.Level
    /// The paragraph of the first piece.
    var paragraph: Int
}
