/// Reported speech after its cue: "X said (that) ...", "X told reporters ...", "X has said there is ...",
/// "X warned that ...". The content starts after the verb (skipping adjuncts such as "Monday" or
/// "reporters", and "that"), and runs to the clause end: the sentence end, or a dash that opens the
/// writer's aside (a dash followed by "and", "but" or "or" continues the statement).
struct IndirectSpeechRule {
    let lexicon: QuoteLexicon
    let cues: CueFinder

    /// The fewest words reported content may have ("he said no" is not a statement we can use).
    static let minimumWords = 3
    /// The most words reported content may have. A longer run without a clause end is no prose we can
    /// read (a list, a table, text without punctuation); the cap also keeps the scan linear. PolNeAR's
    /// longest content found by this rule has 62 words.
    static let maximumWords = 200
    /// How far before a verb (tokens, white space included) the comma opening an apposition is looked
    /// for: "Ben Kessler, a partner at a Washington firm that advises" has 20.
    static let appositionLookBack = 40
    /// How far ahead of the verb "that" may stand ("said in a Truth Social post that ...").
    static let thatWindow = 10
    /// The most words of an aside between the verb's words and "that" ("said on CNN, where he is now
    /// a paid contributor, that ...": 7).
    static let maximumAsideWords = 12
    /// How many words a second report's subject may have between a comma and conjunction and its
    /// verb (", and more than 4 in 10 said": 5) for the first report to end at the comma.
    static let secondSubjectWords = 6
    /// How far (tokens, white space included) a second report's capitalised subject may run after a
    /// conjunction without a comma ("and Marco Rubio said": 5).
    static let secondSubjectNameTokens = 8
    /// The most words (the contrast word included) of a concession closed by a comma inside reported
    /// content (", while troublesome,": 2).
    static let concessionWords = 2
    /// The most words of a speaker's description after an inverted verb before its head (", said a
    /// former senior trade spokesman": 4).
    static let speakerDescriptionWords = 6
    /// The most words between a judging verb and its quotation ("called both Trump and Democratic
    /// front-runner Hillary Clinton “crazy”": 7).
    static let judgedObjectWords = 10
    /// The most words of the hearer between a question verb and its question word or request ("asked
    /// former Attorney General Eric Holder whether": 5).
    static let hearerWords = 6
    static let toKey = KeyHash.of("to")
    /// Forms of "be" that make a participle passive; grammar, not vocabulary.
    static let passiveAuxiliaries: Set<UInt64> = Set(["be", "been", "being", "is", "are", "was", "were"].map(KeyHash.of))
    static let whoKey = KeyHash.of("who")

    /// Confidence: a speech verb and a clause after it, judged lower than quotation marks.
    static let confidence = 0.75
    /// Belief verbs (think, believe) report opinion rather than speech.
    static let confidenceBelief = 0.55

    /// `found`: the sentence's cues (``CueFinder/cues(in:of:excluding:)`` over its tokens, outside
    /// `quoted`), found once for all the rules that read them.
    func quotes(in sentence: Int, of text: AnalyzedText, quoted: QuotedRanges, cues found: [CueFinder.Cue]) -> [Quote] {
        let range = text.sentenceTokens[sentence]
        var out: [Quote] = []
        for c in found {
            guard c.verb.indirect != .no, reportsSpeech(c, text), hasSubject(c, text, range),
                  let content = content(after: c, in: range, text, quoted: quoted),
                  !isInsideApposition(c, content: content, in: range, text, found: found) else { continue }
            var q = Quote(kind: .indirect, pieces: [content],
                          cue: TextRange(text.tokens[c.spanStart].range.start, text.tokens[c.verbEnd - 1].range.end),
                          cueVerb: c.verb, confidence: c.verb.verbClass == "belief" ? Self.confidenceBelief : Self.confidence)
            q.sentenceIndex = sentence
            q.cueToken = c.verbToken
            out.append(q)
        }
        return out
    }

