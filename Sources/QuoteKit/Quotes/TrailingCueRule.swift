/// Reported speech with its attribution after it: at the sentence end ("The talks will resume, Bessent
/// said." / "..., said a Japanese official.") or as a parenthesis inside it ("The talks, he said, will
/// resume."). The attribution is a short subject and a finite speech verb between commas; the content
/// is the rest of the sentence (two pieces around a parenthesis).
struct TrailingCueRule {
    let cues: CueFinder

    /// The most words of the subject before the verb ("the Japanese chief cabinet secretary" has 5;
    /// "Senate Minority Leader Harry M. Reid (D-Nev.)" 7).
    static let maximumSubjectWords = 8
    /// The most words after the verb: "said Monday in a statement to reporters" has 6; beyond that the
    /// comma began a clause of the writer's.
    static let maximumWordsAfterVerb = 6
    /// Confidence: no marks, but the shape ", X said." is unmistakable in news.
    static let confidence = 0.7

    /// Whether token `i` may open what follows an attribution's verb: a time word, a preposition, an
    /// adverb (`cue-context.tsv`: adjunct, preposition, auxiliary) or a manner adverb in -ly.
    private func opensAdjunct(_ i: Int, _ text: AnalyzedText) -> Bool {
        guard i < text.tokens.count else { return true }
        let t = text.tokens[i]
        guard t.kind == .word else { return t.kind != .number }
        switch cues.lexicon.cueContext[t.key] {
        case .adjunct?, .preposition?, .auxiliary?, .finite?: return true
        default: break
        }
        let b = text.bytes
        return t.range.length >= 4 && b[t.range.end - 2] == UInt8(ascii: "l") && b[t.range.end - 1] == UInt8(ascii: "y")
    }

    /// `found`: the sentence's cues (``CueFinder/cues(in:of:excluding:)`` over its tokens, outside
    /// `quoted`), found once for all the rules that read them.
    func quotes(in sentence: Int, of text: AnalyzedText, quoted: QuotedRanges, cues found: [CueFinder.Cue]) -> [Quote] {
        let range = text.sentenceTokens[sentence]
        let tokens = text.tokens
        var first = text.nextNonSpace(range.lowerBound)
        // "TOKYO (Wire) - Japan and the United States are close ..., officials said": not the dateline.
        if let after = text.afterDateline(first, limit: range.upperBound) { first = after }
        // A sentence that opens with a quotation mark is a direct quote with its attribution.
        if first < range.upperBound, tokens[first].kind == .quotationMark { return [] }
        for c in found {
            // After its content a verb needs no "that": "..., he noted." reports like "..., he said."
            // (A base form after its subject is the plural present: "..., analysts say.")
            guard c.verb.indirect.reportsClause, c.verb.tense == "past" || c.verb.tense == "present3" || c.verb.tense == "base" else { continue }
            // The comma before the attribution: after the subject ("..., Bessent said"), or right
            // before the verb ("..., said Bessent").
            var k = text.previousNonSpace(c.spanStart - 1)
            var subjectWords = 0
            var conjunction = false
            while k > first, tokens[k].kind == .word || tokens[k].kind == .number || isNamePunctuation(k, text) {
                if tokens[k].kind == .word { subjectWords += 1 }
                // "..., and repeated her question": the writer's coordinated verb, not an attribution.
                if cues.lexicon.cueContext[tokens[k].key] == .conjunction { conjunction = true }
                k = text.previousNonSpace(k - 1)
            }
            guard k > first, subjectWords <= Self.maximumSubjectWords, !conjunction, text.isComma(k) else { continue }
            let inverted = subjectWords == 0
            if c.verb.tense == "base", inverted || c.spanStart != c.verbToken || !isPluralSubjectBefore(c.verbToken, text) { continue }
            // A verb that needs "that" before its content attributes after it only in the past, after
            // its subject (", he noted."): ", continued her walk" is the sentence's own verb, and an -s
            // form may be a noun ("the list of investment projects, and ...").
            if c.verb.indirect != .yes && (inverted || c.verb.tense != "past") { continue }
            // After the verb: a few words, then the sentence end or a comma.
            var j = c.verbEnd
            var wordsAfter = 0
            var closingComma: Int? = nil
            while j < range.upperBound {
                let t = tokens[j]
                if t.kind == .word || t.kind == .number { wordsAfter += 1 }
                if text.isComma(j) { closingComma = j; break }
                if t.kind == .quotationMark { break }
                j += 1
            }
            guard wordsAfter <= Self.maximumWordsAfterVerb + (inverted ? 4 : 0) else { continue }
            if inverted && wordsAfter == 0 { continue }
            // After its subject, the verb of a trailing attribution is followed by adjuncts only ("...,
            // Bessent said Monday in a statement."): a word that is none ("..., a parts maker, said orders
            // fell.") begins reported content after the verb, which is the indirect-speech rule's.
            if !inverted, wordsAfter > 0, !c.verb.takesObject, !opensAdjunct(text.nextNonSpace(c.verbEnd), text) { continue }
            var pieces: [TextRange] = []
            let e1 = text.previousNonSpace(k - 1)
            // One word before a parenthesis is the statement's opening adverb ("Still, he said, ...").
            guard e1 > first || (e1 == first && closingComma != nil && !inverted) else { continue }
            pieces.append(TextRange(tokens[first].range.start, tokens[e1].range.end))
            if let comma = closingComma, !(inverted && describesSpeaker(text.nextNonSpace(comma + 1), text)) {
                // A parenthesis: the statement goes on after it (but ", said Ana Ruiz, a spokeswoman
                // for the company." and ", said the company, which makes brakes." end with the speaker's
                // apposition or relative clause).
                let s2 = text.nextNonSpace(comma + 1)
                var e2 = range.upperBound - 1
                while e2 > s2, tokens[e2].kind == .punctuation || tokens[e2].kind == .whitespace { e2 -= 1 }
                // A participle after the parenthesis is the writer's ("Sales were great, he said, wiping
                // his brow."): the statement is what came before it.
                guard s2 < e2 else { continue }
                if !text.cueLike(s2) { pieces.append(TextRange(tokens[s2].range.start, tokens[e2].range.end)) }
            }
            var words = 0
            for p in pieces { words += text.wordCount(in: p) }
            guard words >= IndirectSpeechRule.minimumWords else { continue }
            var q = Quote(kind: .indirect, pieces: pieces,
                          cue: TextRange(tokens[c.spanStart].range.start, tokens[c.verbEnd - 1].range.end),
                          cueVerb: c.verb, confidence: Self.confidence)
            q.sentenceIndex = sentence
            q.cueToken = c.verbToken
            q.cueInverted = inverted
            return [q]
        }
        return []
    }

