extension AnalyzedText {
    /// Whether token `i` is a dash that sets off an aside or a clause: an em dash "—", an en dash "–"
    /// with white space on at least one side (unspaced it joins, as in "U.S.–Japan" or "2024–25"), or
    /// a hyphen after white space ("Tokyo - The ...").
    func isAsideDash(_ i: Int) -> Bool {
        let r = tokens[i].range
        if r.length == 3, bytes[r.start] == 0xE2, bytes[r.start + 1] == 0x80 {
            if bytes[r.start + 2] == 0x94 { return true }
            guard bytes[r.start + 2] == 0x93 else { return false }
            return (i > 0 && tokens[i - 1].kind == .whitespace) || (i + 1 < tokens.count && tokens[i + 1].kind == .whitespace)
        }
        return r.length == 1 && bytes[r.start] == UInt8(ascii: "-") && i > 0 && tokens[i - 1].kind == .whitespace
    }
}

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
