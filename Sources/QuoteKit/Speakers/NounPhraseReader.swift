/// Reads the speaker phrase in a short run of tokens (the subject before a cue, the name after an
/// inverted cue or after "according to"): a registry alias with its titles, a pronoun, a role
/// description, or a capitalised name the registry does not know.
struct NounPhraseReader {
    let lexicon: SpeakerLexicon
    /// The document's lower-case words, when known: a sentence-opening word found among them is no name.
    var lowerCase: LowerCaseWords? = nil
    /// The document's folded keys, when kept (registry aliases are matched diacritic-insensitively).
    var foldedKeys: FoldedKeys? = nil
    /// The speech verbs (`speech-verbs.tsv`), when known: a verb is no word of a noun phrase ("Clinton
    /// says many doubted her").
    var speechVerbs: PhraseTable<SpeechVerb>? = nil
    /// The document's day (`YYYY-MM-DD`), when known: an office alias ("the president") names whoever
    /// held the office then (``SpeakerRegistry/Entry/terms``).
    var documentDay: String? = nil

    /// The diacritic-folded key of token `i` (``SpeakerRegistry/foldedKey(_:_:)``).
    func foldedKey(_ text: AnalyzedText, _ i: Int) -> UInt64 {
        foldedKeys?.key(text, i) ?? SpeakerRegistry.foldedKey(text, i)
    }

    /// The mention in tokens `zone` (non-space tokens only count), preferring the phrase nearest to
    /// `nearEnd` (the cue) when several stand in the zone.
    func mention(in zone: Range<Int>, of text: AnalyzedText, nearEnd: Bool) -> SpeakerMention? {
        let tokens = text.tokens
        guard !zone.isEmpty else { return nil }
        // 0. A subject pronoun right before the verb is the subject ("Trump was talking ... when he told").
        if nearEnd {
            let last = text.previousNonSpace(zone.upperBound - 1)
            if last >= zone.lowerBound, tokens[last].kind == .word, let p = lexicon.pronouns[tokens[last].key], p.isSubject {
                return SpeakerMention(range: tokens[last].range, firstToken: last, kind: .pronoun(p))
            }
        }
        if let d = describedBeforePlace(in: zone, text) { return d }
        // 1. Registry aliases: the longest match, nearest to the cue.
        var best: SpeakerMention? = nil
        var bestEnd = zone.lowerBound
        var i = zone.lowerBound
        while i < zone.upperBound {
            if tokens[i].kind == .word, let (found, end) = lexicon.registry.aliases.longestMatch(in: text, at: i, limit: zone.upperBound, keyOf: { foldedKey(text, $0) }),
               wordBoundaryAfter(end, text), !runsIntoLongerName(end, text), case let start = extendOverTitles(i, zone: zone, text),
               case let ids = registryIDs(found, titleGender: start.gender), !ids.isEmpty {
                var m = SpeakerMention(range: TextRange(tokens[start.index].range.start, tokens[end - 1].range.end),
                                       firstToken: start.index, kind: .registry(ids))
                m.titleGender = start.gender
                if best == nil || nearEnd { best = m; bestEnd = end }
                if !nearEnd {
                    // Read from the start, a capitalised name before the alias comes first ("Mr. Feng
                    // called the meeting useful, according to Xinhua, and said"), unless it is a
                    // possessive that belongs to the alias's phrase ("China's official Xinhua") or the
                    // start of a title running into the alias ("Vice" of "Vice President Donald Trump").
                    if let name = nameAfterQualifier(end, in: zone, text) { return name }
                    if start.index > zone.lowerBound, let name = capitalisedName(in: zone.lowerBound..<start.index, text, nearEnd: false),
                       Self.possessiveStemKey(text.tokenIndex(at: name.range.end - 1), text) == nil {
                        guard let (_, titleEnd) = lexicon.titles.longestMatch(in: text, at: name.firstToken, limit: end),
                              titleEnd > start.index, var m = best else { return name }
                        m.range = TextRange(tokens[name.firstToken].range.start, m.range.end)
                        m.firstToken = name.firstToken
                        return m
                    }
                    return best
                }
                i = end
            } else {
                i += 1
            }
        }
        if let best {
            // The alias may only qualify the speaker: "Trump adviser Stephen Miller", "Trump supporters".
            if nearEnd { return nameAfterQualifier(bestEnd, in: zone, text) ?? roleAfter(best, in: zone, text) ?? best }
            return best
        }
        if nearEnd, let share = sharePhrase(in: zone, text) { return share }
        let words = zone.filter { tokens[$0].kind == .word }
        if let r = relation(words, text) { return r }
        // 2. A pronoun standing alone ("he said", "said she") or opening the zone ("he laughed and").
        if let w = words.first, let p = lexicon.pronouns[tokens[w].key], p.isSubject || words.count == 1 {
            return SpeakerMention(range: tokens[w].range, firstToken: w, kind: .pronoun(p))
        }
        // 2b. A role phrase opening with an article the English lexicons do not know ("Le ministre a
        // ajouté", "sagte der Kanzler am Dienstag"): the role, though its words are capitalised. It fills
        // the zone before a verb; after an inverted verb it opens the zone, unless a name follows it ("dijo
        // la presidenta Ines Tolle": a title).
        if let w = words.first, !lexicon.determiners.contains(tokens[w].key),
           let (role, end) = lexicon.roles.longestMatch(in: text, at: w, limit: zone.upperBound), end > text.nextNonSpace(w + 1),
           case let next = text.nextNonSpace(end), next >= zone.upperBound || (!nearEnd && !text.isCapitalisedWord(next)) {
            let r = TextRange(tokens[w].range.start, tokens[end - 1].range.end)
            return SpeakerMention(range: r, firstToken: w, kind: .role(role, text.string(r)))
        }
        // 3. A capitalised name, with any titles before it ("Treasury Secretary Scott Bessent" when
        // the registry lacks him; "the Mock Turtle").
        if let name = capitalisedName(in: zone, text, nearEnd: nearEnd) { return described(name, in: zone, text) ?? name }
        // 4. A role description ending the zone ("a Japanese government source", "officials").
        for s in zone where tokens[s].kind == .word {
            if let (role, end) = lexicon.roles.longestMatch(in: text, at: s, limit: zone.upperBound),
               text.nextNonSpace(end) >= zone.upperBound || !nearEnd || documentOpens(role, end, zone, text) {
                if role.isDocument {
                    // A document named inside a quotation ("nothing in this document ...") says nothing.
                    if (zone.lowerBound..<s).contains(where: { tokens[$0].kind == .quotationMark }) { continue }
                    return documentPhrase(role, s, end, in: zone, text)
                }
                // A determiner before the role belongs to it ("the others").
                let p = text.previousNonSpace(s - 1)
                let first = p >= zone.lowerBound && tokens[p].kind == .word && lexicon.determiners.contains(tokens[p].key) ? p : s
                // The hearer ("boasted to reporters of ...", "he told reporters in Tokyo, adding") is no
                // speaker.
                let before = text.previousNonSpace(first - 1)
                if before >= zone.lowerBound, tokens[before].key == IndirectSpeechRule.toKey
                    || speechVerbs?.longestMatch(in: text, at: before, limit: before + 1) != nil { continue }
                let r = TextRange(tokens[first].range.start, tokens[end - 1].range.end)
                return SpeakerMention(range: r, firstToken: first, kind: .role(role, text.string(r)))
            }
        }
        // 5. A description: a determiner and a few words ("the man", "the 46-year-old", "one employee").
        if let w = words.first, lexicon.determiners.contains(tokens[w].key), words.count >= 2,
           words.count <= Self.maximumDescriptionWords {
            let r = TextRange(tokens[w].range.start, tokens[words.last!].range.end)
            return SpeakerMention(range: r, firstToken: w, kind: .role(SpeakerLexicon.Role(isOrganisation: false, plural: false), text.string(r)))
        }
        return nil
    }