    /// The verb form reports a statement: a finite form (said, says), a base form after an auxiliary
    /// (will say, did say; "refusing to say" and "urged him to tell" report nothing), a gerund after a
    /// comma (", saying the deal ..."). "..., said Tong, who ..." is an inverted attribution, not a
    /// report of what follows.
    private func reportsSpeech(_ c: CueFinder.Cue, _ text: AnalyzedText) -> Bool {
        let before = text.previousNonSpace(c.spanStart - 1)
        let afterComma = before >= 0 && text.tokens[before].kind == .punctuation
            && text.bytes[text.tokens[before].range.start] == UInt8(ascii: ",")
        // After a determiner or preposition the form is a noun ("her remarks", "an email", "of state").
        if before >= 0, let role = lexicon.cueContext[text.tokens[before].key], role == .determiner || role == .preposition {
            return false
        }
        // "did not say whether ...", "never said": a negated verb reports no statement.
        if before >= 0, text.tokens[before].kind == .word, lexicon.negators.contains(text.tokens[before].key) { return false }
        // A passive ("had been sworn", "was told") reports nobody's statement here.
        if c.verb.tense == "past" || c.verb.tense == "participle" {
            var k = c.spanStart
            while k < c.verbToken {
                if Self.passiveAuxiliaries.contains(text.tokens[k].key) { return false }
                k += 1
            }
            // ... also across an adverb in "-ly" outside the cue span ("were specifically told").
            if before >= 0, CueSubjectRule.isMannerAdverb(before, text, minimumLength: 4) {
                let be = text.previousNonSpace(before - 1)
                if be >= 0, Self.passiveAuxiliaries.contains(text.tokens[be].key) { return false }
            }
        }
        switch c.verb.tense {
        case "base":
            // "they say", "officials say", "will say" report; "refusing to say", "urged him to tell" do not.
            return before < 0 || text.tokens[before].key != Self.toKey
        case "gerund": return afterComma || c.spanStart < c.verbToken
        default:
            if afterComma && c.spanStart == c.verbToken {
                // ", said DeSantis, who ..." or ", said Tong.": a run of capitalised words up to a comma
                // or the sentence end is the speaker, not content ("..., suggested Japan could" is content).
                var k = text.nextNonSpace(c.verbEnd)
                var capitalised = 0
                while k < text.tokens.count, text.tokens[k].kind == .word {
                    let b = text.bytes[text.tokens[k].range.start]
                    guard b >= 0x41 && b <= 0x5A else { capitalised = -1; break }
                    capitalised += 1
                    k = text.nextNonSpace(k + 1)
                }
                // (A hyphen joins the run to a word: ", said Houston-area importers ..." is content.)
                if capitalised > 0, k >= text.tokens.count || (text.tokens[k].kind == .punctuation && !text.isHyphen(k)) { return false }
                if isSpeakerDescription(from: text.nextNonSpace(c.verbEnd), text, hearerTakesTo: c.verb.indirect == .question) { return false }
            }
            return true
        }
    }

    /// ", said a former spokesman for the embassy.", ", said the company's chief executive.": after an
    /// inverted verb, a determiner and a few words whose last, or last before a preposition, heads a
    /// description of a person (`QuoteLexicon.personHeads`) name the speaker. ", said the company cut
    /// jobs" reports ("company" heads no person's description, and "cut" is no preposition).
    /// Without a determiner, lower-case words whose last heads a description and a name after them name
    /// the speaker too: ", says political scientist Dossym Satpayev in Almaty."
    /// With `hearerTakesTo` (a question verb), a description followed by "to" is the hearer of a request
    /// (", asked a federal judge to block the rules").
    private func isSpeakerDescription(from i: Int, _ text: AnalyzedText, hearerTakesTo: Bool = false) -> Bool {
        let tokens = text.tokens
        guard i < tokens.count, tokens[i].kind == .word else { return false }
        let determiner = lexicon.cueContext[tokens[i].key] == .determiner
        let end = text.sentenceTokens[text.sentenceIndex(ofToken: i)].upperBound
        var k = determiner ? text.nextNonSpace(i + 1) : i
        var words = 0
        while k < end, words < Self.speakerDescriptionWords, tokens[k].kind == .word {
            words += 1
            if !determiner && !text.isLowerCaseWord(k) { return false }
            if lexicon.personHeads.contains(tokens[k].key) {
                let n = text.nextNonSpace(k + 1)
                if !determiner { return n < end && text.isCapitalisedWord(n) }
                if n >= end || tokens[n].kind == .punctuation { return true }
                if tokens[n].kind == .word, lexicon.cueContext[tokens[n].key] == .preposition {
                    return !(hearerTakesTo && tokens[n].key == Self.toKey)
                }
            }
            if lexicon.cueContext[tokens[k].key]?.isAuxiliary == true || lexicon.cueContext[tokens[k].key] == .complementizer { return false }
            k = text.nextNonSpace(k + 1)
        }
        return false
    }

