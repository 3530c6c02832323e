/// What a token is, from ICU's word-break rule status and its first character.
public enum TokenKind: UInt8, Sendable, CustomStringConvertible {
    case word, number, punctuation, quotationMark, whitespace, symbol, ideographic

    public var description: String {
        switch self {
        case .word: "word"
        case .number: "number"
        case .punctuation: "punctuation"
        case .quotationMark: "quote"
        case .whitespace: "space"
        case .symbol: "symbol"
        case .ideographic: "ideographic"
        }
    }
}
