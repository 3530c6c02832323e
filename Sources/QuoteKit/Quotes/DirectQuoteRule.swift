/// Turns quoted spans into quotes: `direct` when the quotation stands as a clause of its own (it opens
/// its sentence, or follows a colon or comma), `partial` when it sits inside the writer's sentence, and
/// `mention` when a title, naming or scare cue says it is no statement (`non-statement-cues.tsv`), or
/// when a short fragment or a title-case phrase has no speech cue anywhere in its sentence.
struct DirectQuoteRule {
    let lexicon: QuoteLexicon
    let cues: CueFinder
    /// The cues of every sentence outside quoted text, found once per document: each quotation then
    /// looks its cues up with a binary search, so a sentence holding thousands of quotations costs
    /// linear time, not quadratic.
    private let sentenceCues: [[CueFinder.Cue]]

    /// The rule for one document whose quoted text is `quoted`.
    init(lexicon: QuoteLexicon, cues: CueFinder, text: AnalyzedText, quoted: QuotedRanges) {
        self.lexicon = lexicon
        self.cues = cues
        sentenceCues = text.sentenceTokens.map { cues.cues(in: $0, of: text, excluding: quoted) }
    }

    /// Confidence of a direct quote with a cue beside it: quotation marks plus a speech verb.
    static let confidenceWithCue = 0.95
    /// A direct quote with no cue in its sentence (follow-on paragraphs, headlines).
    static let confidenceWithoutCue = 0.8
    /// A partial quote: a quoted fragment with a cue in its sentence.
    static let confidencePartial = 0.75
    /// The most words between a closing mark and its attribution's verb: the seed's “...,” Tong, who is
    /// a former State Department official, said has 8; appositions in PolNeAR run to about 15 ("EJ
    /// Antoni, an economist with ... , said"). Further on, a verb belongs to the writer's next clause.
    static let maximumWordsBeforeCue = 15
    /// The most subject words before the verb when the attribution opens the next sentence: “Why?” the
    /// March Hare asked has 3, “Yes!” Mr. Sherlock Holmes said 3; a longer run is a sentence of its own.
    static let maximumSubjectWordsNextSentence = 4