    /// "Ben Kessler, a partner at a firm that advises Japanese manufacturers, said the threat ...",
    /// "Shinji Nakagawa, a researcher at a Tokyo think tank, said ...": a verb form inside the
    /// speaker's apposition, whose content would run through the apposition's closing comma into the
    /// sentence's own cue. True when a comma stands before the verb in its sentence and the first comma
    /// from its content's start is followed by a finite speech verb that reports speech itself.
    private func isInsideApposition(_ c: CueFinder.Cue, content: TextRange, in range: Range<Int>, _ text: AnalyzedText,
                                    found: [CueFinder.Cue]) -> Bool {
        // (Both looks are bounded, so a sentence of thousands of cues stays linear.) A closure, not the
        // method `text.isComma` itself: that would copy the analysed text.
        guard (max(range.lowerBound, c.spanStart - Self.appositionLookBack)..<c.spanStart).contains(where: { text.isComma($0) }) else { return false }
        // The first comma from the content's start, up to the token after its end (the comma may end the
        // content: "who advises exporters, said").
        var k = text.tokenIndex(at: content.start)
        let last = min(range.upperBound, text.nextNonSpace(text.tokenIndex(at: content.end - 1) + 1) + 1)
        while k < last, !text.isComma(k) { k += 1 }
        guard k < last else { return false }
        let next = text.nextNonSpace(k + 1)
        guard let main = found.first(where: { $0.spanStart == next }),
              main.verb.tense == "past" || main.verb.tense == "present" else { return false }
        return reportsSpeech(main, text)
    }

    /// Something names the speaker before the cue: a word, or the comma (or closing mark or bracket)
    /// ending an apposition ("Trump, who has long called himself “Tariff Man,” wrote ...").
    private func hasSubject(_ c: CueFinder.Cue, _ text: AnalyzedText, _ range: Range<Int>) -> Bool {
        let p = text.previousNonSpace(c.spanStart - 1)
        guard p >= range.lowerBound else { return false }
        let t = text.tokens[p]
        if t.kind == .word || t.kind == .number { return true }
        if t.kind == .quotationMark { return t.quote?.role != .opening }
        guard t.kind == .punctuation else { return false }
        let b = text.bytes[t.range.start]
        // The period of an abbreviation that ends the subject ("Donald Trump Jr. said"): the sentence
        // goes on through it.
        if b == UInt8(ascii: "."), case let w = text.previousNonSpace(p - 1), w >= range.lowerBound, text.tokens[w].kind == .word,
           text.sentenceIndex(ofToken: p) == text.sentenceIndex(ofToken: c.spanStart) {
            return true
        }
        // "42% say", and a dash closing an aside of the subject ("Democrats — and some Republicans —
        // say"): a dash earlier in the sentence opened it.
        if b == UInt8(ascii: "%") { return true }
        if text.isDash(p) {
            var k = text.previousNonSpace(text.dashRunStart(p) - 1)
            while k >= range.lowerBound, !(text.tokens[k].kind == .punctuation && (text.isDash(k) || !text.isHyphen(k))) {
                k = text.previousNonSpace(k - 1)
            }
            return k >= range.lowerBound && text.isDash(k)
        }
        return b == UInt8(ascii: ",") || b == UInt8(ascii: ")")
    }


    /// After the comma at `comma`: an aside of words only, up to ``maximumAsideWords``, its closing comma
    /// and "that": the token after "that", where the content starts. Nil for any other shape.
    private func thatAfterAside(opening comma: Int, before end: Int, _ text: AnalyzedText) -> Int? {
        var k = text.nextNonSpace(comma + 1)
        var words = 0
        while k < end, text.tokens[k].kind == .word || text.tokens[k].kind == .number || text.isHyphen(k) {
            words += 1
            if words > Self.maximumAsideWords { return nil }
            k = text.nextNonSpace(k + 1)
        }
        guard words > 0, k < end, text.isComma(k) else { return nil }
        let that = text.nextNonSpace(k + 1)
        guard that < end, lexicon.cueContext[text.tokens[that].key] == .complementizer else { return nil }
        let start = text.nextNonSpace(that + 1)
        return start < end ? start : nil
    }