    /// A document role (`role-nouns.tsv`) at tokens `s..<end` as the speaker, with the lower-case words and
    /// the determiner qualifying it ("public filings", "the latest poll") and what it is of or by, to the
    /// zone's end ("early results of exit polls", "A survey of 400 exporters").
    private func documentPhrase(_ role: SpeakerLexicon.Role, _ s: Int, _ end: Int, in zone: Range<Int>, _ text: AnalyzedText) -> SpeakerMention {
        let tokens = text.tokens
        var first = s
        var p = text.previousNonSpace(s - 1)
        var qualifiers = 0
        while p >= zone.lowerBound, tokens[p].kind == .word, qualifiers < Self.maximumQualifierWords {
            if lexicon.determiners.contains(tokens[p].key) { first = p; break }
            guard text.isLowerCaseWord(p), !lexicon.prepositions.contains(tokens[p].key), isQualifierWord(p, text) else { break }
            qualifiers += 1
            first = p
            p = text.previousNonSpace(p - 1)
        }
        let last = documentOpens(role, end, zone, text) ? phraseEnd(zone, after: end - 1, text) : end - 1
        let r = TextRange(tokens[first].range.start, tokens[last].range.end)
        return SpeakerMention(range: r, firstToken: first, kind: .role(role, Self.spacedText(text, r)))
    }

    /// The zone's last word, not before token `head`, over any preposition or determiner left hanging
    /// where the zone was cut ("exit polls conducted for the").
    private func phraseEnd(_ zone: Range<Int>, after head: Int, _ text: AnalyzedText) -> Int {
        var last = text.previousNonSpace(zone.upperBound - 1)
        while last > head, text.tokens[last].kind != .word && text.tokens[last].kind != .number
                || lexicon.prepositions.contains(text.tokens[last].key) || lexicon.determiners.contains(text.tokens[last].key) {
            last = text.previousNonSpace(last - 1)
        }
        return max(last, head)
    }

    /// Whether a document role (`role-nouns.tsv`) ending before token `end` opens the phrase that runs to
    /// the zone's end: a preposition follows it ("A survey of 400 exporters found that").
    private func documentOpens(_ role: SpeakerLexicon.Role, _ end: Int, _ zone: Range<Int>, _ text: AnalyzedText) -> Bool {
        guard role.isDocument else { return false }
        let n = text.nextNonSpace(end)
        return n < zone.upperBound && text.tokens[n].kind == .word && lexicon.prepositions.contains(text.tokens[n].key)
    }

