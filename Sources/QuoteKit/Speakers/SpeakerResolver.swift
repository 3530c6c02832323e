/// The speakers stage: attributes each quote to one speaker through an ordered sieve, and lists the
/// document's speakers.
///
/// The sieve, first rule that answers wins: ``CueSubjectRule`` (the name, pronoun or role at the cue,
/// either order, appositions skipped; method `cue` or `pronoun`), ``DialogueRule`` (a paragraph-opening
/// quote without cue: `continuation` of the previous paragraph's speaker, or `turn-taking` in
/// dialogue), a `colon` label ("Kasich: ‘...’"), a `signature` line ("— Hillary Clinton"), then the nearest speaker of the same or previous paragraph (method `nearest`, low
/// confidence), else no speaker.
struct SpeakerResolver {
    let lexicon: SpeakerLexicon
    let quoteLexicon: QuoteLexicon
    /// Folded token keys, kept across this analyzer's documents (one analyzer per thread).
    let foldedKeys = FoldedKeys()
    /// Mentions' title words, kept across this analyzer's documents.
    let titleWords = TitleWordsCache()
    /// The rules that hold a lexicon, built once: making one copies its lexicon (a retain and a release
    /// per table), which per quote cost more than the rule's own work.
    private let detached: DetachedCueRule
    private let narratorRule: NarratorRule
    private let addressees: Addressees

    init(lexicon: SpeakerLexicon, quoteLexicon: QuoteLexicon) {
        self.lexicon = lexicon
        self.quoteLexicon = quoteLexicon
        detached = DetachedCueRule(cues: CueFinder(lexicon: quoteLexicon))
        narratorRule = NarratorRule(lexicon: lexicon)
        addressees = Addressees(lexicon: lexicon)
    }

    /// The nearest recent speaker when nothing else says who: a guess, and flagged as one.
    static let confidenceNearest = 0.3
    /// The method of a he/she that had no antecedent yet, given the first person of its gender who
    /// speaks after it.
    static let namedLaterMethod = "pronoun-named-later"