    private func content(after c: CueFinder.Cue, in range: Range<Int>, _ text: AnalyzedText, quoted: QuotedRanges) -> TextRange? {
        if c.verb.indirect == .quoted { return quotedJudgement(after: c, in: range, text, quoted: quoted) }
        let tokens = text.tokens
        let end = range.upperBound
        // "that" within a few words, before any comma or quotation mark, starts the content.
        var start: Int? = nil
        if c.verb.indirect == .question {
            guard let q = questionStart(after: c, before: end, text) else { return nil }
            start = q
        }
        var i = text.nextNonSpace(c.verbEnd)
        var seen = 0
        while start == nil && i < end && seen < Self.thatWindow {
            let t = tokens[i]
            // An apostrophe the tokenizer did not take for a quotation mark ("said in ‘08 that") is
            // part of a word.
            if t.kind == .punctuation && t.key == Self.apostropheKey { seen += 1; i = text.nextNonSpace(i + 1); continue }
            if t.kind == .quotationMark || (t.kind == .punctuation && !text.isHyphen(i)) {
                // "said on CNN, where he is now a paid contributor, that ...": "that" after an aside.
                if text.isComma(i) { start = thatAfterAside(opening: i, before: end, text) }
                break
            }
            if lexicon.cueContext[t.key] == .complementizer {
                // "said that, during the period when ..., Gates was ...": the content goes on after
                // the comma.
                let n = text.nextNonSpace(i + 1)
                start = n < end && text.isComma(n) ? text.nextNonSpace(n + 1) : n
                break
            }
            // A subject pronoun or a finite verb has begun the content ("said he understands how hard
            // that can be", "said Japan would seek an agreement that ..."): a later "that" is inside it.
            if lexicon.cueContext[t.key] == .subject || lexicon.cueContext[t.key] == .finite { break }
            // "said the budget is balanced and added that ...": the "that" belongs to the second report.
            if lexicon.cueContext[t.key] == .conjunction {
                var n = text.nextNonSpace(i + 1)
                while n < end, lexicon.cueContext[tokens[n].key]?.isAuxiliary == true { n = text.nextNonSpace(n + 1) }
                if n < end, cues.cue(at: n, in: text, limit: end) != nil { break }
            }
            seen += 1
            i = text.nextNonSpace(i + 1)
        }
        if start == nil, ["assertive", "negative", "hedged"].contains(c.verb.verbClass) {
            // "vowed to do better", "threatened to walk away": a promise or threat reported as an
            // infinitive clause, perhaps with the hearer ("urged them to vote").
            let n = text.nextNonSpace(c.verbEnd)
            if n < end, tokens[n].key == Self.toKey { start = n }
            if c.verb.takesObject, n < end, lexicon.cueContext[tokens[n].key] == .object {
                let m = text.nextNonSpace(n + 1)
                if m < end, tokens[m].key == Self.toKey { start = n }
            }
        }
        if start == nil {
            guard c.verb.indirect == .yes else { return nil }
            // Adjuncts right after the verb: "said Monday", "told reporters", "said on Friday", "said
            // last week".
            var j = skipAdjuncts(from: text.nextNonSpace(c.verbEnd), before: end, text)
            if c.verb.takesObject, j < end {
                // The hearer: "told them", "told CNN", "told the AP", "told Fox News Sunday" (an object
                // pronoun, or a determiner and capitalised words), or "told the council the ...": a
                // determiner and one word before another determiner. A lower-case hearer such as
                // "reporters" is an adjunct, skipped above, and then no determiner is skipped: "told
                // reporters the bridge ..." reports "the bridge ...".
                let skippedAdjunct = j != text.nextNonSpace(c.verbEnd)
                if lexicon.cueContext[tokens[j].key] == .object {
                    j = text.nextNonSpace(j + 1)
                } else if !skippedAdjunct, lexicon.cueContext[tokens[j].key] == .determiner {
                    let n = text.nextNonSpace(j + 1)
                    if n < end, tokens[n].kind == .word, text.bytes[tokens[n].range.start] &- 0x41 < 26 {
                        j = n
                        while j < end, tokens[j].kind == .word, text.bytes[tokens[j].range.start] &- 0x41 < 26 {
                            j = text.nextNonSpace(j + 1)
                        }
                    } else if n < end, tokens[n].kind == .word {
                        let after = text.nextNonSpace(n + 1)
                        if after < end, lexicon.cueContext[tokens[after].key] == .determiner { j = after }
                    }
                } else {
                    while j < end, tokens[j].kind == .word, text.bytes[tokens[j].range.start] &- 0x41 < 26 {
                        j = text.nextNonSpace(j + 1)
                    }
                }
            }
            guard j < end, tokens[j].kind == .word || tokens[j].kind == .number,
                  lexicon.cueContext[tokens[j].key] != .preposition else { return nil }
            start = j
        }
        guard let s = start, s < end, tokens[s].kind != .quotationMark else { return nil }
        // The clause end: the sentence's last token before its final punctuation, or earlier where
        // the writer takes over: a dash not followed by a conjunction (an aside), a comma before a
        // gerund (", noting ..."), "and" before another speech verb ("... and said ..."), or the comma
        // closing a relative clause when the cue was "who says".
        let relative = text.previousNonSpace(c.spanStart - 1) >= 0 && tokens[text.previousNonSpace(c.spanStart - 1)].key == Self.whoKey
        var e = s
        var words = 0
        var k = s
        scan: while k < end {
            let t = tokens[k]
            if t.kind == .punctuation {
                let n = text.nextNonSpace(k + 1)
                if text.isAsideDash(k) {
                    if n >= end || lexicon.cueContext[tokens[n].key] != .conjunction { break }
                } else if text.bytes[t.range.start] == UInt8(ascii: ",") {
                    if relative { break }
                    if n < end, isGerund(n, text) || writerTakesOver(afterComma: n, before: end, text) { break }
                } else if text.bytes[t.range.start] == UInt8(ascii: ";"), !opensAnotherThatClause(n, before: end, text) {
                    // "... would rise; others disagreed": a semicolon closes the reported clause.
                    break
                }
            } else if t.kind == .word, lexicon.cueContext[t.key] == .conjunction, !isAdverb(k, from: s, text) {
                // "... and said ...", "... but added ...", "... and she accused ...", "... but Trump
                // said ...": a second report begins. (After a subject, a belief verb goes on with the
                // speaker's words: "... and he feels he can win".)
                var n = text.nextNonSpace(k + 1)
                var subject = false
                if n < end, lexicon.cueContext[tokens[n].key] == .subject {
                    n = text.nextNonSpace(n + 1)
                    subject = true
                } else {
                    while n < end, text.isCapitalisedWord(n), case let next = text.nextNonSpace(n + 1), next - k < Self.secondSubjectNameTokens {
                        n = next
                        subject = true
                    }
                }
                while n < end, lexicon.cueContext[tokens[n].key]?.isAuxiliary == true { n = text.nextNonSpace(n + 1) }
                // (A subject of one or two words joined to the content's first: "said he and Trump had
                // agreed", "said Ottawa and Washington had agreed" is one clause.)
                if n < end, let second = cues.cue(at: n, in: text, limit: end),
                   !subject || (second.verb.verbClass != "belief" && words >= Self.minimumWords) { break scan }
            }
            if t.kind == .word || t.kind == .number {
                words += 1
                if words > Self.maximumWords { return nil }
            }
            if t.kind != .whitespace { e = k }
            k += 1
        }
        while e > s, tokens[e].kind == .punctuation || tokens[e].kind == .whitespace
            || (tokens[e].kind == .quotationMark && tokens[e].quote?.role != .closing) { e -= 1 }
        guard words >= Self.minimumWords else { return nil }
        let content = TextRange(tokens[s].range.start, tokens[e].range.end)
        // Content that is one quoted span is a direct quote, found already.
        if let q = quoted.range(containing: min(content.start + 3, content.end - 1)), content.end <= q.end + 3 { return nil }
        return content
    }