    /// The most words of a share phrase ("more than 6 in 10 New York Democratic voters": 8).
    static let maximumShareWords = 8
    static let inKey = KeyHash.of("in")
    static let ofKey = KeyHash.of("of")

    /// 1c. A share of a group filling the zone before the verb, as a poll's subject (`share-words.tsv`):
    /// modifiers and numbers, then a share word ("Nearly half", "Twenty-four percent", "a full 79
    /// percent") or "in" and a number ("six in 10", "more than 4 in 10", "one in five"), ending the zone or followed by
    /// "of" and the group ("a majority of Republicans", "Half of Vermont Democrats"). An opener before it
    /// ("while only 49 percent of Republicans") is left out. Any other word before the share ("Senate
    /// Majority Leader", "Clinton garnered most") or after it ("minority leader Harry Reid") makes it no
    /// share phrase.
    private func sharePhrase(in zone: Range<Int>, _ text: AnalyzedText) -> SpeakerMention? {
        let tokens = text.tokens
        let last = text.previousNonSpace(zone.upperBound - 1)
        var first = text.nextNonSpace(zone.lowerBound)
        while first <= last, let (kind, end) = lexicon.shareWords.longestMatch(in: text, at: first, limit: last + 1), kind == .opener {
            first = text.nextNonSpace(end)
        }
        guard first <= last, last < zone.upperBound else { return nil }
        // Before the share: modifiers, numbers, number words and hyphens only.
        var i = first
        var shareEnd: Int? = nil
        while i <= last {
            let t = tokens[i]
            if let (kind, end) = lexicon.shareWords.longestMatch(in: text, at: i, limit: last + 1) {
                if kind == .share { shareEnd = end; break }
                if kind == .opener { return nil }
                i = text.nextNonSpace(end)
                continue
            }
            if t.kind == .number || text.isHyphen(i) { i = text.nextNonSpace(i + 1); continue }
            if t.kind == .word, t.key == Self.inKey, i > first {
                let n = text.nextNonSpace(i + 1)
                if n <= last, tokens[n].kind == .number { shareEnd = n + 1; break }
                if n <= last, let (kind, end) = lexicon.shareWords.longestMatch(in: text, at: n, limit: last + 1), kind == .number {
                    shareEnd = end
                    break
                }
            }
            return nil
        }
        guard let shareEnd else { return nil }
        // After it: nothing, or "of" and the group.
        let after = text.nextNonSpace(shareEnd)
        if after <= last, tokens[after].key != Self.ofKey { return nil }
        var words = 0
        for k in first...last where tokens[k].kind == .word || tokens[k].kind == .number {
            words += 1
            if tokens[k].kind == .word, lexicon.pronouns[tokens[k].key]?.isSubject == true
                || speechVerbs?.longestMatch(in: text, at: k, limit: k + 1) != nil { return nil }
        }
        guard words <= Self.maximumShareWords else { return nil }
        let r = TextRange(tokens[first].range.start, tokens[last].range.end)
        return SpeakerMention(range: r, firstToken: first, kind: .role(SpeakerLexicon.Role(isOrganisation: false, plural: true, isShare: true), Self.spacedText(text, r)))
    }

    /// A subject pronoun in `zone` with no comma between it and the cue ("With an air of indifference he
    /// soon afterwards added"): the speaker when the zone holds no other mention.
    func subjectPronoun(in zone: Range<Int>, of text: AnalyzedText) -> SpeakerMention? {
        for i in zone.reversed() {
            let t = text.tokens[i]
            if t.kind == .punctuation, text.bytes[t.range.start] == UInt8(ascii: ",") { return nil }
            if t.kind == .word, let p = lexicon.pronouns[t.key], p.isSubject, p.gender != "relative" {
                return SpeakerMention(range: t.range, firstToken: i, kind: .pronoun(p))
            }
        }
        return nil
    }

    /// 1b. A possessive and a relation noun, a word or two apart: "her father", "his wife", "my
    /// faithful companion" (`relation-nouns.tsv`).
    private func relation(_ words: [Int], _ text: AnalyzedText) -> SpeakerMention? {
        guard let w = words.first, let p = lexicon.pronouns[text.tokens[w].key], p.isPossessive, p.gender != "neuter" else { return nil }
        for k in words.dropFirst().prefix(Self.maximumRelationGap + 1) {
            if let g = lexicon.relationNouns[text.tokens[k].key] {
                let r = TextRange(text.tokens[w].range.start, text.tokens[k].range.end)
                return SpeakerMention(range: r, firstToken: w, kind: .relation(p, noun: text.tokens[k].key, gender: g))
            }
        }
        return nil
    }

    /// The most words between a possessive and its relation noun ("my old friend").
    static let maximumRelationGap = 2

    /// The longest name suffix written with a period, without it ("Jr", "III"): longer words are not read.
    static let longestNameSuffix = 3

    /// The most words a description of an unnamed speaker has ("the Slovenia-born former model").
    static let maximumDescriptionWords = 6

