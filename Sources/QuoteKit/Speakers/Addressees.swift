/// The names a quote addresses ("..., Lizzy?", "Mr. Darcy, I ...", "Tell me, Watson, ..."): a
/// capitalised word set off by a comma or the quote's edge on one side and by a comma, a terminal or
/// the quote's edge on the other. A quote is not spoken by the person it addresses.
struct Addressees {
    let lexicon: SpeakerLexicon

    /// Token indices of the addressed names' last words, in the quote's pieces.
    func names(in q: Quote, _ text: AnalyzedText) -> [Int] {
        var out: [Int] = []
        let tokens = text.tokens
        for piece in q.pieces {
            let s = text.tokenIndex(at: piece.start)
            var i = s
            while i < tokens.count, tokens[i].range.end <= piece.end {
                let t = tokens[i]
                defer { i += 1 }
                guard t.kind == .word, text.bytes[t.range.start] &- 0x41 < 26, !lexicon.notNames.contains(t.key),
                      lexicon.pronouns[t.key] == nil, !lexicon.sentenceStarters.contains(t.key) else { continue }
                // The name may be several capitalised words and titles ("Mr. Darcy", "Miss Eliza Bennet").
                var first = i
                while true {
                    let p = text.previousNonSpace(first - 1)
                    guard p >= s, p >= 0 else { break }
                    let pt = tokens[p]
                    let capital = pt.kind == .word && text.bytes[pt.range.start] &- 0x41 < 26
                    let period = pt.kind == .punctuation && pt.range.length == 1 && text.bytes[pt.range.start] == UInt8(ascii: ".")
                        && p > s && tokens[text.previousNonSpace(p - 1)].kind == .word && lexicon.titles.longestMatch(in: text, at: text.previousNonSpace(p - 1), limit: p + 1) != nil
                    guard capital || period else { break }
                    first = p
                }
                let before = text.previousNonSpace(first - 1)
                let after = text.nextNonSpace(i + 1)
                let opens = before < s || isMark(before, text, ",") || isMark(before, text, "!")
                let closes = after >= tokens.count || tokens[after].range.start >= piece.end
                    || isMark(after, text, ",") || isMark(after, text, "?") || isMark(after, text, "!") || isMark(after, text, ".") || isMark(after, text, ";")
                    || tokens[after].kind == .quotationMark
                // Opening the quote, a name needs a comma after it ("Watson, come here"), not a verb.
                if opens && closes && (before >= s || after < tokens.count && tokens[after].range.start < piece.end && isMark(after, text, ",")) {
                    out.append(i)
                }
            }
        }
        return out
    }

    private func isMark(_ i: Int, _ text: AnalyzedText, _ c: UInt8) -> Bool {
        i >= 0 && i < text.tokens.count && text.tokens[i].kind == .punctuation && text.tokens[i].range.length == 1 && text.bytes[text.tokens[i].range.start] == c
    }
    private func isMark(_ i: Int, _ text: AnalyzedText, _ c: Unicode.Scalar) -> Bool { isMark(i, text, UInt8(c.value)) }
}