    /// Attributes `quotes` and returns the document's speakers; `date` (the document's, `YYYY-MM-DD`
    /// first) decides who an office alias such as "the president" names.
    func resolve(_ quotes: inout [Quote], in text: AnalyzedText, date: String? = nil) -> [DocumentSpeaker] {
        var entities = SpeakerEntities(lexicon: lexicon)
        entities.titleCache = titleWords
        let quoted = quotes.filter { $0.kind != .indirect }.flatMap(\.pieces)
        let quotedRanges = QuotedRanges(quoted)
        for i in quotes.indices { detached.attach(&quotes[i], in: text, quoted: quotedRanges) }
        // Fiction (dialogue) tells its story through he and she and opens sentences with ordinary
        // capitalised words; news names its people and keeps recency for its pronouns.
        let isDialogue = DialogueRule.isDialogue(quotes)
        var reader = NounPhraseReader(lexicon: lexicon, lowerCase: isDialogue ? LowerCaseWords(text) : nil, foldedKeys: foldedKeys)
        reader.speechVerbs = quoteLexicon.speechVerbs
        reader.documentDay = SpeakerRegistry.Term.day(of: date)
        entities.speakingCreatures = isDialogue
        let cueRule = CueSubjectRule(reader: reader)
        let japanese = JapaneseSubject(reader: reader, lexicon: quoteLexicon.japanese)
        let narrative = narrativeMentions(text, quoted: quoted, reader: reader)

        // Paragraph → the speaker of its last quote (for continuation and turn-taking).
        var paragraphSpeaker: [Int: Int] = [:]
        var recentSpeakers: [Int] = []   // distinct, most recent first
        let narrator = narratorRule.narratorName(quotes, in: text)
        var dialogue = DialogueRule()
        dialogue.dialogue = isDialogue
        var n = 0
        var scanned = 0
        var attributed: [(quote: Int, entity: Int)] = []
        // He/she at a cue before anyone of that gender was named: (quote, gender, attributions so far).
        var unresolved: [(quote: Int, gender: String, after: Int)] = []
        var surnames = KnownSurnames()
        let positions = quotes.map { position($0, text) }
        let order = quotes.indices.sorted { positions[$0] < positions[$1] }
        for qi in order {
            let q = quotes[qi]
            let pos = positions[qi]
            while n < narrative.count && narrative[n].position < pos {
                entities.note(narrative[n].mention, at: narrative[n].position, text: text)
                n += 1
            }
            // People found earlier at cues, named again in the narrative since the last quote.
            scanned = trackKnownNames(from: scanned, to: min(pos, text.tokenIndex(at: q.range.start)), text, quoted, reader, &entities, &surnames,
                                      narrativePronouns: isDialogue)
            let paragraph = text.paragraphIndex(ofToken: text.tokenIndex(at: q.range.start))
            var attribution: SpeakerAttribution? = nil
            var entity: Int? = nil
            if let z = cueRule.zone(for: q, in: text),
               var m = q.japanese ? japanese.mention(in: z.zone, of: text)
                   : reader.mention(in: z.zone, of: text, nearEnd: z.nearEnd) ?? reader.subjectPronoun(in: z.zone, of: text) {
                var method = CueSubjectRule.method
                var confidence = CueSubjectRule.confidenceNamed
                // "The host, Canadian Prime Minister Mark Carney, said": a description whose apposition
                // is a name (capitalised words only); the name is the mention. So is it after a
                // description that opens with a capitalised word ("Republican presidential hopeful, Carly
                // Fiorina, says": the description ends in lower case after the word read as a name).
                var appositionNames = false
                if isDescription(m, zone: z.zone, text), let a = z.apposition, !a.isEmpty,
                   !a.contains(where: { text.tokens[$0].kind == .word && text.bytes[text.tokens[$0].range.start] &- 0x41 >= 26 }),
                   let named = reader.mention(in: a, of: text, nearEnd: true) {
                    switch named.kind {
                    case .registry, .name: m = named; appositionNames = true
                    default: break
                    }
                }
                let shown = m.range   // the span at the cue, even when it is "who" or "he"
                if case .pronoun(let p) = m.kind, p.person == 1, !p.plural, let name = narrator {
                    // "I answered": the narrator, named by how the others address them.
                    m = SpeakerMention(range: m.range, firstToken: m.firstToken, kind: .name(name))
                    method = NarratorRule.method
                    confidence = NarratorRule.confidence
                } else if case .pronoun(let p) = m.kind, p.gender == "relative",
                   let az = cueRule.antecedentZone(before: m.firstToken, in: text),
                   let antecedent = reader.mention(in: az, of: text, nearEnd: true) {
                    m = antecedent
                }
                let paragraph = text.paragraphIndex(ofToken: z.zone.lowerBound)
                let paragraphStart = text.paragraphTokens[paragraph].lowerBound
                if !isDialogue, let full = earlierFullName(for: m, text, quoted, &entities, &surnames) { m = full }
                let addressed = addressedPeople(q, text, reader, &entities, &surnames)
                var linked = entities.link(m, at: z.zone.lowerBound, text: text, paragraphStart: paragraphStart,
                                           subjectsSince: text.paragraphTokens[max(0, paragraph - 1)].lowerBound, excluding: addressed)
                if linked == nil, !isDialogue, case .pronoun(let p) = m.kind,
                   let named = namedInNarrative(before: z.zone.lowerBound, gender: p.gender, text, quoted) {
                    linked = entities.link(named, at: named.firstToken, text: text)
                }
                if let e = linked {
                    entity = e
                    switch m.kind {
                    case .pronoun: method = "pronoun"; confidence = CueSubjectRule.confidencePronoun
                    case .relation: method = "relation"; confidence = CueSubjectRule.confidencePronoun
                    case .name where method == NarratorRule.method: entities.markNarrator(e)
                    case .role: confidence = CueSubjectRule.confidenceRole
                    case .name, .registry: learnGender(e, after: m, text, &entities)
                    }
                    if !appositionNames, let a = z.apposition, !a.isEmpty, let role = roleText(a, text) {
                        entities.setApposition(e, role: role, organisation: organisation(in: role))
                    }
                    attribution = SpeakerAttribution(name: "", id: nil, mention: shown, method: method, confidence: confidence)
                } else {
                    // A pronoun with no antecedent in the text: the mention stands, the name is unknown
                    // until someone of its gender is named (see below).
                    quotes[qi].speaker = SpeakerAttribution(name: text.string(shown), id: nil, mention: shown,
                                                            method: "pronoun-unresolved", confidence: Self.confidenceNearest)
                    if case .pronoun(let p) = m.kind { unresolved.append((qi, p.gender, attributed.count)) }
                    continue
                }
            } else if q.cue == nil, let z = cueRule.colonZone(for: q, in: text), let m = reader.mention(in: z, of: text, nearEnd: true),
                      let e = entities.link(m, at: z.lowerBound, text: text) {
                entity = e
                attribution = SpeakerAttribution(name: "", id: nil, mention: m.range, method: "colon", confidence: CueSubjectRule.confidenceRole)
            } else if q.cue == nil, let z = SignatureLineRule().zone(for: q, in: text), let m = reader.mention(in: z, of: text, nearEnd: false),
                      let e = entities.link(m, at: z.lowerBound, text: text) {
                entity = e
                attribution = SpeakerAttribution(name: "", id: nil, mention: m.range, method: SignatureLineRule.method, confidence: SignatureLineRule.confidence)
            } else if q.cue == nil || q.cueToken == nil, opensParagraph(q, text),
                      let turn = dialogue.speaker(paragraph: paragraph, paragraphSpeaker: paragraphSpeaker,
                                                  previousAsks: previousParagraphAsks(paragraph, text), recent: recentSpeakers) {
                entity = turn.entity
                attribution = SpeakerAttribution(name: "", id: nil, mention: nil, method: turn.method, confidence: turn.confidence)
            } else if let e = paragraphSpeaker[paragraph] ?? paragraphSpeaker[paragraph - 1] {
                entity = e
                attribution = SpeakerAttribution(name: "", id: nil, mention: nil, method: "nearest", confidence: Self.confidenceNearest)
            }
            if let e = entity, var a = attribution {
                let ent = entities.entities[e]
                a.name = ent.name
                a.id = ent.id
                quotes[qi].speaker = a
                attributed.append((qi, e))
                entities.addQuote(e)
                entities.spoke(e, at: pos)
                // A reported question ("asked her why ...") hands the turn to the one asked: the asker
                // does not go on in the next paragraph, nor take a turn in the alternation (measured on
                // PDNC: as a recent speaker, the asker takes the wrong turns). Nor does a document ("the
                // letter said"): it takes no turns, nor does a share of a poll's respondents ("six in 10
                // said").
                if q.kind == .indirect && q.cueVerb?.indirect == .question || ent.isDocument || ent.isShare { continue }
                paragraphSpeaker[text.paragraphIndex(ofToken: text.tokenIndex(at: q.range.end))] = e
                paragraphSpeaker[paragraph] = e
                recentSpeakers.removeAll { $0 == e }
                recentSpeakers.insert(e, at: 0)
                if recentSpeakers.count > 2 { recentSpeakers.removeLast() }
            }
        }
        while n < narrative.count { entities.note(narrative[n].mention, at: narrative[n].position, text: text); n += 1 }
        // "said his wife" before she was ever named: those quotes take the name she was given later.
        for (qi, e) in attributed where entities.entities[e].namedLater {
            quotes[qi].speaker?.name = entities.entities[e].name
            quotes[qi].speaker?.id = entities.entities[e].id
        }

        // A story that opens on "he said" names him later: the first speaker of that gender after it.
        for u in unresolved where u.gender == "male" || u.gender == "female" {
            guard let next = attributed[u.after...].first(where: { entities.entities[$0.entity].gender == u.gender && !entities.entities[$0.entity].isNarrator })
            else { continue }
            let ent = entities.entities[next.entity]
            quotes[u.quote].speaker?.name = ent.name
            quotes[u.quote].speaker?.id = ent.id
            quotes[u.quote].speaker?.method = Self.namedLaterMethod
        }

        // People named in the narrative only (never at a cue, never quoted) are no speakers.
        return entities.entities.filter { $0.registryIndex != nil || $0.quotes > 0 || !$0.mentions.isEmpty }.map { e in
            let entry = e.registryIndex.map { lexicon.registry.entries[$0] }
            return DocumentSpeaker(name: e.name, id: e.id, kind: e.isDocument ? "document" : e.isOrganisation ? "organisation" : "person",
                                   role: e.role ?? entry.map(\.role).flatMap { $0.isEmpty ? nil : $0 },
                                   organisation: e.organisation ?? entry.map(\.organisation).flatMap { $0.isEmpty ? nil : $0 },
                                   mentions: Self.distinctSorted(e.mentions), quotes: e.quotes)
        }
    }