    /// The registry entries an alias match (`found`) names here: an office alias only while its holder
    /// held the office on the document's day, and a name with a title only an entry that title can
    /// be ("Mrs. Reynolds" is not the registry's Mr. Reynolds: an honorific whose gender contradicts the
    /// entry's names someone else).
    func registryIDs(_ found: [Int], titleGender: String) -> [Int] {
        let ids = lexicon.registry.ids(found, on: documentDay)
        guard !titleGender.isEmpty else { return ids }
        return ids.filter { let g = lexicon.registry.entries[$0].gender; return g.isEmpty || g == titleGender }
    }

    /// Titles right before `i` ("Treasury Secretary", "Japanese Prime Minister", "Mr."): the start
    /// of the phrase, and the gender a title says.
    func extendOverTitles(_ i: Int, zone: Range<Int>, _ text: AnalyzedText) -> (index: Int, gender: String) {
        var start = i
        var gender = ""
        var moved = true
        while moved {
            moved = false
            // Try every title that ends right before `start` (none when no title ends with that word).
            var k = text.previousNonSpace(start - 1)
            guard k >= 0, lexicon.titles.mayEnd(text.tokens[k].key) else { break }
            // The longest such title: "Vice President", not "President", before "Joe Biden".
            var steps = 0
            var found: (index: Int, gender: String)? = nil
            while k >= zone.lowerBound && steps < lexicon.titles.maximumLength + 1 {
                if let (g, end) = lexicon.titles.longestMatch(in: text, at: k, limit: start), text.nextNonSpace(end) == start {
                    found = (k, g)
                }
                k = text.previousNonSpace(k - 1)
                steps += 1
            }
            if let found {
                start = found.index
                if !found.gender.isEmpty { gender = found.gender }
                moved = true
            }
        }
        return (start, gender)
    }

    /// Whether an alias match ending before token `end` runs on into a longer capitalised name: the next
    /// word, on the same line, is capitalised and no weekday, month or other word of `cue-context.tsv`
    /// ("Washington Post", "Trump Tower", "Donald Trump Jr.", "White House Press Secretary Josh
    /// Earnest"), outside a title-case heading ("Trump Addresses Munich Attack").
    func runsIntoLongerName(_ end: Int, _ text: AnalyzedText) -> Bool {
        let tokens = text.tokens
        var k = end
        while k < tokens.count, tokens[k].kind == .whitespace {
            for b in tokens[k].range.start..<tokens[k].range.end where text.bytes[b] == 0x0A || text.bytes[b] == 0x0D { return false }
            k += 1
        }
        guard k > end, k < tokens.count, text.isCapitalisedWord(k), !lexicon.notNames.contains(tokens[k].key) else { return false }
        return !text.isTitleCase(sentenceOf: k)
    }

