extension AnalyzedText {
    /// Whether token `i` is a dash marking a clause or an aside: an en or em dash, a hyphen next to
    /// another ("--", which ICU splits in two), or a hyphen with white space on both sides ("Democrats
    /// - and some Republicans - say").
    func isDash(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.kind == .punctuation else { return false }
        let r = t.range
        if r.length == 3 && bytes[r.start] == 0xE2 && bytes[r.start + 1] == 0x80 && (0x93...0x94).contains(bytes[r.start + 2]) { return true }
        guard bytes[r.start] == UInt8(ascii: "-") else { return false }
        if r.length == 2 { return bytes[r.start + 1] == UInt8(ascii: "-") }
        guard r.length == 1 else { return false }
        if i > 0 && isHyphen(i - 1) || i + 1 < tokens.count && isHyphen(i + 1) { return true }
        return i > 0 && i + 1 < tokens.count && tokens[i - 1].kind == .whitespace && tokens[i + 1].kind == .whitespace
    }

    /// Whether token `i` is a lone hyphen ("-"): inside a word ("Houston-area"), or half of a "--".
    func isHyphen(_ i: Int) -> Bool {
        tokens[i].kind == .punctuation && tokens[i].range.length == 1 && bytes[tokens[i].range.start] == UInt8(ascii: "-")
    }

    /// The first token of the run of dash tokens ending at token `i` (a "--" is two).
    func dashRunStart(_ i: Int) -> Int {
        var k = i
        while k > 0, isDash(k - 1) { k -= 1 }
        return k
    }
}