    /// `ranges` in text order, each once (a name at a cue is also seen in the narrative scan).
    static func distinctSorted(_ ranges: [TextRange]) -> [TextRange] {
        var out: [TextRange] = []
        for r in ranges.sorted() where out.last != r { out.append(r) }
        return out
    }

    /// An apposition as a role: "a managing partner at The Asia Group", or after "who is"/"who was"
    /// ("who is a former State Department official"); a relative clause of another verb ("who is
    /// slated to join the talks", "who met Akazawa") says no role.
    private func roleText(_ a: Range<Int>, _ text: AnalyzedText) -> String? {
        var s = a.lowerBound
        let t = text.tokens
        if let p = lexicon.pronouns[t[s].key], p.gender == "relative" {
            let v = text.nextNonSpace(s + 1)
            guard v < a.upperBound, lexicon.copulas.contains(t[v].key) else { return nil }
            s = text.nextNonSpace(v + 1)
            // "who is slated to": a participle after the copula is a verb phrase, not a role.
            guard s < a.upperBound, lexicon.articles.contains(t[s].key) else { return nil }
        }
        guard s < a.upperBound else { return nil }
        // "Trump, speaking to reporters on the South Lawn, said": a participle opening a clause (a
        // preposition or an article follows) tells what the speaker was doing, not what they are
        // ("managing director of ..." is a role).
        if Self.isParticiple(s, text) {
            let n = text.nextNonSpace(s + 1)
            if n < a.upperBound, quoteLexicon.cueContext[t[n].key] == .preposition || lexicon.articles.contains(t[n].key) { return nil }
        }
        return text.string(TextRange(t[s].range.start, t[a.upperBound - 1].range.end))
    }

    /// A lower-case word ending in "ing" of five letters or more ("speaking", "citing"): the regular
    /// English present participle.
    static func isParticiple(_ i: Int, _ text: AnalyzedText) -> Bool {
        let r = text.tokens[i].range
        guard text.tokens[i].kind == .word, r.length >= 5, text.bytes[r.start] &- 0x61 < 26 else { return false }
        return text.bytes[r.end - 3] == UInt8(ascii: "i") && text.bytes[r.end - 2] == UInt8(ascii: "n") && text.bytes[r.end - 1] == UInt8(ascii: "g")
    }