    /// The run of capitalised words (and name punctuation: "E.J.", "Jae-myung") nearest the cue.
    private func capitalisedName(in zone: Range<Int>, _ text: AnalyzedText, nearEnd: Bool) -> SpeakerMention? {
        let tokens = text.tokens
        var runs: [Range<Int>] = []
        var runStart: Int? = nil
        var last = -1
        // Words in brackets are an aside to a name outside them ("John Kasich (R-OH) said").
        var depth = 0, runDepth = 0
        var bracketed: Set<Int> = []  // indices into `runs`
        func close(_ s: Int) {
            if runDepth > 0 { bracketed.insert(runs.count) }
            runs.append(s..<(last + 1))
            runStart = nil
        }
        for i in zone where tokens[i].kind != .whitespace {
            let t = tokens[i]
            if t.kind == .punctuation, t.range.length == 1, case let b = text.bytes[t.range.start],
               b == UInt8(ascii: "(") || b == UInt8(ascii: "[") || b == UInt8(ascii: ")") || b == UInt8(ascii: "]") {
                if let s = runStart { close(s) }
                depth = b == UInt8(ascii: "(") || b == UInt8(ascii: "[") ? depth + 1 : max(0, depth - 1)
                continue
            }
            let cap = t.kind == .word && text.bytes[t.range.start] &- 0x41 < 26 && !lexicon.notNames.contains(t.key)
            let joiner = runStart != nil && t.kind == .punctuation && t.range.length == 1
                && (text.bytes[t.range.start] == UInt8(ascii: ".") || text.bytes[t.range.start] == UInt8(ascii: "-"))
            if cap || joiner {
                if runStart == nil { runStart = i; runDepth = depth }
                last = i
            } else if let s = runStart {
                close(s)
            }
        }
        if let s = runStart { close(s) }
        if !bracketed.isEmpty && bracketed.count < runs.count {
            runs = runs.indices.filter { !bracketed.contains($0) }.map { runs[$0] }
        }
        // "Very soon the Rabbit ...", "“Come on!” roared": one capitalised word opening its sentence
        // that the document also writes in lower case is an ordinary word.
        if let lowerCase {
            runs.removeAll { r in
                guard r.count == 1, tokens[r.lowerBound].kind == .word else { return false }
                let p = text.previousNonSpace(r.lowerBound - 1)
                let opens = p < text.sentenceTokens[text.sentenceIndex(ofToken: r.lowerBound)].lowerBound || tokens[p].kind == .quotationMark
                return opens && lowerCase.contains(tokens[r.lowerBound].key)
            }
        }
        // A joiner cannot end a name ("Elizabeth--" before a quotation), except the period of a name
        // suffix written with one ("Donald Trump Jr.": `name-suffixes.tsv`).
        runs = runs.compactMap { r in
            var e = r.upperBound
            while e > r.lowerBound, tokens[e - 1].kind == .punctuation || tokens[e - 1].kind == .whitespace {
                if e - 2 >= r.lowerBound, tokens[e - 1].range.length == 1, text.bytes[tokens[e - 1].range.start] == UInt8(ascii: "."),
                   tokens[e - 2].kind == .word, tokens[e - 2].range.end == tokens[e - 1].range.start, tokens[e - 2].range.length <= Self.longestNameSuffix,
                   lexicon.nameSuffixes.contains(Normalizer.key(text.string(token: e - 2)) + ".") { break }
                e -= 1
            }
            return e > r.lowerBound ? r.lowerBound..<e : nil
        }
        guard var run = nearEnd ? (nameBeforePlace(runs, text) ?? runs.last) : runs.first else { return nil }
        // "But Mr. Smith", "The Mock Turtle": a sentence starter opening the run is no part of the name
        // (a lower-case "the" before a name is kept below).
        while run.count > 1, lexicon.sentenceStarters.contains(tokens[run.lowerBound].key), tokens[run.lowerBound].key != Self.theKey {
            run = text.nextNonSpace(run.lowerBound + 1)..<run.upperBound
        }
        var start = run.lowerBound
        // A sentence-initial function word is no name ("The", "But"): need a real capitalised word.
        let titled = extendOverTitles(start, zone: zone, text)
        // Strip leading office titles inside the run ("President Lee" → "Lee"; the phrase keeps the
        // title). An honorific that says a gender stays in the name: "Miss Bingley" and "Mr. Bingley"
        // are two people.
        var nameStart = start
        var honorificStart: Int? = nil
        var runGender = ""
        while nameStart < run.upperBound {
            if let (g, end) = lexicon.titles.longestMatch(in: text, at: nameStart, limit: run.upperBound), end < run.upperBound {
                if !g.isEmpty { honorificStart = honorificStart ?? nameStart; runGender = g } else { honorificStart = nil }
                nameStart = text.nextNonSpace(end)
            } else { break }
        }
        // An office title inside the run, after words that qualify it ("Ohio Gov. John Kasich",
        // "Former Treasury Secretary Larry Summers", "Republican Sen. Lindsey Graham"): the name
        // follows the last one.
        if honorificStart == nil {
            var k = text.nextNonSpace(nameStart + 1)
            while k < run.upperBound {
                if tokens[k].kind == .word, let (g, end) = lexicon.titles.longestMatch(in: text, at: k, limit: run.upperBound),
                   g.isEmpty, end < run.upperBound {
                    nameStart = text.nextNonSpace(end)
                    k = nameStart
                } else {
                    k = text.nextNonSpace(k + 1)
                }
            }
        }
        // A possessive inside the run names a person's employer or country: "The Washington Post's
        // Robert Costa", "Japan's Ryosei Akazawa" are the people after it. Not an organisation's
        // ("Ukraine's Foreign Ministry") or a title's ("The Podesta Group's CEO").
        var p = nameStart
        if run[nameStart...].contains(where: { tokens[$0].kind == .word && Self.possessiveStemKey($0, text) != nil }) {
            let lastWord = Normalizer.key(text.string(tokens[run.upperBound - 1].range))
            let personAfter = !lexicon.organisationHeads.contains(lastWord)
                && lexicon.titles.longestMatch(in: text, at: run.upperBound - 1, limit: run.upperBound) == nil
            if !personAfter { p = run.upperBound }
        } else {
            p = run.upperBound
        }
        while p < run.upperBound {
            let next = text.nextNonSpace(p + 1)
            if next < run.upperBound, tokens[p].kind == .word, Self.possessiveStemKey(p, text) != nil,
               text.isCapitalisedWord(next) {
                nameStart = next
                honorificStart = nil
            }
            p = next
        }
        guard nameStart < run.upperBound else { return nil }
        var displayStart = honorificStart ?? nameStart
        // "the Mock Turtle": a lower-case "the" right before a capitalised run belongs to the name.
        let before = text.previousNonSpace(start - 1)
        if before >= zone.lowerBound, tokens[before].key == Self.theKey, titled.index == start, nameStart == start {
            start = before
            displayStart = before
        }
        start = min(start, titled.index)
        let spaced = Self.spacedText(text, TextRange(tokens[displayStart].range.start, tokens[run.upperBound - 1].range.end))
        let name = Self.withoutPossessive(spaced)
        guard name.count > 1, !(run.count == 1 && lexicon.sentenceStarters.contains(tokens[run.lowerBound].key)) else { return nil }
        var m = SpeakerMention(range: TextRange(tokens[start].range.start, tokens[run.upperBound - 1].range.end),
                               firstToken: start, kind: .name(name))
        m.titleGender = runGender.isEmpty ? titled.gender : runGender
        // "the Queen", "the King": a title standing for the name says the gender.
        if m.titleGender.isEmpty, let (g, end) = lexicon.titles.longestMatch(in: text, at: nameStart, limit: run.upperBound),
           text.nextNonSpace(end) >= run.upperBound {
            m.titleGender = g
        }
        return m
    }