    /// "called the deal “a disaster”", "described the talks as “productive”": a verb that reports
    /// only a judgement in quotation marks (`indirect` `quoted` in `speech-verbs.tsv`) reports its object
    /// and the quoted words, when a quotation in lower case opens a few words after the verb with no
    /// punctuation before it; the content ends with the quotation's closing mark. "called for ..." (a
    /// preposition), "a group called “...”" (no object) and "called it “Project Freedom”" (a name) report
    /// nothing here; the quotation alone is still a partial quote.
    private func quotedJudgement(after c: CueFinder.Cue, in range: Range<Int>, _ text: AnalyzedText, quoted: QuotedRanges) -> TextRange? {
        let tokens = text.tokens
        let s = text.nextNonSpace(c.verbEnd)
        guard s < range.upperBound, tokens[s].kind == .word || tokens[s].kind == .number,
              lexicon.cueContext[tokens[s].key] != .preposition else { return nil }
        var k = s
        var words = 0
        while k < range.upperBound, words <= Self.judgedObjectWords {
            let t = tokens[k]
            switch t.kind {
            case .word, .number: words += 1
            case .whitespace: break
            case .quotationMark:
                guard t.quote?.role == .opening else { return nil }
                let first = text.nextNonSpace(k + 1)
                guard first < range.upperBound, tokens[first].kind == .word,
                      text.bytes[tokens[first].range.start] &- 0x61 < 26,
                      let inside = quoted.range(containing: tokens[first].range.start) else { return nil }
                // The closing mark right after the quoted text, in the same sentence.
                let close = text.tokenIndex(at: inside.end)
                guard close < range.upperBound, tokens[close].kind == .quotationMark else { return nil }
                return TextRange(tokens[s].range.start, tokens[close].range.end)
            default:
                if t.kind == .punctuation, text.isHyphen(k) { break }
                return nil
            }
            k += 1
        }
        return nil
    }