    /// Notes, in the timeline, every capitalised word between `from` and `to` (outside quotations) that
    /// names a person already discovered in this document, learning their gender from a he/she after
    /// the name; and relations seen at cues before ("her father"). Returns where the scan stopped.
    /// `surnames` caches ``SpeakerEntities/surnames`` for as long as no entity is added (surnames are
    /// recorded only when an entity is created). `narrativePronouns`: also each he/she, as the subject it
    /// continues (``SpeakerEntities/notePronoun(_:at:windowStart:)``; fiction only).
    private func trackKnownNames(from: Int, to: Int, _ text: AnalyzedText, _ quoted: [TextRange], _ reader: NounPhraseReader,
                                 _ entities: inout SpeakerEntities, _ surnames: inout KnownSurnames,
                                 narrativePronouns: Bool) -> Int {
        guard to > from else { return from }
        surnames.refresh(from: entities)
        let known = surnames.table
        // The first quotation that ends after the scan's start (binary search: a novel has thousands).
        let first = text.tokens[from].range.start
        var q = 0, hi = quoted.count
        while q < hi {
            let mid = (q + hi) / 2
            if quoted[mid].end <= first { q = mid + 1 } else { hi = mid }
        }
        var i = from
        while i < to {
            let t = text.tokens[i]
            defer { i += 1 }
            guard t.kind == .word else { continue }
            if narrativePronouns, let d = NarrationDescription.read(at: i, text, lexicon, quoteLexicon) {
                while q < quoted.count && quoted[q].end <= t.range.start { q += 1 }
                if !(q < quoted.count && quoted[q].start <= t.range.start) {
                    entities.describe(d.phrase, head: d.head, definite: d.definite, gender: d.gender, at: d.headToken)
                }
                continue
            }
            let capital = text.bytes[t.range.start] &- 0x41 < 26
            let candidates = capital ? known[t.key] ?? NounPhraseReader.possessiveStemKey(i, text).flatMap { known[$0] } : nil
            if capital, candidates == nil, !lexicon.notNames.contains(t.key), !lexicon.sentenceStarters.contains(t.key) {
                discoverHonorificName(at: i, text, quoted, &q, reader, &entities)
                continue
            }
            let pronoun = candidates == nil ? lexicon.pronouns[t.key] : nil
            let possessive = pronoun.flatMap { $0.isPossessive && $0.gender != "neuter" ? $0 : nil }
            let subject = !narrativePronouns ? nil : pronoun.flatMap { $0.isSubject && $0.person == 3 && !$0.plural && ($0.gender == "male" || $0.gender == "female") ? $0 : nil }
            guard candidates != nil || possessive != nil || subject != nil else { continue }
            while q < quoted.count && quoted[q].end <= t.range.start { q += 1 }
            if q < quoted.count && quoted[q].start <= t.range.start { continue }
            if let p = subject {
                let paragraph = text.paragraphIndex(ofToken: i)
                entities.notePronoun(p, at: i, windowStart: text.paragraphTokens[max(0, paragraph - 1)].lowerBound)
                continue
            }
            if let p = possessive {
                let n = text.nextNonSpace(i + 1)
                if n < to, text.tokens[n].kind == .word, lexicon.relationNouns[text.tokens[n].key] != nil {
                    entities.touchRelation(p, noun: text.tokens[n].key, at: i)
                }
                continue
            }
            guard let candidates, let e = knownPerson(at: i, candidates, text, reader, &entities) else { continue }
            // "Elizabeth Bennet": a person known by a given name, followed by a known family name.
            let n = i + 2
            if n < to, text.tokens[i + 1].kind == .whitespace, text.tokens[n].kind == .word,
               text.bytes[text.tokens[n].range.start] &- 0x41 < 26, known[text.tokens[n].key] != nil {
                entities.learnFamilyName(e, text.string(token: n))
            }
            entities.touch(e, at: i, subject: isSubject(i, text))
            if opensSentence(i, text, reader), let g = genderAfter(i, text, known) { entities.voteGender(e, g) }
        }
        return to
    }

    /// "Miss Morstan", "Mr. Jones" in the narrative: an honorific that says a gender and a capitalised
    /// word make a person, known from here on though they have not spoken yet.
    private func discoverHonorificName(at i: Int, _ text: AnalyzedText, _ quoted: [TextRange], _ q: inout Int,
                                       _ reader: NounPhraseReader, _ entities: inout SpeakerEntities) {
        let t = text.tokens[i]
        let p = text.previousNonSpace(i - 1)
        guard p >= 0, text.tokens[p].kind != .whitespace else { return }
        // The name ends here: a following capitalised word is part of it ("Mr. Sherlock Holmes").
        let n = text.nextNonSpace(i + 1)
        if n < text.tokens.count, text.tokens[n].kind == .word, text.bytes[text.tokens[n].range.start] &- 0x41 < 26 { return }
        var titled = reader.extendOverTitles(i, zone: max(0, i - 8)..<(i + 1), text)
        // "Mr. Thaddeus Sholto": one capitalised given name between the honorific and the surname.
        if titled.index == i, p + 1 == i - 1 || p + 1 == i, text.tokens[p].kind == .word,
           text.bytes[text.tokens[p].range.start] &- 0x41 < 26, !lexicon.notNames.contains(text.tokens[p].key) {
            let before = reader.extendOverTitles(p, zone: max(0, p - 8)..<(p + 1), text)
            if before.index < p { titled = before }
        }
        guard titled.index < i, !titled.gender.isEmpty else { return }
        // A registry name ("Mr. Trump") is the registry's person, noted by ``narrativeMentions``.
        if let (ids, _) = lexicon.registry.aliases.longestMatch(in: text, at: i, limit: i + 1, keyOf: { reader.foldedKey(text, $0) }),
           !reader.registryIDs(ids, titleGender: titled.gender).isEmpty { return }
        while q < quoted.count && quoted[q].end <= t.range.start { q += 1 }
        if q < quoted.count && quoted[q].start <= t.range.start { return }
        let name = NounPhraseReader.spacedText(text, TextRange(text.tokens[titled.index].range.start, t.range.end))
        entities.discover(NounPhraseReader.withoutPossessive(name), gender: titled.gender, at: i)
    }