    static let theKey = KeyHash.of("the")

    /// "Rep. Lee Zeldin of New York said", "Ana Ruiz from Texas said", "Tom Hale at the Lakeshore
    /// Institute said": of the zone's last two capitalised runs joined by a lower-case preposition (and
    /// perhaps a determiner), the first is the person and the second where they come from or work. When
    /// an office runs on over the preposition ("Secretary of State Ana Ruiz", "Chief of Staff Tom Hale":
    /// `titles.tsv`) the name is what follows it; when the first ends in an organisation word ("Trade
    /// Institute of Norland": `affiliation-words.tsv`) the two are one name. Nil (the last run is read)
    /// when the first ends in an office, or is one word opening
    /// its sentence ("Half of Vermont Democrats", "Hours after ...": any word is capitalised there),
    /// follows "the" or a quotation mark ("the Freedom of Information Act", a title in quotation marks),
    /// or is written in capitals (a heading).
    private func nameBeforePlace(_ runs: [Range<Int>], _ text: AnalyzedText) -> Range<Int>? {
        guard runs.count >= 2 else { return nil }
        let tokens = text.tokens
        let person = runs[runs.count - 2], place = runs[runs.count - 1]
        var k = text.nextNonSpace(person.upperBound)
        // (A capitalised "Of" or "In" is title-case text: a heading, not a person and a place.)
        guard k < place.lowerBound, tokens[k].kind == .word, lexicon.prepositions.contains(tokens[k].key),
              text.bytes[tokens[k].range.start] &- 0x61 < 26 else { return nil }
        k = text.nextNonSpace(k + 1)
        if k < place.lowerBound, lexicon.determiners.contains(tokens[k].key) { k = text.nextNonSpace(k + 1) }
        guard k == place.lowerBound else { return nil }
        var last = person.upperBound - 1
        while last > person.lowerBound, tokens[last].kind != .word { last -= 1 }
        if let (_, end) = lexicon.titles.longestMatch(in: text, at: last, limit: place.upperBound) {
            // An office that runs on over the preposition ends before the name: "Secretary of State Ana
            // Ruiz" is Ana Ruiz. One that ends the first run ("County Supervisor of Elections ...") names
            // an office of the second: read the last run.
            let name = text.nextNonSpace(end)
            return end > person.upperBound && name < place.upperBound ? name..<place.upperBound : nil
        }
        let head = text.string(tokens[last].range).lowercased()
        if lexicon.organisationHeads.contains(head) || (head.hasSuffix("s") && lexicon.organisationHeads.contains(String(head.dropLast()))) {
            return person.lowerBound..<place.upperBound
        }
        let before = text.previousNonSpace(person.lowerBound - 1)
        if before >= 0, tokens[before].key == Self.theKey || tokens[before].kind == .quotationMark { return nil }
        for w in person where tokens[w].kind == .word && tokens[w].range.length > 4 {
            if !text.bytes[tokens[w].range.start..<tokens[w].range.end].contains(where: { $0 &- 0x61 < 26 }) { return nil }
        }
        if last == person.lowerBound {
            let p = text.previousNonSpace(person.lowerBound - 1)
            if p < text.sentenceTokens[text.sentenceIndex(ofToken: person.lowerBound)].lowerBound || tokens[p].kind == .quotationMark { return nil }
        }
        return person
    }

    /// "Analysts in Washington said", "Trade analysts in Washington noted", "Officials at Toyota said": a
    /// role noun (`role-nouns.tsv`) opening the zone (after at most one modifier), then a preposition and
    /// a capitalised name to the zone's end (any words for a plural role: "officials on both sides").
    /// The role is the speaker; the place or company after the preposition is not. Nil when the zone is
    /// not so.
    private func describedBeforePlace(in zone: Range<Int>, _ text: AnalyzedText) -> SpeakerMention? {
        let tokens = text.tokens
        var s = text.nextNonSpace(zone.lowerBound)
        guard s < zone.upperBound, tokens[s].kind == .word else { return nil }
        var found = lexicon.roles.longestMatch(in: text, at: s, limit: zone.upperBound)
        if found == nil {
            let opensWithDeterminer = lexicon.determiners.contains(tokens[s].key)
            s = text.nextNonSpace(s + 1)
            guard s < zone.upperBound, tokens[s].kind == .word else { return nil }
            found = lexicon.roles.longestMatch(in: text, at: s, limit: zone.upperBound)
            // After a determiner, a description head too: "A lawyer for Mara Quist said".
            if found == nil, opensWithDeterminer {
                found = lexicon.descriptionHeads.longestMatch(in: text, at: s, limit: zone.upperBound)
            }
        }
        // A document from someone is theirs to speak for ("a letter from Trump said"): read on.
        guard let (role, end) = found, !role.isDocument else { return nil }
        let p = text.nextNonSpace(end)
        guard p < zone.upperBound, tokens[p].kind == .word, lexicon.prepositions.contains(tokens[p].key) else { return nil }
        // The preposition's object: capitalised words (a determiner before them allowed) to the end.
        var k = text.nextNonSpace(p + 1)
        if k < zone.upperBound, lexicon.determiners.contains(tokens[k].key) { k = text.nextNonSpace(k + 1) }
        var names = 0
        while k < zone.upperBound {
            // The object may end in a head of its own: "a spokesman for the Quist campaign".
            if names > 0, text.nextNonSpace(k + 1) >= zone.upperBound,
               lexicon.descriptionHeads.longestMatch(in: text, at: k, limit: zone.upperBound) != nil { break }
            guard tokens[k].kind == .word, !lexicon.notNames.contains(tokens[k].key),
                  role.plural || text.bytes[tokens[k].range.start] &- 0x41 < 26 else { return nil }
            names += 1
            k = text.nextNonSpace(k + 1)
        }
        guard names > 0 else { return nil }
        let first = text.nextNonSpace(zone.lowerBound)
        let r = TextRange(tokens[first].range.start, tokens[end - 1].range.end)
        return SpeakerMention(range: r, firstToken: first, kind: .role(role, Self.spacedText(text, r)))
    }