    /// Where a question verb's content starts (`indirect` `question` in `speech-verbs.tsv`): at a question
    /// word (`question-words.tsv`) within a few words after the verb, the hearer between ("asked whether
    /// ...", "asked former Attorney General Eric Holder whether ..."); or, for a verb that takes the
    /// hearer, at the hearer of a request ("asked the court to block the order"). "asked about the
    /// talks", "asked for calm" (a preposition first) and a comma or quotation mark first report nothing.
    private func questionStart(after c: CueFinder.Cue, before end: Int, _ text: AnalyzedText) -> Int? {
        let tokens = text.tokens
        let first = text.nextNonSpace(c.verbEnd)
        var k = first
        var words = 0
        while k < end, words <= Self.hearerWords, tokens[k].kind == .word || tokens[k].kind == .number {
            if lexicon.questionWords.contains(tokens[k].key) { return k }
            // A request: to the hearer ("asked the court to block the order") or of the asker's own
            // ("Judicial Watch asked to depose Clinton").
            if tokens[k].key == Self.toKey { return words == 0 || c.verb.takesObject ? first : nil }
            if words == 0, lexicon.cueContext[tokens[k].key] == .preposition { return nil }
            words += 1
            k = text.nextNonSpace(k + 1)
        }
        return nil
    }

    /// Whether the words from token `n`, just after a comma inside reported content, are the writer's:
    /// a source phrase (", according to officials"); a contrast (", while rivals ...", from
    /// `content-breaks.tsv`), unless a comma closes it within a few words (", while troublesome, was
    /// dealt with" is a concession inside the content); a description (", who leads the count", ", a
    /// plan the party dropped") that runs to the sentence's end; or a conjunction with a second report
    /// a few words on (", and more than 4 in 10 said ...").
    private func writerTakesOver(afterComma n: Int, before end: Int, _ text: AnalyzedText) -> Bool {
        let tokens = text.tokens
        guard tokens[n].kind == .word else { return false }
        let key = tokens[n].key
        if lexicon.sourcePhrases.mayStart(key), lexicon.sourcePhrases.longestMatch(in: text, at: n, limit: end) != nil { return true }
        switch lexicon.contentBreaks[key] {
        case .contrast?:
            guard let words = wordsBeforeClosingMark(from: n, before: end, text) else { return true }
            return words > Self.concessionWords
        case .gloss?: return wordsBeforeClosingMark(from: n, before: end, text) == nil
        case nil: return lexicon.cueContext[key] == .conjunction && reportFollows(n, before: end, text)
        }
    }

