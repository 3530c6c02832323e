/// Reported speech with a source phrase instead of a verb (`source-phrases.tsv`): "According to the White
/// House, the talks will resume." and "The talks will resume, according to the White House."
struct AccordingToRule {
    let lexicon: QuoteLexicon
    /// The most tokens (white space included) between a source phrase and the comma closing its source
    /// ("according to China's official Xinhua news agency," has 11).
    static let maximumSourceTokens = 32

    func quotes(in sentence: Int, of text: AnalyzedText, quoted: QuotedRanges) -> [Quote] {
        let range = text.sentenceTokens[sentence]
        let tokens = text.tokens
        // The table read once: through `lexicon` each word's look-up copied it (a memcpy per word).
        let sourcePhrases = lexicon.sourcePhrases
        var i = range.lowerBound
        while i < range.upperBound {
            guard tokens[i].kind == .word, sourcePhrases.mayStart(tokens[i].key),
                  let (confidence, phraseEnd) = sourcePhrases.longestMatch(in: text, at: i, limit: range.upperBound),
                  !quoted.contains(tokens[i].range)
            else { i += 1; continue }
            let cue = TextRange(tokens[i].range.start, tokens[phraseEnd - 1].range.end)
            let first = text.nextNonSpace(range.lowerBound)
            var content: TextRange?
            if i == first {
                // According to X, CONTENT.
                var k = phraseEnd
                while k < range.upperBound && !(tokens[k].kind == .punctuation && text.bytes[tokens[k].range.start] == UInt8(ascii: ",")) { k += 1 }
                let s = text.nextNonSpace(k + 1)
                let e = lastContentToken(before: range.upperBound, from: s, text)
                if s < e { content = TextRange(tokens[s].range.start, tokens[e].range.end) }
                var q = Quote(kind: .indirect, pieces: content.map { [$0] } ?? [], cue: cue, cueVerb: nil, confidence: confidence)
                q.sentenceIndex = sentence
                q.cueToken = i
                q.cueInverted = true
                return content == nil ? [] : [q]
            }
            // CONTENT, according to X.
            let comma = text.previousNonSpace(i - 1)
            guard comma > first, tokens[comma].kind == .punctuation, text.bytes[tokens[comma].range.start] == UInt8(ascii: ",") else { i += 1; continue }
            let e = text.previousNonSpace(comma - 1)
            content = TextRange(tokens[first].range.start, tokens[e].range.end)
            var pieces = [content!]
            // "The talks, according to officials, will resume", "..., where, according to the White House,
            // the plans include ...": the clause goes on after the phrase's closing comma (not a second
            // verb of the sentence's subject: ", according to X, and said ...").
            if let rest = continuation(after: phraseEnd, in: range, text) { pieces.append(rest) }
            var q = Quote(kind: .indirect, pieces: pieces, cue: cue, cueVerb: nil, confidence: confidence)
            q.sentenceIndex = sentence
            q.cueToken = i
            q.cueInverted = true
            return [q]
        }
        return []
    }

    /// The rest of the sentence after the comma that closes a source phrase ending before token
    /// `phraseEnd`, unless it opens with a conjunction or a quotation mark; nil when there is none.
    private func continuation(after phraseEnd: Int, in range: Range<Int>, _ text: AnalyzedText) -> TextRange? {
        let tokens = text.tokens
        var k = phraseEnd
        let limit = min(range.upperBound, phraseEnd + Self.maximumSourceTokens)
        while k < limit, tokens[k].kind != .punctuation, tokens[k].kind != .quotationMark { k += 1 }
        guard k < limit, text.bytes[tokens[k].range.start] == UInt8(ascii: ",") else { return nil }
        let s = text.nextNonSpace(k + 1)
        guard s < range.upperBound, tokens[s].kind == .word, lexicon.cueContext[tokens[s].key] != .conjunction else { return nil }
        let e = lastContentToken(before: range.upperBound, from: s, text)
        return s < e ? TextRange(tokens[s].range.start, tokens[e].range.end) : nil
    }

    private func lastContentToken(before end: Int, from s: Int, _ text: AnalyzedText) -> Int {
        var e = end - 1
        while e > s, text.tokens[e].kind == .punctuation || text.tokens[e].kind == .whitespace { e -= 1 }
        return e
    }
}