    /// "A Japanese official", "French ministers", "Toyota executives": capitalised words that a role noun
    /// (`role-nouns.tsv`) follows to the end of the zone describe the speaker; they do not name them.
    /// The description, from a determiner before the capitalised words; nil when no role noun follows.
    /// A capitalised run that is itself a role noun ("Officials said", opening a sentence) is one too.
    private func described(_ name: SpeakerMention, in zone: Range<Int>, _ text: AnalyzedText) -> SpeakerMention? {
        let tokens = text.tokens
        if let (role, end) = lexicon.roles.longestMatch(in: text, at: name.firstToken, limit: zone.upperBound),
           tokens[end - 1].range.end >= name.range.end {
            let r = TextRange(tokens[name.firstToken].range.start, tokens[end - 1].range.end)
            return SpeakerMention(range: r, firstToken: name.firstToken, kind: .role(role, Self.spacedText(text, r)))
        }
        return roleAfter(name, in: zone, text)
    }

    /// A name that only qualifies the lower-case role noun (`role-nouns.tsv`, `description-heads.tsv`) or
    /// title ending the zone, up to ``maximumQualifierWords`` lower-case words apart: "the Florida senator", "Trump supporters",
    /// "The GOP presidential candidate". The description is the speaker, with the determiner before the name.
    private func roleAfter(_ name: SpeakerMention, in zone: Range<Int>, _ text: AnalyzedText) -> SpeakerMention? {
        let tokens = text.tokens
        var n = text.nextNonSpace(text.tokenIndex(at: name.range.end - 1) + 1)
        var skipped = 0
        while n < zone.upperBound, text.isLowerCaseWord(n) {
            var found: (SpeakerLexicon.Role, Int)? = lexicon.roles.longestMatch(in: text, at: n, limit: zone.upperBound)
                ?? lexicon.descriptionHeads.longestMatch(in: text, at: n, limit: zone.upperBound)
            if found == nil, let (_, end) = lexicon.titles.longestMatch(in: text, at: n, limit: zone.upperBound) {
                found = (SpeakerLexicon.Role(isOrganisation: false, plural: false), end)
            }
            if let (role, end) = found, role.isDocument, skipped == 0 {
                // A document of the name's, to the zone's end ("a CBS poll released Monday").
                let start = text.previousNonSpace(name.firstToken - 1)
                let first = start >= zone.lowerBound && lexicon.determiners.contains(tokens[start].key) ? start : name.firstToken
                let last = phraseEnd(zone, after: end - 1, text)
                let r = TextRange(tokens[first].range.start, tokens[last].range.end)
                return SpeakerMention(range: r, firstToken: first, kind: .role(role, Self.spacedText(text, r)))
            }
            if let (role, end) = found, text.nextNonSpace(end) >= zone.upperBound {
                // The determiner opening the description, over a few lower-case words ("the
                // presumptive Republican nominee").
                var start = name.firstToken
                var p = text.previousNonSpace(start - 1)
                var adjectives = 0
                while p >= zone.lowerBound, tokens[p].kind == .word, !lexicon.determiners.contains(tokens[p].key),
                      adjectives < Self.maximumQualifierWords, text.isLowerCaseWord(p), isQualifierWord(p, text) {
                    adjectives += 1
                    p = text.previousNonSpace(p - 1)
                }
                if p >= zone.lowerBound, tokens[p].kind == .word, lexicon.determiners.contains(tokens[p].key) { start = p }
                let r = TextRange(tokens[start].range.start, tokens[end - 1].range.end)
                return SpeakerMention(range: r, firstToken: start, kind: .role(role, Self.spacedText(text, r)))
            }
            // An adjective between ("presidential"), not a word that starts another phrase.
            guard skipped < Self.maximumQualifierWords, isQualifierWord(n, text) else { return nil }
            skipped += 1
            n = text.nextNonSpace(n + 1)
        }
        return nil
    }