    /// "Hannah Cho, who owns a parts distributor, imports ... “...,” Cho said": a bare name at a cue that
    /// names nobody known yet, written earlier in the narrative after a capitalised word (outside
    /// quotations, within ``fullNameLookBack`` tokens): that full name, at the cue's mention. News
    /// only: in fiction a family shares the surname ("Sir William Lucas", "Miss Lucas").
    private func earlierFullName(for m: SpeakerMention, _ text: AnalyzedText, _ quoted: [TextRange],
                                 _ entities: inout SpeakerEntities, _ surnames: inout KnownSurnames) -> SpeakerMention? {
        guard case .name(let name) = m.kind, m.titleGender.isEmpty else { return nil }
        let tokens = text.tokens
        let last = text.tokenIndex(at: m.range.end - 1)
        // The name is the word at the cue (not a narrator's name standing for "I"), and no known surname
        // (the table first: most bare names at cues are surnames of people met at an earlier cue).
        guard last < tokens.count, tokens[last].kind == .word, name.utf8.count == tokens[last].range.length else { return nil }
        surnames.refresh(from: entities)
        guard surnames.table[tokens[last].key] == nil, !name.contains(" "),
              entities.existingName(name, gender: "") == nil else { return nil }
        let key = tokens[last].key
        var i = m.firstToken - 1
        let stop = max(0, m.firstToken - Self.fullNameLookBack)
        while i > stop {
            defer { i -= 1 }
            guard tokens[i].key == key, tokens[i].kind == .word, tokens[i - 1].kind == .whitespace else { continue }
            let g = i - 2
            guard g >= 0, tokens[g].kind == .word, text.bytes[tokens[g].range.start] &- 0x41 < 26,
                  !lexicon.notNames.contains(tokens[g].key), !lexicon.sentenceStarters.contains(tokens[g].key),
                  lexicon.titles.longestMatch(in: text, at: g, limit: g + 1) == nil,
                  !quoted.contains(where: { $0.start <= tokens[g].range.start && tokens[i].range.end <= $0.end }) else { continue }
            let full = NounPhraseReader.spacedText(text, TextRange(tokens[g].range.start, tokens[i].range.end))
            var named = m
            named.kind = .name(NounPhraseReader.withoutPossessive(full))
            return named
        }
        return nil
    }

    /// "Maria Okafor, a trade lawyer, has represented importers. She said ...": for a he or she at a cue
    /// that no one known stands for, the nearest full name before it that opens its sentence (the
    /// subject; this paragraph or the previous one, outside quotations) and whose given name says that
    /// gender (`given-names.tsv`). News only.
    private func namedInNarrative(before position: Int, gender: String, _ text: AnalyzedText, _ quoted: [TextRange]) -> SpeakerMention? {
        guard gender == "male" || gender == "female" else { return nil }
        let tokens = text.tokens
        let paragraph = text.paragraphIndex(ofToken: position)
        let start = max(text.paragraphTokens[max(0, paragraph - 1)].lowerBound, position - Self.narrativeNameLookBack)
        var i = position - 1
        while i >= start {
            defer { i -= 1 }
            guard tokens[i].kind == .word, lexicon.givenNames[tokens[i].key] == gender, i + 2 < tokens.count,
                  tokens[i + 1].kind == .whitespace, tokens[i + 2].kind == .word,
                  text.bytes[tokens[i + 2].range.start] &- 0x41 < 26, !lexicon.notNames.contains(tokens[i + 2].key),
                  text.nextNonSpace(text.sentenceTokens[text.sentenceIndex(ofToken: i)].lowerBound) == i,
                  !quoted.contains(where: { $0.start <= tokens[i].range.start && tokens[i].range.start < $0.end }) else { continue }
            let r = TextRange(tokens[i].range.start, tokens[i + 2].range.end)
            return SpeakerMention(range: r, firstToken: i, kind: .name(NounPhraseReader.withoutPossessive(NounPhraseReader.spacedText(text, r))))
        }
        return nil
    }

    /// How far back ``namedInNarrative(before:gender:_:_:)`` looks, in tokens (white space included):
    /// about two paragraphs of news; it also keeps the look linear on a paragraph of thousands of cues.
    static let narrativeNameLookBack = 400

    /// How far back ``earlierFullName(for:_:_:_:_:)`` looks: a long news story (about 3,000 words).
    static let fullNameLookBack = 6_000

    /// Whether token `i` opens its sentence (an opening conjunction aside): the subject's place.
    private func opensSentence(_ i: Int, _ text: AnalyzedText, _ reader: NounPhraseReader) -> Bool {
        let s = text.sentenceTokens[text.sentenceIndex(ofToken: i)]
        var k = text.nextNonSpace(s.lowerBound)
        while k < i, text.tokens[k].kind != .word || lexicon.conjunctions.contains(text.tokens[k].key) { k = text.nextNonSpace(k + 1) }
        // Titles before the name ("Mr. Bingley") belong to it.
        return k == i || reader.extendOverTitles(i, zone: k..<(i + 1), text).index == k
    }

    /// Whether the name ending at token `i` is the subject of its clause: a lower-case content word
    /// follows it, most likely its verb ("Elizabeth smiled", "Mrs. Bennet was told"), not a function
    /// word or punctuation ("of Jane and", "startled Mrs. Bennet;", "Elizabeth's").
    /// A short aside between commas may come between them ("Miss Morstan, however, was in the room").
    private func isSubject(_ i: Int, _ text: AnalyzedText) -> Bool {
        let r = text.tokens[i].range
        if r.length > 2, text.bytes[r.end - 1] | 0x20 == UInt8(ascii: "s"), text.bytes[r.end - 2] == UInt8(ascii: "'") || text.bytes[r.end - 2] == 0x99 { return false }
        let next = text.nextNonSpace(i + 1)
        guard next < text.tokens.count, next == i + 2 || next == i + 1 else { return false }
        let n = afterAside(next, text) ?? next
        guard n < text.tokens.count, text.tokens[n].kind == .word else { return false }
        let b = text.bytes[text.tokens[n].range.start]
        return b &- 0x61 < 26 && !lexicon.sentenceStarters.contains(text.tokens[n].key)
    }


