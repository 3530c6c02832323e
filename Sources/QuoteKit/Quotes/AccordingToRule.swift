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
            if i == first || opensWithConjunction(first, before: i, text) {
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
            // CONTENT, according to X. (Or a dash before the phrase; or no mark at all when the source,
            // a named or known source, ends the sentence: "... 46 percent to 39 percent according to a
            // CBS poll released Monday.")
            let comma = text.previousNonSpace(i - 1)
            guard comma > first else { i += 1; continue }
            let e: Int
            if tokens[comma].kind == .punctuation, text.bytes[tokens[comma].range.start] == UInt8(ascii: ",") || text.isDash(comma) {
                e = text.previousNonSpace(comma - 1)
            } else if tokens[comma].kind == .word || tokens[comma].kind == .number, namesSourceToEnd(after: phraseEnd, in: range, text) {
                e = comma
            } else {
                i += 1
                continue
            }
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

    /// Whether the tokens from `first` to the source phrase at `phrase` are one conjunction and perhaps a
    /// comma ("But, according to the poll, ...", "And according to ..."): the phrase opens the clause.
    private func opensWithConjunction(_ first: Int, before phrase: Int, _ text: AnalyzedText) -> Bool {
        guard text.tokens[first].kind == .word, lexicon.cueContext[text.tokens[first].key] == .conjunction else { return false }
        let n = text.nextNonSpace(first + 1)
        return n == phrase || (text.isComma(n) && text.nextNonSpace(n + 1) == phrase)
    }

    /// Whether a source runs from token `phraseEnd` to the sentence's end with no comma or dash, and names
    /// itself: a capitalised word or a source noun (`role-nouns.tsv`: "poll", "officials"). "according to
    /// plan" and "according to their conscience" name no source.
    private func namesSourceToEnd(after phraseEnd: Int, in range: Range<Int>, _ text: AnalyzedText) -> Bool {
        var named = false
        var k = text.nextNonSpace(phraseEnd)
        let last = lastContentToken(before: range.upperBound, from: k, text)
        while k <= last {
            let t = text.tokens[k]
            if t.kind == .punctuation && (text.isComma(k) || text.isDash(k)) || t.kind == .quotationMark { return false }
            if t.kind == .word && (text.isCapitalisedWord(k) || lexicon.sourceHeads.contains(t.key) || lexicon.personHeads.contains(t.key)) { named = true }
            k = text.nextNonSpace(k + 1)
        }
        return named
    }

    private func lastContentToken(before end: Int, from s: Int, _ text: AnalyzedText) -> Int {
        var e = end - 1
        while e > s, text.tokens[e].kind == .punctuation || text.tokens[e].kind == .whitespace { e -= 1 }
        return e
    }
}