    /// A capitalised name ending the zone after a registry alias and a few lower-case words that the
    /// alias qualifies: "Trump adviser Stephen Miller said", "Clinton spokesman Brian Fallon said". The
    /// name is the speaker, not the alias.
    private func nameAfterQualifier(_ aliasEnd: Int, in zone: Range<Int>, _ text: AnalyzedText) -> SpeakerMention? {
        let tokens = text.tokens
        var n = text.nextNonSpace(aliasEnd)
        var skipped = 0
        while n < zone.upperBound, text.isLowerCaseWord(n) {
            guard skipped < Self.maximumQualifierWords, isQualifierWord(n, text) else { return nil }
            skipped += 1
            n = text.nextNonSpace(n + 1)
        }
        guard skipped > 0, n < zone.upperBound, let name = capitalisedName(in: n..<zone.upperBound, text, nearEnd: true),
              name.firstToken == n else { return nil }
        // The name ends the subject, or (after an inverted cue) its apposition's comma follows.
        let after = text.nextNonSpace(text.tokenIndex(at: name.range.end - 1) + 1)
        guard after >= zone.upperBound || tokens[after].kind == .punctuation && text.bytes[tokens[after].range.start] == UInt8(ascii: ",")
        else { return nil }
        return name
    }

    /// Whether lower-case word `i` can stand inside a noun phrase between a qualifying name and its
    /// head: not a preposition, conjunction, auxiliary or other word of `cue-context.tsv`, determiner,
    /// pronoun or speech verb that is no noun ("Trump in Iowa", "Trump and Cruz", "Trump has", "Clinton
    /// says"; "press" of "press secretary" is both).
    private func isQualifierWord(_ i: Int, _ text: AnalyzedText) -> Bool {
        let key = text.tokens[i].key
        return !lexicon.notNames.contains(key) && !lexicon.determiners.contains(key) && lexicon.pronouns[key] == nil
            && (speechVerbs?.longestMatch(in: text, at: i, limit: i + 1).map { $0.value.isNounForm } ?? true)
    }

    /// The most lower-case words between a qualifying name and the head it qualifies.
    static let maximumQualifierWords = 3

    /// The text of `range` with each run of white space as one space, none at the ends ("Mr.\nDarcy" →
    /// "Mr. Darcy"). ASCII is read byte by byte (its white space: tab to CR, and space).
    static func spacedText(_ text: AnalyzedText, _ range: TextRange) -> String {
        let s = max(0, min(range.start, text.bytes.count)), e = max(s, min(range.end, text.bytes.count))
        let ascii: String? = text.bytes.withUnsafeBufferPointer { b in
            var out: [UInt8] = []
            out.reserveCapacity(e - s)
            var pendingSpace = false
            for k in s..<e {
                let c = b[k]
                guard c < 0x80 else { return nil }
                if c == 0x20 || c &- 0x09 < 5 {
                    pendingSpace = !out.isEmpty
                } else {
                    if pendingSpace { out.append(0x20); pendingSpace = false }
                    out.append(c)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
        return ascii ?? text.string(range).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// "Mr. Bingley's" → "Mr. Bingley": a possessive names the same person.
    static func withoutPossessive(_ name: String) -> String {
        for suffix in ["'s", "’s"] where name.hasSuffix(suffix) && name.count > suffix.count + 1 { return String(name.dropLast(suffix.count)) }
        return name
    }

    /// The key of a word without its possessive ending ("Bingley's" → the key of "bingley"), or nil
    /// when the word has none.
    static func possessiveStemKey(_ i: Int, _ text: AnalyzedText) -> UInt64? {
        let r = text.tokens[i].range
        guard r.length > 3, text.bytes[r.end - 1] | 0x20 == UInt8(ascii: "s") else { return nil }
        let b = text.bytes[r.end - 2]
        guard b == UInt8(ascii: "'") || b == 0x99 else { return nil }
        // A printable ASCII word, or one before "’s": the stem's key straight from its bytes ("'S" is no
        // ending to drop; "’S", a stem of one letter and anything else take the string route).
        let curly = b == 0x99 && r.length > 5 && text.bytes[r.end - 1] == UInt8(ascii: "s")
            && text.bytes[r.end - 4] == 0xE2 && text.bytes[r.end - 3] == 0x80
        let asciiEnd = curly ? r.end - 4 : r.end
        if b == UInt8(ascii: "'") || curly, text.bytes[r.start..<asciiEnd].allSatisfy({ $0 &- 0x21 < 0x5F }) {
            let end = curly ? r.end - 4 : text.bytes[r.end - 1] == UInt8(ascii: "s") ? r.end - 2 : r.end
            var h = KeyHash.seed
            for k in r.start..<end { let c = text.bytes[k]; h = KeyHash.add(c &- 0x41 < 26 ? c | 0x20 : c, to: h) }
            return h
        }
        let stem = withoutPossessive(text.string(token: i))
        return KeyHash.of(Normalizer.key(stem))
    }

    /// The alias must end at a word end ("Trump" must not match inside "Trumpism": tokens do that),
    /// and not continue as a longer capitalised name ("Lee" in "Lee Jae-myung" is fine: the longest
    /// match wins first).
    private func wordBoundaryAfter(_ end: Int, _ text: AnalyzedText) -> Bool { true }
}
