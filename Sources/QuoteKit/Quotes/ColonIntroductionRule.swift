/// A statement introduced by a cue and a colon without quotation marks: "Perry said: Let no one be
/// mistaken ..." in the same sentence, or a block quotation in the next paragraph when the colon ends
/// the paragraph. Quotation marks after the colon make a direct quote instead (``DirectQuoteRule``).
struct ColonIntroductionRule {
    let cues: CueFinder

    /// The most words between the verb and the colon ("said in a speech last July:" has 5).
    static let maximumWordsBeforeColon = 6
    /// Confidence: a cue and a colon announce a statement, but the statement's end is a guess.
    static let confidence = 0.7

    /// `found`: the sentence's cues (``CueFinder/cues(in:of:excluding:)`` over its tokens, outside
    /// `quoted`), found once for all the rules that read them.
    func quotes(in sentence: Int, of text: AnalyzedText, quoted: QuotedRanges, cues found: [CueFinder.Cue]) -> [Quote] {
        let range = text.sentenceTokens[sentence]
        let tokens = text.tokens
        for c in found where c.verb.tense != "base" && c.verb.tense != "gerund" {
            // A verb opening its sentence has no speaker before it: a label ("Revealed: ..."). (A cue's
            // auxiliaries may stand before the sentence: "must" at the end of one line, "said" opening the next.)
            guard text.tokens[range.lowerBound..<max(range.lowerBound, c.spanStart)].contains(where: { $0.kind == .word }) else { continue }
            var k = c.verbEnd
            var words = 0
            while k < range.upperBound, !(tokens[k].kind == .punctuation && text.bytes[tokens[k].range.start] == UInt8(ascii: ":")) {
                if tokens[k].kind == .word { words += 1 }
                if tokens[k].kind == .quotationMark || words > Self.maximumWordsBeforeColon { break }
                k += 1
            }
            guard k < range.upperBound, tokens[k].kind == .punctuation, text.bytes[tokens[k].range.start] == UInt8(ascii: ":") else { continue }
            // "7:30", "3:1": a colon inside a number or word introduces nothing.
            guard k + 1 >= tokens.count || tokens[k + 1].kind == .whitespace else { continue }
            var content: TextRange?
            let s = text.nextNonSpace(k + 1)
            if s < range.upperBound {
                guard tokens[s].kind != .quotationMark else { return [] }
                var e = range.upperBound - 1
                while e > s, tokens[e].kind == .punctuation || tokens[e].kind == .whitespace { e -= 1 }
                if e > s { content = TextRange(tokens[s].range.start, tokens[e].range.end) }
            } else {
                // The colon ends the paragraph: the next paragraph is the statement.
                let p = text.paragraphIndex(ofToken: k)
                guard text.paragraphTokens[p].upperBound <= s || s >= range.upperBound, p + 1 < text.paragraphs.count else { return [] }
                let next = text.paragraphTokens[p + 1]
                let first = text.nextNonSpace(next.lowerBound)
                guard first < next.upperBound, tokens[first].kind != .quotationMark else { return [] }
                content = text.paragraphs[p + 1]
            }
            guard let content, text.wordCount(in: content) >= IndirectSpeechRule.minimumWords else { return [] }
            var q = Quote(kind: .direct, pieces: [content],
                          cue: TextRange(tokens[c.spanStart].range.start, tokens[c.verbEnd - 1].range.end),
                          cueVerb: c.verb, confidence: Self.confidence)
            q.sentenceIndex = sentence
            q.cueToken = c.verbToken
            return [q]
        }
        return []
    }
}
