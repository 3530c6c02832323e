/// Turns quoted spans into quotes: `direct` when the quotation stands as a clause of its own (it opens
/// its sentence, or follows a colon or comma), `partial` when it sits inside the writer's sentence, and
/// `mention` when a title, naming or scare cue says it is no statement (`non-statement-cues.tsv`), or
/// when a short fragment or a title-case phrase has no speech cue anywhere in its sentence.
struct DirectQuoteRule {
    let lexicon: QuoteLexicon
    let cues: CueFinder

    /// Confidence of a direct quote with a cue beside it: quotation marks plus a speech verb.
    static let confidenceWithCue = 0.95
    /// A direct quote with no cue in its sentence (follow-on paragraphs, headlines).
    static let confidenceWithoutCue = 0.8
    /// A partial quote: a quoted fragment with a cue in its sentence.
    static let confidencePartial = 0.75

    func quote(for span: QuotedSpan, in text: AnalyzedText, allSpans: [TextRange]) -> Quote {
        let tokens = text.tokens
        let firstSentence = text.sentenceIndex(ofToken: span.openToken)
        let lastClose = span.closeToken ?? span.openTokens.last!
        let lastSentence = text.sentenceIndex(ofToken: lastClose)
        var quote = Quote(kind: .direct, pieces: span.pieces, cue: nil, cueVerb: nil, nested: span.nested,
                          confidence: Self.confidenceWithoutCue)
        quote.sentenceIndex = firstSentence

        // The cue: after the quote in its last sentence (“...,” Trump said), else before it in its first
        // sentence (Trump said: “...”), never inside quoted text.
        let after = (lastClose + 1)..<text.sentenceTokens[lastSentence].upperBound
        let before = text.sentenceTokens[firstSentence].lowerBound..<span.openToken
        // A quotation inside the sentence (a partial quote) is reported by the verb before it, as a
        // rule ("said that it was “totally inappropriate” for Ginsburg to criticize Trump").
        let prevToken = text.previousNonSpace(span.openToken - 1)
        let inside = prevToken >= text.sentenceTokens[firstSentence].lowerBound && text.tokens[prevToken].kind == .word
        let afterCue = span.closeToken != nil ? cues.cues(in: after, of: text, excluding: allSpans).first : nil
        let beforeCue = cues.cues(in: before, of: text, excluding: allSpans).last
        if inside, let c = beforeCue {
            attach(c, to: &quote, text, inverted: false)
        } else if let c = afterCue {
            attach(c, to: &quote, text, inverted: isInverted(c, closeToken: lastClose, text))
        } else if let c = beforeCue {
            attach(c, to: &quote, text, inverted: false)
        }

        // Clause or fragment?
        let prev = text.previousNonSpace(span.openToken - 1)
        let sentenceStart = text.sentenceTokens[firstSentence].lowerBound
        let opensSentence = prev < sentenceStart || isOpeningPunctuation(prev, text)
        let introduced = prev >= 0 && tokens[prev].kind == .punctuation && {
            let b = text.bytes[tokens[prev].range.start]
            return b == UInt8(ascii: ":") || b == UInt8(ascii: ",")
        }()
        if !opensSentence && !introduced {
            quote.kind = .partial
            quote.confidence = Self.confidencePartial
        }
        if let reason = mentionReason(span, quote: quote, text, before: before, after: after, allSpans: allSpans) {
            quote.kind = .mention
            quote.mentionReason = reason
        }
        return quote
    }

    private func attach(_ c: CueFinder.Cue, to quote: inout Quote, _ text: AnalyzedText, inverted: Bool) {
        quote.cue = TextRange(text.tokens[c.spanStart].range.start, text.tokens[c.verbEnd - 1].range.end)
        quote.cueVerb = c.verb
        quote.cueToken = c.verbToken
        quote.cueInverted = inverted
        quote.confidence = Self.confidenceWithCue
    }

    /// “...,” said Tong: the verb comes right after the closing mark and its comma.
    private func isInverted(_ c: CueFinder.Cue, closeToken: Int, _ text: AnalyzedText) -> Bool {
        var j = text.nextNonSpace(closeToken + 1)
        while j < c.spanStart && text.tokens[j].kind == .punctuation { j = text.nextNonSpace(j + 1) }
        return j == c.spanStart
    }

    private func isOpeningPunctuation(_ i: Int, _ text: AnalyzedText) -> Bool {
        let t = text.tokens[i]
        if t.kind == .quotationMark { return t.quote?.role == .opening }
        guard t.kind == .punctuation else { return false }
        let b = text.bytes[t.range.start]
        return b == UInt8(ascii: "(") || b == UInt8(ascii: "[") || b == UInt8(ascii: "-") || b == 0xE2  // dashes
    }

    /// Why the span is not a statement, or nil.
    private func mentionReason(_ span: QuotedSpan, quote: Quote, _ text: AnalyzedText, before: Range<Int>,
                               after: Range<Int>, allSpans: [TextRange]) -> String? {
        // A cue phrase ending right before the opening mark ("titled", "so-called", "the report").
        let open = span.openToken
        var k = text.previousNonSpace(open - 1)
        var steps = 0
        while k >= 0 && steps < lexicon.nonStatementBefore.maximumLength + 2 {
            if let (kind, end) = lexicon.nonStatementBefore.longestMatch(in: text, at: k, limit: open),
               text.nextNonSpace(end) == open {
                return kind
            }
            k = text.previousNonSpace(k - 1)
            steps += 1
        }
        if let close = span.closeToken {
            let next = text.nextNonSpace(close + 1)
            if next < text.tokens.count, let (kind, _) = lexicon.nonStatementAfter.longestMatch(in: text, at: next) {
                return kind
            }
        }
        guard quote.kind == .partial, quote.cue == nil else { return nil }
        // No cue in the sentence: a short fragment is a scare quote, a title-case phrase a title.
        let sentence = text.sentenceTokens[quote.sentenceIndex]
        if !cues.cues(in: sentence, of: text, excluding: allSpans).isEmpty { return nil }
        let words = wordTokens(in: span.pieces[0], text)
        if words.count <= 4 { return "scare" }
        if words.allSatisfy({ isCapitalised($0, text) || isFunctionWord($0, text) }) { return "title" }
        return nil
    }

    private func wordTokens(in range: TextRange, _ text: AnalyzedText) -> [Int] {
        var out: [Int] = []
        var i = text.tokenIndex(at: range.start)
        while i < text.tokens.count && text.tokens[i].range.end <= range.end {
            if text.tokens[i].kind == .word || text.tokens[i].kind == .number { out.append(i) }
            i += 1
        }
        return out
    }

    private func isCapitalised(_ i: Int, _ text: AnalyzedText) -> Bool {
        let b = text.bytes[text.tokens[i].range.start]
        return (b >= 0x41 && b <= 0x5A) || text.tokens[i].kind == .number
    }

    /// Short lower-case words that title case leaves small ("of", "the", "and"): three letters or fewer.
    private func isFunctionWord(_ i: Int, _ text: AnalyzedText) -> Bool {
        text.tokens[i].range.length <= 3
    }
}
