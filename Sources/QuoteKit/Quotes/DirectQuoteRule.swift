/// Turns quoted spans into quotes: `direct` when the quotation stands as a clause of its own (it opens
/// its sentence, or follows a colon or comma), `partial` when it sits inside the writer's sentence, and
/// `mention` when a title, naming or scare cue says it is no statement (`non-statement-cues.tsv`), when
/// a short fragment or a title-case phrase has no speech cue anywhere in its sentence, when a title-case
/// fragment or apposition stands apart from its cue, or when a short single-mark paragraph is a heading.
/// A quotation the writer's sentence runs on through, or one glossing the word before its bracket, is
/// a fragment (`partial`) even where it opens its sentence.
struct DirectQuoteRule {
    let lexicon: QuoteLexicon
    let cues: CueFinder
    /// The cues of every sentence outside quoted text, found once per document: each quotation then
    /// looks its cues up with a binary search, so a sentence holding thousands of quotations costs
    /// linear time, not quadratic. The other rules of ``QuoteFinder`` read them too.
    let sentenceCues: [[CueFinder.Cue]]
    /// Whether the document's quotations mostly use double marks: its single-mark paragraphs are then
    /// no dialogue.
    private let dialogueIsDouble: Bool

    /// The rule for one document whose quoted text is `quoted`.
    init(lexicon: QuoteLexicon, cues: CueFinder, text: AnalyzedText, quoted: QuotedRanges, dialogueIsDouble: Bool = true) {
        self.lexicon = lexicon
        self.cues = cues
        self.dialogueIsDouble = dialogueIsDouble
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
        let opensSentence = prev < sentenceStart || (isOpeningPunctuation(prev, text) && !isGloss(prev, sentenceStart, text))
        let introduced = prev >= 0 && tokens[prev].kind == .punctuation && {
            let b = text.bytes[tokens[prev].range.start]
            // After the writer's parenthesis the quotation resumes as a clause: "(she said) “...”".
            return b == UInt8(ascii: ":") || b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: ")")
        }()
        if (!opensSentence && !introduced) || continuesWritersSentence(span, afterCue: afterCue, text) {
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

    /// A bracket right after a word of the sentence opens the writer's gloss on that word (the
    /// senator (“the Hammer”) voted no): a quotation in it is a fragment, not a clause of its own.
    private func isGloss(_ prev: Int, _ sentenceStart: Int, _ text: AnalyzedText) -> Bool {
        guard text.tokens[prev].kind == .punctuation, text.bytes[text.tokens[prev].range.start] == UInt8(ascii: "(") else { return false }
        let before = text.previousNonSpace(prev - 1)
        return before >= sentenceStart && (text.tokens[before].kind == .word || text.tokens[before].kind == .number)
    }

    /// Whether the writer's sentence goes on through the closing mark: the quotation ends with no
    /// punctuation of its own and a word follows the mark (“Containment” has been the policy; the
    /// “Fair Play” campaign). Such a quotation is a fragment of the writer's sentence, even at its start,
    /// unless the word opens its attribution: a short subject and the cue (“We will” he said).
    private func continuesWritersSentence(_ span: QuotedSpan, afterCue: CueFinder.Cue?, _ text: AnalyzedText) -> Bool {
        guard span.pieces.count == 1, let close = span.closeToken else { return false }
        let next = text.nextNonSpace(close + 1)
        guard next < text.tokens.count, text.tokens[next].kind == .word || text.tokens[next].kind == .number,
              text.sentenceIndex(ofToken: next) == text.sentenceIndex(ofToken: close) else { return false }
        let last = text.previousNonSpace(close - 1)
        guard last > span.openToken, text.tokens[last].kind == .word || text.tokens[last].kind == .number else { return false }
        if let c = afterCue, leadIn(from: next, to: c.spanStart, text, maximumWords: Self.maximumSubjectWordsNextSentence),
           !text.tokens[next..<c.spanStart].contains(where: { t in
               t.kind == .punctuation || (t.kind == .word && [.conjunction, .preposition].contains(lexicon.cueContext[t.key])) }) {
            return false
        }
        return true
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
              finite.verb.tense == "past" || finite.verb.tense == "present3", finite.verb.indirect.reportsClause else { return last }
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
        // A cue whose span begins before `start` (an auxiliary ending the previous sentence) has no lead-in.
        guard end >= start else { return false }
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
               text.nextNonSpace(end) == open, kind != "title" || !opensInLowerCase(span, text) {
                // (A title opens with a capital: "called the plan “a national disgrace”" judges the plan.)
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
        if isHeading(span, quote, text) { return "heading" }
        // An exclamation or a question inside the marks (“The Queen! The Queen!”) is an utterance:
        // titles and scare quotes do not end that way.
        if span.pieces.count > 1 || endsWithExclamationOrQuestion(span.pieces.last!, text) { return nil }
        if quote.kind == .direct {
            // After a comma with no cue of its own beside it, a title-case quotation is in apposition:
            // a work's or a show's name (her memoir, “Hard Lessons,” came out ...).
            guard afterComma(span, text), isTitleCase(span.pieces[0], text, singleWord: true),
                  quote.cue.map({ $0.end <= text.tokens[span.openToken].range.start && !followsCue(span, quote, text) }) ?? true
            else { return nil }
            return "title"
        }
        guard quote.kind == .partial else { return nil }
        // A title-case fragment of the writer's sentence names a work, show or slogan, even when a cue
        // stands elsewhere in the sentence (he told CNN's “State of Play” on Sunday); right after its
        // cue (he said “Thank You America”), it is what was said.
        if isTitleCase(span.pieces[0], text, singleWord: false), !followsCue(span, quote, text) { return "title" }
        guard quote.cue == nil else { return nil }
        // No cue in the sentence: a short fragment is a scare quote, a title-case phrase a title.
        if !sentenceCues[quote.sentenceIndex].isEmpty { return nil }
        let words = wordTokens(in: span.pieces[0], text)
        if words.count <= 4 { return "scare" }
        if words.allSatisfy({ isCapitalised($0, text) || isFunctionWord($0, text) }) { return "title" }
        return nil
    }

    /// The most words of a single-mark paragraph read as a heading.
    static let maximumHeadingWords = 8

    /// A short paragraph that is nothing but a quotation in single marks, with no cue, in a document
    /// whose quotations use double marks: a subheading or a pull quote, not dialogue.
    private func isHeading(_ span: QuotedSpan, _ quote: Quote, _ text: AnalyzedText) -> Bool {
        guard dialogueIsDouble, span.level == .single, quote.cue == nil, span.pieces.count == 1,
              let close = span.closeToken else { return false }
        let para = text.paragraphTokens[span.paragraph]
        guard text.nextNonSpace(para.lowerBound) == span.openToken else { return false }
        var k = close + 1
        while k < para.upperBound {
            if text.tokens[k].kind != .whitespace && text.tokens[k].kind != .punctuation { return false }
            k += 1
        }
        return wordTokens(in: span.pieces[0], text).count <= Self.maximumHeadingWords
    }

    /// Whether the quotation's first word begins with a lower-case letter.
    private func opensInLowerCase(_ span: QuotedSpan, _ text: AnalyzedText) -> Bool {
        let first = text.nextNonSpace(span.openToken + 1)
        return first < text.tokens.count && text.tokens[first].kind == .word && text.bytes[text.tokens[first].range.start] &- 0x61 < 26
    }

    /// Two or more capitalised words (or, with `singleWord`, one word alone), and in lower case only the
    /// small words titles leave small: articles, prepositions, conjunctions (`cue-context.tsv`). A
    /// lower-case verb ("This is it") makes a sentence: title case capitalises verbs.
    private func isTitleCase(_ piece: TextRange, _ text: AnalyzedText, singleWord: Bool) -> Bool {
        var capitalised = 0, words = 0
        for w in wordTokens(in: piece, text) {
            words += 1
            if text.tokens[w].kind == .number { continue }
            if isCapitalised(w, text) { capitalised += 1; continue }
            guard let role = lexicon.cueContext[text.tokens[w].key],
                  role == .determiner || role == .preposition || role == .conjunction else { return false }
        }
        return capitalised >= 2 || (singleWord && words == 1 && capitalised == 1)
    }

    /// Whether a comma stands right before the opening mark, in its paragraph.
    private func afterComma(_ span: QuotedSpan, _ text: AnalyzedText) -> Bool {
        let k = text.previousNonSpace(span.openToken - 1)
        return k >= 0 && text.tokens[k].kind == .punctuation && text.bytes[text.tokens[k].range.start] == UInt8(ascii: ",")
            && text.paragraphIndex(ofToken: k) == text.paragraphIndex(ofToken: span.openToken)
    }

    /// Whether the opening mark comes right after the quote's cue verb, or after it and a comma or colon.
    private func followsCue(_ span: QuotedSpan, _ quote: Quote, _ text: AnalyzedText) -> Bool {
        guard let cue = quote.cue else { return false }
        var k = text.previousNonSpace(span.openToken - 1)
        if k >= 0, text.tokens[k].kind == .punctuation,
           [UInt8(ascii: ","), UInt8(ascii: ":")].contains(text.bytes[text.tokens[k].range.start]) {
            k = text.previousNonSpace(k - 1)
        }
        return k >= 0 && text.tokens[k].range.end == cue.end
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