    /// The token after an aside that opens with the comma at `comma`: at most ``asideWords`` lower-case
    /// words and a closing comma (", however,", ", too,"); nil when none is there.
    private func afterAside(_ comma: Int, _ text: AnalyzedText) -> Int? {
        let t = text.tokens
        guard text.isComma(comma) else { return nil }
        var k = text.nextNonSpace(comma + 1)
        var words = 0
        while k < t.count, t[k].kind == .word, text.bytes[t[k].range.start] &- 0x61 < 26, words < Self.asideWords {
            words += 1
            k = text.nextNonSpace(k + 1)
        }
        guard words > 0, k < t.count, text.isComma(k) else { return nil }
        return text.nextNonSpace(k + 1)
    }

    /// The longest aside ``afterAside(_:_:)`` passes over ("on the other hand").
    static let asideWords = 4

    /// Which known person a capitalised word names: the one person of that name, or among namesakes
    /// the one the honorific before it says ("Mrs. Bennet", not "Mr. Bennet"); a bare surname as
    /// ``SpeakerEntities/existingName(_:gender:)`` decides.
    private func knownPerson(at i: Int, _ candidates: [Int], _ text: AnalyzedText, _ reader: NounPhraseReader,
                             _ entities: inout SpeakerEntities) -> Int? {
        let titled = reader.extendOverTitles(i, zone: max(0, i - 8)..<(i + 1), text)
        if titled.index < i, !titled.gender.isEmpty {
            let name = NounPhraseReader.spacedText(text, TextRange(text.tokens[titled.index].range.start, text.tokens[i].range.end))
            return entities.existingName(NounPhraseReader.withoutPossessive(name), gender: titled.gender)
        }
        if candidates.count == 1 { return candidates[0] }
        return entities.existingName(NounPhraseReader.withoutPossessive(text.string(token: i)), gender: "")
    }

    /// The gender of the first he/she/his/her after a name in its sentence, before any other name or
    /// quotation ("Alice ... she"); the most tokens looked at is ``genderWindow``.
    private func genderAfter(_ i: Int, _ text: AnalyzedText, _ known: KeyTable<[Int]>) -> String? {
        let s = text.sentenceTokens[text.sentenceIndex(ofToken: i)]
        var k = i + 1
        while k < s.upperBound, k - i <= Self.genderWindow {
            let t = text.tokens[k]
            if t.kind == .quotationMark { return nil }
            if t.kind == .word {
                if text.bytes[t.range.start] &- 0x41 < 26, known[t.key] != nil { return nil }
                if let p = lexicon.pronouns[t.key], p.person == 3, !p.plural, p.gender == "male" || p.gender == "female" {
                    return objectOnly(p, at: k, text) ? nil : p.gender
                }
            }
            k += 1
        }
        return nil
    }

    static let genderWindow = 12

    /// Whether pronoun `p` at token `k` is an object ("Alice looked at him", "told her that"): another
    /// person than the subject before it, so no vote for the subject's gender. "her" is possessive
    /// before a content word ("shook her head"), an object before a function word or punctuation.
    private func objectOnly(_ p: SpeakerLexicon.Pronoun, at k: Int, _ text: AnalyzedText) -> Bool {
        guard p.isObject else { return false }
        guard p.isPossessive else { return true }
        let n = text.nextNonSpace(k + 1)
        return n >= text.tokens.count || text.tokens[n].kind != .word || lexicon.sentenceStarters.contains(text.tokens[n].key)
    }

    /// The known people a quote addresses by name: not its speaker.
    /// `surnames`: the cache ``trackKnownNames`` keeps (rebuilt only when entities were added).
    private func addressedPeople(_ q: Quote, _ text: AnalyzedText, _ reader: NounPhraseReader, _ entities: inout SpeakerEntities,
                                 _ surnames: inout KnownSurnames) -> Set<Int> {
        let names = addressees.names(in: q, text)
        guard !names.isEmpty else { return [] }
        surnames.refresh(from: entities)
        let known = surnames.table
        var out: Set<Int> = []
        for i in names {
            if let c = known[text.tokens[i].key], let e = knownPerson(at: i, c, text, reader, &entities) { out.insert(e) }
        }
        return out
    }

    /// Whether the previous paragraph is a quotation ending in a question (“...?”): the next turn answers.
    private func previousParagraphAsks(_ paragraph: Int, _ text: AnalyzedText) -> Bool {
        guard paragraph > 0 else { return false }
        let p = text.paragraphTokens[paragraph - 1]
        var k = text.previousNonSpace(p.upperBound - 1)
        while k >= p.lowerBound, text.tokens[k].kind == .quotationMark { k = text.previousNonSpace(k - 1) }
        return k >= p.lowerBound && text.tokens[k].kind == .punctuation && text.bytes[text.tokens[k].range.start] == UInt8(ascii: "?")
    }

    /// Where a quote is attributed: its cue, else its start (token index).
    private func position(_ q: Quote, _ text: AnalyzedText) -> Int {
        q.cueToken ?? text.tokenIndex(at: q.range.start)
    }

    private func opensParagraph(_ q: Quote, _ text: AnalyzedText) -> Bool {
        let i = text.tokenIndex(at: q.range.start)
        let p = text.paragraphIndex(ofToken: i)
        var first = text.nextNonSpace(text.paragraphTokens[p].lowerBound)
        while first < i, text.tokens[first].kind == .quotationMark { first = text.nextNonSpace(first + 1) }
        return first >= i
    }

