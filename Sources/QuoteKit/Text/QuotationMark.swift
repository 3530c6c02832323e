/// How a quotation mark was classified in its context.
public struct QuotationMark: Hashable, Sendable, CustomStringConvertible {
    /// Whether the mark can open, close, or (straight marks with no telling context) either.
    public enum Role: UInt8, Sendable { case opening, closing, ambiguous }
    /// Double marks (“ ” " « » „ 「 」 `` '') are the outer level, single marks (‘ ’ ' ‹ › ‚ 『 』) the inner.
    public enum Level: UInt8, Sendable { case double, single }
    /// Straight ASCII marks pair only with each other; typographic marks pair within their level.
    public enum Family: UInt8, Sendable { case straight, typographic }

    public var role: Role
    public var level: Level
    public var family: Family

    /// A mark with the given role, level and family.
    public init(role: Role, level: Level, family: Family) {
        self.role = role
        self.level = level
        self.family = family
    }

    public var description: String {
        let r = role == .opening ? "open" : role == .closing ? "close" : "ambiguous"
        return "\(r)-\(level == .double ? "double" : "single")"
    }

    /// Whether an opening mark `self` can be closed by `closer`.
    /// Double marks of either family close each other (copy mixing " and ” is common); single marks
    /// only within their family, since a straight ' is so often an apostrophe.
    func canBeClosed(by closer: QuotationMark) -> Bool {
        closer.role != .opening && closer.level == level && (closer.family == family || level == .double)
    }
}

/// The quotation-mark glyphs the tokenizer knows, by Unicode scalar. These are fixed by Unicode's
/// punctuation repertoire, not curated vocabulary, so they live in code.
enum QuotationGlyph {
    /// The glyph's level, family and the role it has by itself (before context).
    static func classify(_ scalar: UInt32) -> (level: QuotationMark.Level, family: QuotationMark.Family, role: QuotationMark.Role)? {
        switch scalar {
        case 0x22: (.double, .straight, .ambiguous)        // "
        case 0x27: (.single, .straight, .ambiguous)        // '
        case 0x201C: (.double, .typographic, .opening)     // “ (closing after „, handled in context)
        case 0x201D: (.double, .typographic, .closing)     // ”
        case 0x201E, 0x201F: (.double, .typographic, .opening)  // „ ‟
        case 0x2018, 0x201B: (.single, .typographic, .opening)  // ‘ ‛
        case 0x2019: (.single, .typographic, .closing)     // ’ (or an apostrophe, decided in context)
        case 0x201A: (.single, .typographic, .opening)     // ‚
        case 0xAB: (.double, .typographic, .opening)       // «
        case 0xBB: (.double, .typographic, .closing)       // »
        case 0x2039: (.single, .typographic, .opening)     // ‹
        case 0x203A: (.single, .typographic, .closing)     // ›
        case 0x300C: (.double, .typographic, .opening)     // 「
        case 0x300D: (.double, .typographic, .closing)     // 」
        case 0x300E: (.single, .typographic, .opening)     // 『
        case 0x300F: (.single, .typographic, .closing)     // 』
        case 0x60: (.double, .typographic, .opening)       // ` (as ``, merged by the tokenizer)
        default: nil
        }
    }
}
