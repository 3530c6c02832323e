/// The speaker named at the cue, in either order: "Trump said", "said Tong, who is ...", "X, an
/// economist with Y, said" (the apposition is skipped, so X, not Y), "X, who is slated to join the
/// talks with Y, has said" (likewise), "according to the White House". Never a name inside a quote:
/// the zones read lie outside every quoted span.
struct CueSubjectRule {
    static let method = "cue"
    /// A name at the cue: the surest attribution there is.
    static let confidenceNamed = 0.95
    /// A pronoun at the cue, resolved to the most recent compatible person.
    static let confidencePronoun = 0.8
    /// A role description ("the minister").
    static let confidenceRole = 0.75
    /// The most tokens (white space included) of a stretch between an apposition's commas that the
    /// subject may open ("who negotiated the July deal and now serves as economy" has 19).
    static let appositionStretch = 48
    /// The most words of a state or region after its city inside an apposition ("Sumter, South Carolina,": 2).
    static let stateWords = 3
    /// How far back (tokens, white space included) ``clauseSubjectZone(before:sentence:text:sentenceWide:)``
    /// reads: a long clause of news (about 60 words).
    static let clauseLookBack = 120
    /// How many more commas an apposition may hold when the stretch before its last one names nobody
    /// ("economy, trade and industry minister" has two).
    static let appositionCommas = 2
    /// The most tokens a subject zone spans ("Japanese Prime Minister Shigeru Ishiba" is 5 words).
    static let maximumZone = 16

    let reader: NounPhraseReader