    /// Registry matches outside quotations: people and institutions the article mentions.
    private func narrativeMentions(_ text: AnalyzedText, quoted: [TextRange], reader: NounPhraseReader) -> [(position: Int, mention: SpeakerMention)] {
        var out: [(position: Int, mention: SpeakerMention)] = []
        var q = 0
        var i = 0
        let tokens = text.tokens
        let aliases = lexicon.registry.aliases
        let theKey = NounPhraseReader.theKey
        while i < tokens.count {
            let t = tokens[i]
            // Narrative mentions are capitalised ("Trump", "the White House" starts at "White"... or "the").
            guard t.kind == .word, case let first = text.bytes[t.range.start], first &- 0x41 < 26 || t.key == theKey || first >= 0x80 else { i += 1; continue }
            while q < quoted.count && quoted[q].end <= t.range.start { q += 1 }
            if q < quoted.count && quoted[q].start <= t.range.start { i += 1; continue }
            if let (ids, end) = aliases.longestMatch(in: text, at: i, limit: tokens.count, keyOf: { reader.foldedKey(text, $0) }) {
                if end == i + 1, sectionNumber(i, text) { i = end; continue }
                // "the Washington Post", "Trump Tower": part of another name.
                if reader.runsIntoLongerName(end, text) { i = end; continue }
                // Lower-case descriptions ("the president") count only at a cue, not in narrative.
                let titled = reader.extendOverTitles(i, zone: 0..<tokens.count, text)
                let ids = reader.registryIDs(ids, titleGender: titled.gender)
                let organisation = !ids.isEmpty && lexicon.registry.entries[ids[0]].isOrganisation
                if !ids.isEmpty, text.bytes[t.range.start] &- 0x41 < 26 || organisation,
                   !organisation || !lowerCaseProperName(ids[0], i..<end, text) {
                    let s = titled.index
                    out.append((i, SpeakerMention(range: TextRange(tokens[s].range.start, tokens[end - 1].range.end), firstToken: s, kind: .registry(ids))))
                }
                i = end
            } else {
                i += 1
            }
        }
        return out
    }

    /// Whether mention `m` at a cue is a description: a role, or a capitalised word that a description
    /// in lower case follows to the end of the zone ("Republican presidential hopeful").
    private func isDescription(_ m: SpeakerMention, zone: Range<Int>, _ text: AnalyzedText) -> Bool {
        if case .role = m.kind { return true }
        guard case .name = m.kind else { return false }
        let last = text.previousNonSpace(zone.upperBound - 1)
        return last >= zone.lowerBound && text.tokens[last].kind == .word && text.tokens[last].range.start >= m.range.end
            && text.bytes[text.tokens[last].range.start] &- 0x61 < 26
    }

    /// Whether tokens `range` spell, in lower case, an organisation's alias that the registry writes with
    /// capitals ("the commission" for "the Commission"): in the narrative, some other commission. An
    /// alias in lower case there ("the administration") still counts, and so does one with any of its
    /// capitals kept ("Xinhua news agency").
    private func lowerCaseProperName(_ id: Int, _ range: Range<Int>, _ text: AnalyzedText) -> Bool {
        // Most narrative mentions have no lower-case word ("the White House", "Beijing"): nothing to check.
        guard range.contains(where: { text.tokens[$0].kind == .word && text.bytes[text.tokens[$0].range.start] &- 0x61 < 26 && text.tokens[$0].key != NounPhraseReader.theKey }) else { return false }
        let words = text.string(TextRange(text.tokens[range.lowerBound].range.start, text.tokens[range.upperBound - 1].range.end))
            .split(whereSeparator: { $0.isWhitespace })
        return lexicon.registry.entries[id].aliases.contains { alias in
            // Most aliases have another number of words: counted on the bytes first, without a split.
            if let n = Self.asciiWordCount(alias), n != words.count { return false }
            let aliasWords = alias.split(separator: " ")
            guard aliasWords.count == words.count else { return false }
            let capitals = zip(aliasWords, words).filter { a, _ in a.first?.isUppercase == true }
            return !capitals.isEmpty && zip(aliasWords, words).allSatisfy { $0.lowercased() == $1.lowercased() }
                && capitals.allSatisfy { _, w in w.first?.isUppercase != true }
        }
    }

    /// `text.split(separator: " ").count` when `text` is ASCII (where each byte is a character, a CR-LF
    /// pair aside, which holds no space): the runs of bytes other than space. nil otherwise.
    private static func asciiWordCount(_ text: String) -> Int? {
        var n = 0, inWord = false
        for b in text.utf8 {
            guard b < 0x80 else { return nil }
            if b == 0x20 { inWord = false } else if !inWord { inWord = true; n += 1 }
        }
        return n
    }

    /// Whether token `i` is a Roman numeral in capitals after a section word ("CHAPTER XI", "Part IV":
    /// `section-words.tsv`): a number, though it spells a registry name ("Xi").
    private func sectionNumber(_ i: Int, _ text: AnalyzedText) -> Bool {
        let r = text.tokens[i].range
        for k in r.start..<r.end where !"IVXLCDM".utf8.contains(text.bytes[k]) { return false }
        let p = text.previousNonSpace(i - 1)
        return p >= 0 && text.tokens[p].kind == .word && lexicon.sectionWords.contains(text.tokens[p].key)
    }