    /// Whether the word before a base form is a plural subject's last word ("analysts say", "they say"),
    /// not an auxiliary, a negator, "to" or another pronoun ("could not tell", "to say", "I think").
    private func isPluralSubjectBefore(_ verb: Int, _ text: AnalyzedText) -> Bool {
        let p = text.previousNonSpace(verb - 1)
        guard p >= 0, text.tokens[p].kind == .word else { return false }
        let key = text.tokens[p].key
        if key == Self.theyKey { return true }
        return cues.lexicon.cueContext[key] == nil && !cues.lexicon.negators.contains(key) && key != IndirectSpeechRule.toKey
    }
    static let theyKey = KeyHash.of("they")

    /// After an inverted attribution's speaker, their apposition or relative clause: a relative pronoun
    /// (`content-breaks.tsv`, kind gloss), an apposition below, or a name to the sentence's end (",
    /// said the company's chief executive, Tom Hale.").
    private func describesSpeaker(_ i: Int, _ text: AnalyzedText) -> Bool {
        guard i < text.tokens.count else { return false }
        if text.tokens[i].kind == .word, cues.lexicon.contentBreaks[text.tokens[i].key] == .gloss,
           cues.lexicon.cueContext[text.tokens[i].key] != .determiner { return true }
        if text.isCapitalisedWord(i) {
            let end = text.sentenceTokens[text.sentenceIndex(ofToken: i)].upperBound
            var k = i, words = 0
            while k < end, words <= Self.maximumSubjectWords, text.isCapitalisedWord(k) || isNamePunctuation(k, text) {
                words += 1
                k = text.nextNonSpace(k + 1)
            }
            if k >= end || (words <= Self.maximumSubjectWords && text.tokens[k].kind == .punctuation
                            && Tokenizer.mayEndSentence(text.bytes, text.tokens[k].range.start, text.tokens[k].range.end)) {
                return true
            }
        }
        return startsApposition(i, text)
    }

    /// A determiner opening a noun phrase that runs to the sentence end with no further comma: after an
    /// inverted attribution's name, the speaker's apposition. A longer one is an apposition when a
    /// relative pronoun opens its clause among its first words ("a George Washington University grad
    /// whose aggressiveness has driven ...", "an Orlando Republican who founded ...").
    private func startsApposition(_ i: Int, _ text: AnalyzedText) -> Bool {
        guard i < text.tokens.count, cues.lexicon.cueContext[text.tokens[i].key] == .determiner else { return false }
        let end = text.sentenceTokens[text.sentenceIndex(ofToken: i)].upperBound
        var k = i, words = 0
        var relative = false
        while k < end {
            if text.isComma(k) { return false }
            if text.tokens[k].kind == .word {
                words += 1
                if k > i, words <= Self.maximumWordsAfterVerb + 4, cues.lexicon.contentBreaks[text.tokens[k].key] == .gloss,
                   cues.lexicon.cueContext[text.tokens[k].key] != .determiner { relative = true }
            }
            // Longer than an attribution's words after its verb: a clause, not an apposition.
            if words > Self.maximumWordsAfterVerb + 4 && !relative { return false }
            k += 1
        }
        return true
    }

    /// Punctuation inside a name or its tag: "Harry M. Reid (D-Nev.)", "Jean-Claude".
    private func isNamePunctuation(_ i: Int, _ text: AnalyzedText) -> Bool {
        guard text.tokens[i].kind == .punctuation else { return false }
        let b = text.bytes[text.tokens[i].range.start]
        return b == UInt8(ascii: ".") || b == UInt8(ascii: "-") || b == UInt8(ascii: "(") || b == UInt8(ascii: ")")
    }
}