    /// The subject zone and the apposition (if any) for the quote's cue.
    func zone(for q: Quote, in text: AnalyzedText) -> (zone: Range<Int>, apposition: Range<Int>?, nearEnd: Bool)? {
        // Japanese: the phrase its rule found (the verb comes last, after the words and the speaker).
        if q.japanese { return q.subjectTokens.map { ($0, nil, true) } }
        guard let cueToken = q.cueToken, let cue = q.cue else { return nil }
        let tokens = text.tokens
        let sentence = text.sentenceTokens[text.sentenceIndex(ofToken: cueToken)]
        let quoted = q.pieces
        func isQuoted(_ i: Int) -> Bool { quoted.contains { $0.start <= tokens[i].range.start && tokens[i].range.end <= $0.end } }
        func isBoundary(_ i: Int) -> Bool {
            let t = tokens[i]
            if t.kind == .quotationMark { return true }
            if t.kind == .punctuation {
                let b = text.bytes[t.range.start]
                // A period inside the sentence ends an abbreviation ("Gov. Terry E. Branstad"), not the zone.
                let isPeriod = b == UInt8(ascii: ".") && text.nextNonSpace(i + 1) < sentence.upperBound
                return b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: ":") || b == 0xE2
                    || (!isPeriod && Tokenizer.mayEndSentence(text.bytes, t.range.start, t.range.end))
            }
            return false
        }
        if q.cueInverted {
            // After the verb (or "according to"): up to the next boundary.
            var s = text.tokenIndex(at: cue.end)
            s = text.nextNonSpace(s)
            var e = s
            while e < sentence.upperBound, !isBoundary(e), !isQuoted(e), e - s < Self.maximumZone { e += 1 }
            // "said Tong, who is a former State Department official": the apposition after the name.
            var appo: Range<Int>? = nil
            if e < sentence.upperBound, tokens[e].kind == .punctuation, text.bytes[tokens[e].range.start] == UInt8(ascii: ",") {
                var a = e + 1
                while a < sentence.upperBound, !isBoundary(a) { a += 1 }
                appo = min(text.nextNonSpace(e + 1), a)..<a
                // "according to the White House, the plans include ...": what follows is the content;
                // ", and said ...": a verb of the sentence's subject. Neither is an apposition.
                if let r = appo, r.contains(where: isQuoted) || (!r.isEmpty && reader.lexicon.conjunctions.contains(tokens[r.lowerBound].key)) {
                    appo = nil
                }
            }
            return (s..<e, appo, false)
        }
        // Before the cue: skip back over an apposition between commas, then read to the boundary.
        let cueStart = text.tokenIndex(at: cue.start)
        // ", saying ...": a participle reports what the sentence's subject said; read from its start.
        if q.cueVerb?.tense == "gerund" {
            let p = text.previousNonSpace(cueStart - 1)
            if p > sentence.lowerBound, tokens[p].kind == .punctuation, text.bytes[tokens[p].range.start] == UInt8(ascii: ","),
               let z = clauseSubjectZone(before: p, sentence: sentence, text: text, sentenceWide: true) {
                return (z, nil, false)
            }
        }
        var end = text.previousNonSpace(cueStart - 1)
        // "Mr. Bennet, who could by no means ..., immediately said": a manner adverb after the apposition's
        // comma belongs to the verb.
        let beforeAdverb = text.previousNonSpace(end - 1)
        if end > sentence.lowerBound, Self.isMannerAdverb(end, text), beforeAdverb >= sentence.lowerBound,
           tokens[beforeAdverb].kind == .punctuation, text.bytes[tokens[beforeAdverb].range.start] == UInt8(ascii: ",") {
            end = beforeAdverb
        }
        // "Trump called the truce “a total victory” for American workers and said ...", "Cho added that
        // ... but worried that ...": a verb joined to the one before shares its subject. (After a comma,
        // ", and said", the rule for a zone opening with a conjunction, below, reads it.)
        if end > sentence.lowerBound, tokens[end].kind == .word, reader.lexicon.conjunctions.contains(tokens[end].key),
           case let p = text.previousNonSpace(end - 1), p >= sentence.lowerBound, !text.isComma(p),
           let z = clauseSubjectZone(before: end, sentence: sentence, text: text) {
            return (z, nil, false)
        }
        // `himself “Tariff Man,” wrote`: an apposition may end inside a closing mark.
        if end > sentence.lowerBound, tokens[end].kind == .quotationMark, tokens[end].quote?.role != .opening {
            let inner = text.previousNonSpace(end - 1)
            if inner >= sentence.lowerBound, tokens[inner].kind == .punctuation, text.bytes[tokens[inner].range.start] == UInt8(ascii: ",") {
                end = inner
            }
        }
        var appo: Range<Int>? = nil
        // "Jason Sims — a teacher from Mount Pleasant — says": an aside between dashes is skipped as an
        // apposition between commas is.
        if end > sentence.lowerBound, text.isDash(end) {
            let close = text.dashRunStart(end)
            var k = text.previousNonSpace(close - 1)
            while k >= sentence.lowerBound, !isBoundary(k), !text.isDash(k), !isQuoted(k) { k = text.previousNonSpace(k - 1) }
            if k > sentence.lowerBound, text.isDash(k) {
                appo = text.nextNonSpace(k + 1)..<close
                end = text.previousNonSpace(text.dashRunStart(k) - 1)
            }
        }
        if end >= sentence.lowerBound, tokens[end].kind == .punctuation, text.bytes[tokens[end].range.start] == UInt8(ascii: ",") {
            // The apposition may hold quotation marks of its own ("wearing “Ted Cruz” campaign pins").
            var k = text.previousNonSpace(end - 1)
            func closesThisQuote(_ i: Int) -> Bool {
                tokens[i].kind == .quotationMark && quoted.contains { $0.end == tokens[i].range.start }
            }
            while k >= sentence.lowerBound, !closesThisQuote(k), !(tokens[k].kind == .punctuation && isBoundary(k)) {
                k = text.previousNonSpace(k - 1)
            }
            // "a customs broker in Laredo, Texas,": one capitalised word between commas is a place
            // finishing the apposition; the apposition goes on before it. So are a few after a
            // capitalised word ("a salesman from Sumter, South Carolina,": a city and its state).
            let single = text.nextNonSpace(k + 1)
            if k > sentence.lowerBound, tokens[single].kind == .word, text.bytes[tokens[single].range.start] &- 0x41 < 26,
               text.nextNonSpace(single + 1) == end || isStateAfterCity(single..<end, comma: k, text) {
                var k2 = text.previousNonSpace(k - 1)
                while k2 >= sentence.lowerBound, !closesThisQuote(k2), !(tokens[k2].kind == .punctuation && isBoundary(k2)) {
                    k2 = text.previousNonSpace(k2 - 1)
                }
                if k2 >= sentence.lowerBound, tokens[k2].kind == .punctuation, text.bytes[tokens[k2].range.start] == UInt8(ascii: ",") { k = k2 }
            }
            // "One of them, a Port Arthur, Texas, hardware retailer, said": a place and its state inside the
            // apposition, whose last stretch goes on in lower case without a determiner ("hardware
            // retailer"); the apposition goes on before the place.
            let rest = text.nextNonSpace(k + 1)
            if k > sentence.lowerBound, text.isComma(k), rest < end, tokens[rest].kind == .word,
               text.bytes[tokens[rest].range.start] &- 0x61 < 26, !reader.lexicon.determiners.contains(tokens[rest].key) {
                let state = text.previousNonSpace(k - 1)
                let comma = text.previousNonSpace(state - 1)
                let place = text.previousNonSpace(comma - 1)
                if place > sentence.lowerBound, text.isCapitalisedWord(state), text.isComma(comma), text.isCapitalisedWord(place) {
                    var k2 = place
                    while k2 >= sentence.lowerBound, !closesThisQuote(k2), !(tokens[k2].kind == .punctuation && isBoundary(k2)) {
                        k2 = text.previousNonSpace(k2 - 1)
                    }
                    if k2 >= sentence.lowerBound, text.isComma(k2) { k = k2 }
                }
            }
            if k >= sentence.lowerBound, tokens[k].kind == .punctuation, text.bytes[tokens[k].range.start] == UInt8(ascii: ",") {
                appo = text.nextNonSpace(k + 1)..<end
                end = text.previousNonSpace(k - 1)
                // "Ryosei Akazawa, now Japan's economy, trade and industry minister, said": a stretch whose
                // only capitalised word is a possessive names no speaker; it opens a list inside the
                // apposition, which goes on back to the comma before it.
                var p = end
                while p >= sentence.lowerBound, !(tokens[p].kind == .punctuation && isBoundary(p)), !closesThisQuote(p) {
                    p = text.previousNonSpace(p - 1)
                }
                if p > sentence.lowerBound, tokens[p].kind == .punctuation, text.bytes[tokens[p].range.start] == UInt8(ascii: ","),
                   Self.onlyPossessiveNames(from: text.nextNonSpace(p + 1), through: end, text) {
                    appo = text.nextNonSpace(p + 1)..<appo!.upperBound
                    end = text.previousNonSpace(p - 1)
                }
            }
        }
        guard var z = backwardZone(endingAt: end, sentence: sentence, text: text, isBoundary: isBoundary, isQuoted: isQuoted) else { return nil }
        // "Ryosei Akazawa, who now serves as economy, trade and industry minister, said": a list inside
        // the apposition; while the stretch before it names nobody and a comma precedes it, the
        // apposition goes on back to that comma (at most ``appositionCommas`` more).
        var extra = 0
        // The stretch ending at token `last`, back to the boundary before it (at most ``appositionStretch``).
        func stretch(endingAt last: Int) -> Range<Int> {
            var first = last
            while first - 1 >= sentence.lowerBound, last - first < Self.appositionStretch {
                let p = text.previousNonSpace(first - 1)
                if p < sentence.lowerBound || isBoundary(p) || isQuoted(p) { break }
                first = p
            }
            return first..<(last + 1)
        }
        // (A capitalised word in the zone that can be a name, not "July", is most likely the name: no
        // reading needed to go on.) The closure reads the one word list, not `self`: capturing `self`
        // would copy the whole rule, lexicons and all, for every quote.
        let notNames = reader.lexicon.notNames
        while let a = appo, extra < Self.appositionCommas,
              !z.contains(where: { tokens[$0].kind == .word && text.bytes[tokens[$0].range.start] &- 0x41 < 26
                                   && !notNames.contains(tokens[$0].key) }),
              reader.mention(in: z, of: text, nearEnd: true) == nil {
            // The zone may have been cut at its length ("who negotiated the July deal and now serves as
            // economy" is longer than a subject): the whole stretch first.
            let whole = stretch(endingAt: z.upperBound - 1)
            if whole.lowerBound < z.lowerBound {
                z = whole
                if reader.mention(in: z, of: text, nearEnd: true) != nil { break }
            }
            let comma = text.previousNonSpace(z.lowerBound - 1)
            guard comma > sentence.lowerBound, text.isComma(comma) else { break }
            appo = text.nextNonSpace(comma + 1)..<a.upperBound
            z = stretch(endingAt: text.previousNonSpace(comma - 1))
            extra += 1
        }
        // "The Queen left off, quite out of breath, and said to Alice": a second verb of the same
        // subject; the speaker is the sentence's subject, read from its start.
        let first = text.nextNonSpace(z.lowerBound)
        if first < z.upperBound, reader.lexicon.conjunctions.contains(tokens[first].key), first > sentence.lowerBound {
            let rest = min(text.nextNonSpace(first + 1), z.upperBound)..<z.upperBound
            switch reader.mention(in: rest, of: text, nearEnd: true)?.kind {
            case .pronoun?:
                // "and she could not help crying out": the subject pronoun follows the conjunction.
                return (rest, appo, true)
            case nil:
                // From the start of the clause: after the last semicolon ("Lydia was told to be quiet; but
                // Mr. Collins ... laid aside his book, and said").
                var clause = sentence.lowerBound
                for k in sentence.lowerBound..<first where tokens[k].kind == .punctuation && text.bytes[tokens[k].range.start] == UInt8(ascii: ";") {
                    clause = k + 1
                }
                return (text.nextNonSpace(clause)..<first, nil, false)
            default:
                break
            }
        }
        return (z, appo, true)
    }

    /// The most words of an opening phrase skipped before a clause's subject ("Two days later,": 3).
    static let openingPhraseWords = 3

    /// The comma closing a phrase of at most ``openingPhraseWords`` words from token `start` that ends
    /// in a lower-case word, with a word after the comma; nil otherwise.
    private func shortOpeningPhraseEnd(from start: Int, before end: Int, _ text: AnalyzedText) -> Int? {
        var k = start
        var words = 0
        var last = start
        while k < end, words <= Self.openingPhraseWords {
            let t = text.tokens[k]
            if text.isComma(k) {
                let n = text.nextNonSpace(k + 1)
                return words > 0 && text.isLowerCaseWord(last) && n < end && text.tokens[n].kind == .word ? k : nil
            }
            guard t.kind == .word || t.kind == .number || t.kind == .whitespace else { return nil }
            if t.kind != .whitespace { words += 1; last = k }
            k += 1
        }
        return nil
    }

    /// Whether `words` (between the comma `comma` and the apposition's closing comma) are a few
    /// capitalised words after a capitalised word and that comma: "Sumter, South Carolina".
    private func isStateAfterCity(_ words: Range<Int>, comma: Int, _ text: AnalyzedText) -> Bool {
        var count = 0
        for i in words where text.tokens[i].kind != .whitespace {
            guard text.isCapitalisedWord(i) else { return false }
            count += 1
        }
        let city = text.previousNonSpace(comma - 1)
        return count <= Self.stateWords && city >= 0 && text.isCapitalisedWord(city)
    }

    /// The clause before token `end`, from its start (after the sentence's last semicolon, or comma and
    /// conjunction, before it: "I was introduced, and Mrs. Forrester begged me to step in and tell"),
    /// without what opens it before the subject: a stretch up to a comma or dash that opens with a
    /// preposition ("In Washington,"), or a dateline (``AnalyzedText/afterDateline(_:limit:)``: "WASHINGTON
    /// —"), unless no speaker is named after it ("In ran Mrs. Bennet to
    /// her room, in her gown, crying out"). Read from its start: the subject comes first.
    /// `sentenceWide`: from the sentence start instead (", saying ..." reports what the sentence's subject said).
    func clauseSubjectZone(before end: Int, sentence: Range<Int>, text: AnalyzedText, sentenceWide: Bool = false) -> Range<Int>? {
        let tokens = text.tokens
        // At most ``clauseLookBack`` tokens back: a sentence of thousands of cues stays linear.
        var clause = sentence.lowerBound
        if !sentenceWide {
            clause = max(sentence.lowerBound, end - Self.clauseLookBack)
            for k in clause..<end where tokens[k].kind == .punctuation {
                if text.bytes[tokens[k].range.start] == UInt8(ascii: ";") { clause = k + 1 }
                if text.isComma(k), case let n = text.nextNonSpace(k + 1), n < end, reader.lexicon.conjunctions.contains(tokens[n].key) {
                    clause = n + 1
                }
            }
        }
        clause = text.nextNonSpace(clause)
        var start = clause
        if let after = text.afterDateline(start, limit: end) { start = after }
        while start < end, tokens[start].kind == .word, reader.lexicon.prepositions.contains(tokens[start].key) {
            var k = start
            let limit = min(end, start + Self.clauseLookBack)
            while k < limit, !text.isComma(k), !text.isAsideDash(k) {
                k += 1
            }
            guard k < limit else { break }
            start = text.nextNonSpace(k + 1)
        }
        // A short time phrase closed by a comma whose last word is in lower case ("Hours later,",
        // "Two days ago,"): no subject either ("Trump, who ..." and "Mr. Lee's aide, Ana Ruiz," are).
        if start < end, let comma = shortOpeningPhraseEnd(from: start, before: end, text) { start = text.nextNonSpace(comma + 1) }
        if start > clause, start >= end || reader.mention(in: start..<end, of: text, nearEnd: false) == nil { start = clause }
        return start < end ? start..<end : nil
    }

    /// A lower-case manner adverb: a word of `minimumLength` letters or more ending in "ly"
    /// ("immediately", "boisterously"), the regular English form.
    static func isMannerAdverb(_ i: Int, _ text: AnalyzedText, minimumLength: Int = 5) -> Bool {
        let t = text.tokens[i]
        guard t.kind == .word, t.range.length >= minimumLength else { return false }
        let b = text.bytes
        return b[t.range.start] &- 0x61 < 26 && b[t.range.end - 2] == UInt8(ascii: "l") && b[t.range.end - 1] == UInt8(ascii: "y")
    }

    /// True when the capitalised words of tokens `from...through` are all possessives ("now Japan's
    /// economy") and there is at least one (false for an empty stretch, as between two commas).
    static func onlyPossessiveNames(from: Int, through: Int, _ text: AnalyzedText) -> Bool {
        guard from <= through else { return false }
        var possessives = 0
        for i in from...through where text.tokens[i].kind == .word && text.bytes[text.tokens[i].range.start] &- 0x41 < 26 {
            guard NounPhraseReader.possessiveStemKey(i, text) != nil else { return false }
            possessives += 1
        }
        return possessives > 0
    }

    /// The tokens before and up to `end`, back to the nearest boundary (at most ``maximumZone``).
    func backwardZone(endingAt end: Int, sentence: Range<Int>, text: AnalyzedText,
                      isBoundary: (Int) -> Bool, isQuoted: (Int) -> Bool) -> Range<Int>? {
        var start = end
        while start - 1 >= sentence.lowerBound, end - start < Self.maximumZone {
            let p = text.previousNonSpace(start - 1)
            if p < sentence.lowerBound || isBoundary(p) || isQuoted(p) { break }
            start = p
        }
        guard end >= start, end >= sentence.lowerBound else { return nil }
        return start..<(end + 1)
    }

    /// "Kasich: ‘We are going ...’" and "Rep. Trey Gowdy (R-S.C.): “...”": a name and a colon right before
    /// the opening mark.
    func colonZone(for q: Quote, in text: AnalyzedText) -> Range<Int>? {
        let open = text.previousNonSpace(text.tokenIndex(at: q.range.start) - 1)
        let colon = text.previousNonSpace(open - 1)
        guard open >= 0, text.tokens[open].kind == .quotationMark, colon >= 0, text.tokens[colon].kind == .punctuation,
              text.bytes[text.tokens[colon].range.start] == UInt8(ascii: ":") else { return nil }
        let sentence = text.sentenceTokens[text.sentenceIndex(ofToken: colon)]
        let zone = backwardZone(endingAt: text.previousNonSpace(colon - 1), sentence: sentence, text: text, isBoundary: { i in
            let t = text.tokens[i]
            return t.kind == .quotationMark || (t.kind == .punctuation && [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":")].contains(text.bytes[t.range.start]))
        }, isQuoted: { _ in false })
        // Only a short label ("Trump:", "Former secretary of state Hillary Rodham Clinton:") qualifies.
        guard let z = zone, text.wordCount(in: TextRange(text.tokens[z.lowerBound].range.start, text.tokens[z.upperBound - 1].range.end)) <= 8 else { return nil }
        return z
    }

    /// The antecedent of a relative pronoun at token `who` ("Mike Lee, who declared"): the zone before
    /// the comma in front of it.
    func antecedentZone(before who: Int, in text: AnalyzedText) -> Range<Int>? {
        let sentence = text.sentenceTokens[text.sentenceIndex(ofToken: who)]
        let comma = text.previousNonSpace(who - 1)
        guard comma > sentence.lowerBound, text.tokens[comma].kind == .punctuation,
              text.bytes[text.tokens[comma].range.start] == UInt8(ascii: ",") else { return nil }
        let end = text.previousNonSpace(comma - 1)
        return backwardZone(endingAt: end, sentence: sentence, text: text, isBoundary: { i in
            let t = text.tokens[i]
            return t.kind == .quotationMark || (t.kind == .punctuation && text.bytes[t.range.start] != UInt8(ascii: "."))
        }, isQuoted: { _ in false })
    }
}