    /// "Kurt Tong ... his": a his/himself/herself later in the mention's sentence, before any other
    /// name, is a vote for a discovered speaker's gender.
    private func learnGender(_ e: Int, after m: SpeakerMention, _ text: AnalyzedText, _ entities: inout SpeakerEntities) {
        let s = text.sentenceTokens[text.sentenceIndex(ofToken: m.firstToken)]
        var i = text.tokenIndex(at: m.range.end)
        while i < s.upperBound {
            let t = text.tokens[i]
            if t.kind == .quotationMark { return }
            // "said Trump, shaking his head": a possessive or reflexive is the subject's own; a
            // subject or object pronoun is as often someone else ("said the Hatter, as she ...").
            if t.kind == .word, let p = lexicon.pronouns[t.key], !p.plural, p.person == 3, p.gender == "male" || p.gender == "female" {
                if p.isPossessive && !p.isObject || p.isReflexive { entities.voteGender(e, p.gender) }
                return
            }
            i += 1
        }
    }

    /// The organisation in an apposition: the capitalised words after the first affiliation word
    /// (`affiliation-words.tsv`: "a managing partner at The Asia Group consultancy firm" → "The Asia Group").
    private func organisation(in phrase: String) -> String? {
        var phrase = phrase
        if let found = phrase.withUTF8({ asciiOrganisation(in: $0) }) { return found.isEmpty ? nil : found }
        let words = phrase.split(separator: " ")
        guard let p = words.firstIndex(where: { lexicon.affiliationWords.contains($0.lowercased()) }), p + 1 < words.count else { return nil }
        var org: [Substring] = []
        var k = p + 1
        while k < words.count {
            let w = words[k]
            if org.isEmpty && w.lowercased() == "the" { org.append(w); k += 1; continue }
            // "Graduate School of Journalism": a connector between capitalised words.
            if org.contains(where: { $0.lowercased() != "the" }), k + 1 < words.count, words[k + 1].first?.isUppercase == true,
               isNameConnector(w.lowercased()) {
                org.append(w)
                k += 1
                continue
            }
            guard let c = w.first, c.isUppercase || (c == "&") else { break }
            org.append(w)
            k += 1
        }
        if let later = namedAfterKind(from: k, count: words.count, isLower: { words[$0].first?.isLowercase == true },
                                      isCapitalised: { words[$0].first?.isUppercase == true }, key: { words[$0].lowercased() }) {
            return words[later].joined(separator: " ")
        }
        let named = org.filter { $0.lowercased() != "the" }
        return named.isEmpty ? nil : org.joined(separator: " ")
    }

    /// Whether `word` (lower case) may join the capitalised words of an organisation's name: an
    /// affiliation word ("of", "for") or a connector ("and").
    private func isNameConnector(_ word: String) -> Bool {
        lexicon.affiliationWords.contains(word) || lexicon.nameConnectors.contains(word)
    }

    /// The most lower-case words between an organisation's description and its name ("the Montreal
    /// credit union Fiducie Saint-Maurice").
    static let maximumKindWords = 3

    /// "at the Montreal credit union Fiducie Saint-Maurice": words `from...` are a few lower-case words
    /// ending in an organisation noun (`affiliation-words.tsv`) and then capitalised words, the
    /// organisation's own name. Their indices, or nil.
    private func namedAfterKind(from: Int, count: Int, isLower: (Int) -> Bool, isCapitalised: (Int) -> Bool,
                                key: (Int) -> String) -> Range<Int>? {
        var k = from
        var head = false
        while k < count, k - from < Self.maximumKindWords, isLower(k) {
            head = lexicon.organisationHeads.contains(key(k))
            k += 1
        }
        guard head, k < count, isCapitalised(k) else { return nil }
        var e = k
        while e < count, isCapitalised(e) { e += 1 }
        return k..<e
    }

    /// ``organisation(in:)`` over an ASCII phrase without CR, where each byte is a character: the same
    /// answer without a string per word. "" for none; nil when the phrase is not such ASCII.
    private func asciiOrganisation(in phrase: UnsafeBufferPointer<UInt8>) -> String? {
        guard phrase.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
        var words: [Range<Int>] = []
        var start = 0
        for (k, b) in phrase.enumerated() where b == 0x20 {
            if k > start { words.append(start..<k) }
            start = k + 1
        }
        if phrase.count > start { words.append(start..<phrase.count) }
        let lower = { (w: Range<Int>) in String(decoding: phrase[w].map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self) }
        guard let p = words.firstIndex(where: { lexicon.affiliationWords.contains(lower($0)) }), p + 1 < words.count else { return "" }
        var org: [Range<Int>] = []
        var named = 0
        var k = p + 1
        while k < words.count {
            let w = words[k]
            let isThe = lower(w) == "the"
            if org.isEmpty && isThe { org.append(w); k += 1; continue }
            // "Graduate School of Journalism": a connector between capitalised words.
            if named > 0, k + 1 < words.count, phrase[words[k + 1].lowerBound] &- 0x41 < 26, isNameConnector(lower(w)) {
                org.append(w)
                k += 1
                continue
            }
            let c = phrase[w.lowerBound]
            guard c &- 0x41 < 26 || c == UInt8(ascii: "&") else { break }
            org.append(w)
            if !isThe { named += 1 }
            k += 1
        }
        if let later = namedAfterKind(from: k, count: words.count, isLower: { phrase[words[$0].lowerBound] &- 0x61 < 26 },
                                      isCapitalised: { phrase[words[$0].lowerBound] &- 0x41 < 26 }, key: { lower(words[$0]) }) {
            return words[later].map { String(decoding: phrase[$0], as: UTF8.self) }.joined(separator: " ")
        }
        guard named > 0 else { return "" }
        return org.map { String(decoding: phrase[$0], as: UTF8.self) }.joined(separator: " ")
    }
}