    /// Whether token `n`, after a semicolon, opens one more "that" clause of the same report ("assured
    /// her that ...; that his chief object ...; but that ...").
    private func opensAnotherThatClause(_ n: Int, before end: Int, _ text: AnalyzedText) -> Bool {
        guard n < end else { return false }
        var k = n
        if lexicon.cueContext[text.tokens[k].key] == .conjunction { k = text.nextNonSpace(k + 1) }
        return k < end && lexicon.cueContext[text.tokens[k].key] == .complementizer
    }

    /// Whether a speech cue stands within a few words after token `n`, before any punctuation or "that"
    /// (the second report's subject: "and more than 4 in 10 said").
    private func reportFollows(_ n: Int, before end: Int, _ text: AnalyzedText) -> Bool {
        let tokens = text.tokens
        var k = text.nextNonSpace(n + 1)
        var words = 0
        while k < end, words < Self.secondSubjectWords, tokens[k].kind == .word || tokens[k].kind == .number {
            if lexicon.cueContext[tokens[k].key] == .complementizer { return false }
            if lexicon.speechVerbs.mayStart(tokens[k].key), cues.cue(at: k, in: text, limit: end) != nil { return true }
            words += 1
            k = text.nextNonSpace(k + 1)
        }
        return false
    }

    /// The words of the phrase from token `n` up to the first comma, semicolon, colon, bracket or aside
    /// dash that closes it inside the sentence ("said the plan, which was drafted in May, would fail"),
    /// or nil when it runs to the sentence's end (or on past ``maximumWords``: the look-ahead of every
    /// cue's scan stays bounded in a sentence of thousands of cues).
    private func wordsBeforeClosingMark(from n: Int, before end: Int, _ text: AnalyzedText) -> Int? {
        var k = n
        var words = 0
        while k < end, words <= Self.maximumWords {
            let t = text.tokens[k]
            if t.kind == .word || t.kind == .number { words += 1 }
            if t.kind == .punctuation {
                let b = text.bytes[t.range.start]
                if b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: ":") || b == UInt8(ascii: "(")
                    || b == UInt8(ascii: ")") || text.isAsideDash(k) { return words }
            }
            k += 1
        }
        return nil
    }

    /// Skips adjuncts from token `j`: adjunct words ("Monday", "reporters") and time phrases of a
    /// preposition or determiner and adjunct words ("on Friday", "last week", "this month").
    private func skipAdjuncts(from start: Int, before end: Int, _ text: AnalyzedText) -> Int {
        var j = start
        while j < end {
            let role = lexicon.cueContext[text.tokens[j].key]
            if role == .adjunct { j = text.nextNonSpace(j + 1); continue }
            guard role == .preposition || role == .determiner else { break }
            var n = text.nextNonSpace(j + 1)
            if n < end, let r = lexicon.cueContext[text.tokens[n].key], r == .preposition || r == .determiner {
                n = text.nextNonSpace(n + 1)
            }
            guard n < end, lexicon.cueContext[text.tokens[n].key] == .adjunct else { break }
            // "said each year of education yields ...": a time word with "of" after it heads the
            // content's subject.
            let after = text.nextNonSpace(n + 1)
            if after < end, text.tokens[after].key == NounPhraseReader.ofKey { break }
            j = n
        }
        return j
    }

    /// A lower-case word ending in "-ing" (", noting ...", ", adding ...").
    private func isGerund(_ i: Int, _ text: AnalyzedText) -> Bool {
        let r = text.tokens[i].range
        guard text.tokens[i].kind == .word, r.length > 4 else { return false }
        let b = text.bytes
        return b[r.start] >= 0x61 && b[r.end - 3] == UInt8(ascii: "i") && b[r.end - 2] == UInt8(ascii: "n") && b[r.end - 1] == UInt8(ascii: "g")
            && lexicon.cueContext[text.tokens[i].key] != .conjunction
    }

    /// Whether the conjunction at token `k` is an adverb: after a negator or an auxiliary ("had not yet
    /// been told" goes on with the same clause).
    private func isAdverb(_ k: Int, from start: Int, _ text: AnalyzedText) -> Bool {
        let p = text.previousNonSpace(k - 1)
        guard p >= start, text.tokens[p].kind == .word else { return false }
        return lexicon.negators.contains(text.tokens[p].key) || lexicon.cueContext[text.tokens[p].key]?.isAuxiliary == true
    }

    static let apostropheKey = KeyHash.of("'")

}
