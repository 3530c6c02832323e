extension AnalyzedText {
    /// The most tokens a dateline spans before its dash ("TOKYO/WASHINGTON (Meridian Wire) -" has 9).
    static let maximumDatelineTokens = 16

    /// The token after a dateline that opens at token `first` ("WASHINGTON —", "TOKYO/WASHINGTON (Meridian
    /// Wire) - "): a first word in capitals (two letters or more, ASCII), then words, slashes and brackets
    /// up to an aside dash; nil when `first` opens none.
    func afterDateline(_ first: Int, limit: Int) -> Int? {
        guard first < limit, tokens[first].kind == .word, tokens[first].range.length >= 2,
              !bytes[tokens[first].range.start..<tokens[first].range.end].contains(where: { $0 &- 0x41 >= 26 }) else { return nil }
        var k = first + 1
        while k < limit, k - first <= Self.maximumDatelineTokens {
            if isAsideDash(k) { return nextNonSpace(k + 1) }
            let t = tokens[k]
            if t.kind == .punctuation {
                let b = bytes[t.range.start]
                guard b == UInt8(ascii: "/") || b == UInt8(ascii: "(") || b == UInt8(ascii: ")") || b == UInt8(ascii: ".") else { return nil }
            } else if t.kind != .word && t.kind != .whitespace {
                return nil
            }
            k += 1
        }
        return nil
    }
}