    func quote(for span: QuotedSpan, in text: AnalyzedText) -> Quote {
        let tokens = text.tokens
        let firstSentence = text.sentenceIndex(ofToken: span.openToken)
        let lastClose = span.closeToken ?? span.openTokens.last!
        let lastSentence = text.sentenceIndex(ofToken: lastClose)
        var quote = Quote(kind: .direct, pieces: span.pieces, cue: nil, cueVerb: nil, nested: span.nested,
                          confidence: Self.confidenceWithoutCue)
        quote.sentenceIndex = firstSentence

        // The cue: after the quote in its last sentence (“...,” Trump said), else before it in its first
        // sentence (Trump said: “...”), never inside quoted text.
        // A quotation inside the sentence (a partial quote) is reported by the verb before it, as a
        // rule ("said that it was “totally inappropriate” for Ginsburg to criticize Trump").
        let prevToken = text.previousNonSpace(span.openToken - 1)
        let inside = prevToken >= text.sentenceTokens[firstSentence].lowerBound && text.tokens[prevToken].kind == .word
        let afterCue = span.closeToken.flatMap { attributionCue(after: $0, sentence: lastSentence, text) }
        let beforeCue = lastCue(in: firstSentence, before: span.openToken)
        if inside, let c = attributingCue(in: firstSentence, before: span.openToken) {
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
            // After the writer's parenthesis the quotation resumes as a clause: "(she said) “...”".
            return b == UInt8(ascii: ":") || b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: ")")
        }()
        if !opensSentence && !introduced {
            quote.kind = .partial
            quote.confidence = Self.confidencePartial
        }
        if let reason = mentionReason(span, quote: quote, text) {
            quote.kind = .mention
            quote.mentionReason = reason
        }
        return quote
    }

    /// The attribution after a closing mark: the first cue in the rest of the sentence, unless a bracket
    /// or another quotation opens before it (an aside of the writer's: "(she was obliged to say ...)") or
    /// too many words come first. When the quotation ends its sentence (“Which is it?” I asked.), the
    /// attribution may open the next sentence of the paragraph: a short subject and a finite verb.
    private func attributionCue(after close: Int, sentence: Int, _ text: AnalyzedText) -> CueFinder.Cue? {
        let range = text.sentenceTokens[sentence]
        let after = (close + 1)..<range.upperBound
        if let c = firstCue(in: sentence, after: close) {
            return leadIn(from: after.lowerBound, to: c.spanStart, text, maximumWords: Self.maximumWordsBeforeCue) ? c : nil
        }
        // Only punctuation after the mark, and the quotation ends in ! or ? (where a break falls even
        // before an attribution: “Why?” I asked.): look at the next sentence, in the same paragraph. After
        // a period the writer has ended the sentence (“We will.” He said it twice.).
        for k in after where text.tokens[k].kind == .word || text.tokens[k].kind == .number { return nil }
        let lastInside = text.previousNonSpace(close - 1)
        guard lastInside >= 0, text.tokens[lastInside].kind == .punctuation,
              [UInt8(ascii: "!"), UInt8(ascii: "?")].contains(text.bytes[text.tokens[lastInside].range.start]) else { return nil }
        let next = sentence + 1
        guard next < text.sentenceTokens.count,
              text.paragraphIndex(ofToken: text.sentenceTokens[next].lowerBound) == text.paragraphIndex(ofToken: close) else { return nil }
        let nextRange = text.sentenceTokens[next]
        let first = text.nextNonSpace(nextRange.lowerBound)
        guard first < nextRange.upperBound, text.tokens[first].kind != .quotationMark,
              let c = sentenceCues[next].first,
              c.verb.tense == "past" || c.verb.tense == "present3",
              leadIn(from: first, to: c.spanStart, text, maximumWords: Self.maximumSubjectWordsNextSentence),
              !text.tokens[first..<c.spanStart].contains(where: { $0.kind == .punctuation && !isNamePunctuation($0, text) }),
              // A subject does not begin with a conjunction or a preposition ("And he added ...",
              // "But she went on ...": the writer's narration).
              !text.tokens[first..<c.spanStart].contains(where: { t in
                  t.kind == .word && [.conjunction, .preposition].contains(lexicon.cueContext[t.key]) })
        else { return nil }
        return c
    }

    /// The last cue of sentence `s` whose verb stands before token `token`.
    private func lastCue(in s: Int, before token: Int) -> CueFinder.Cue? {
        let list = sentenceCues[s]
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if list[mid].verbToken < token { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 ? list[lo - 1] : nil
    }

    /// The cue before token `token` that attributes it: the last one, except that a participle clause
    /// (", calling it “...”", ", adding “...”") shares the subject of the finite reporting verb before
    /// it, which carries the attribution ("Starmer said Thursday ..., calling it “...”": said; not a
    /// dialogue verb such as "returned to office promising ...").
    private func attributingCue(in s: Int, before token: Int) -> CueFinder.Cue? {
        guard let last = lastCue(in: s, before: token) else { return nil }
        guard last.verb.tense == "gerund", let finite = lastCue(in: s, before: last.verbToken),
              finite.verb.tense == "past" || finite.verb.tense == "present3", finite.verb.indirect != .no else { return last }
        return finite
    }

    /// The first cue of sentence `s` that starts after token `token`.
    private func firstCue(in s: Int, after token: Int) -> CueFinder.Cue? {
        let list = sentenceCues[s]
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if list[mid].spanStart <= token { lo = mid + 1 } else { hi = mid }
        }
        return lo < list.count ? list[lo] : nil
    }

    /// Whether tokens `start..<end` hold at most `maximumWords` words and no bracket or quotation mark.
    private func leadIn(from start: Int, to end: Int, _ text: AnalyzedText, maximumWords: Int) -> Bool {
        var words = 0
        for k in start..<max(start, end) {
            let t = text.tokens[k]
            switch t.kind {
            case .word, .number: words += 1
            case .quotationMark: return false
            case .punctuation:
                let b = text.bytes[t.range.start]
                if b == UInt8(ascii: "(") || b == UInt8(ascii: "[") { return false }
            default: break
            }
            if words > maximumWords { return false }
        }
        return true
    }

    /// A period or hyphen inside a name ("Mr. Holmes", "Jean-Claude").
    private func isNamePunctuation(_ t: Token, _ text: AnalyzedText) -> Bool {
        let b = text.bytes[t.range.start]
        return t.range.length == 1 && (b == UInt8(ascii: ".") || b == UInt8(ascii: "-"))
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
    private func mentionReason(_ span: QuotedSpan, quote: Quote, _ text: AnalyzedText) -> String? {
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
        // An exclamation or a question inside the marks (“The Queen! The Queen!”) is an utterance:
        // titles and scare quotes do not end that way.
        if endsWithExclamationOrQuestion(span.pieces.last!, text) { return nil }
        // No cue in the sentence: a short fragment is a scare quote, a title-case phrase a title.
        if !sentenceCues[quote.sentenceIndex].isEmpty { return nil }
        let words = wordTokens(in: span.pieces[0], text)
        if words.count <= 4 { return "scare" }
        if words.allSatisfy({ isCapitalised($0, text) || isFunctionWord($0, text) }) { return "title" }
        return nil
    }

    /// Whether the last token of `piece` (before any space) is ! or ?.
    private func endsWithExclamationOrQuestion(_ piece: TextRange, _ text: AnalyzedText) -> Bool {
        guard piece.end > piece.start else { return false }
        let k = text.previousNonSpace(text.tokenIndex(at: piece.end) - 1)
        guard k >= 0, text.tokens[k].range.start >= piece.start, text.tokens[k].kind == .punctuation else { return false }
        let b = text.bytes[text.tokens[k].range.start]
        return b == UInt8(ascii: "!") || b == UInt8(ascii: "?")
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
