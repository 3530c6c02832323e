import Foundation

/// The speakers of one document: links mentions to one identity each ("Kurt Tong" ... "Tong";
/// "President Trump", "Trump", "the president" → Donald Trump), resolves pronouns to the most recent
/// compatible person, and keeps what the text says of each (appositions, mentions, quote counts).
struct SpeakerEntities {
    /// One identity in the document.
    struct Entity {
        var name: String
        var id: String
        var registryIndex: Int?
        var isOrganisation: Bool
        var gender: String
        var mentions: [TextRange] = []
        /// A document or a count that reports ("the letter", "a poll"): no person, nor an organisation.
        var isDocument = false
        /// A share of a group ("Nearly half"): people, but no one who speaks again.
        var isShare = false
        var role: String?
        /// The office titles and their qualifiers written before the name, lower-cased, abbreviations
        /// spelled out ("florida senator" from "Florida Sen. Marco Rubio"): a description that names
        /// them ("the Florida senator") is this person.
        var titles = ""
        var organisation: String?
        var quotes = 0
        /// The honorific a discovered name came with ("mr.", "miss"), to keep namesakes apart.
        var honorific: String? = nil
        /// The first-person narrator: never the antecedent of "he" or "she".
        var isNarrator = false
        /// The gender comes from a given name ("Jane"): votes do not overturn it.
        var genderFromGivenName = false
        /// An unnamed person known only as someone's relation ("his wife" of Mr. Hale): that person.
        var kinOf: Int? = nil
        /// Named after speaking under a relation phrase: their earlier quotes take the name (see
        /// ``SpeakerEntities/nameEntity(_:gender:)``).
        var namedLater = false
        /// The family name the narration gave a person known by a given name ("Elizabeth Bennet" for
        /// "Elizabeth"), by key; see ``learnFamilyName(_:_:)``.
        var familyName: String? = nil
        /// He/she seen right after the name in the narrative: male, female votes (see ``voteGender(_:_:)``).
        var genderVotes = (male: 0, female: 0)
    }

    let lexicon: SpeakerLexicon
    /// Whether "it" may stand for a speaker who is no organisation (fiction: "the Mouse ... it said"): one
    /// whose gender the text never showed.
    var speakingCreatures = false
    private(set) var entities: [Entity] = []
    /// Entities by the key of their name, and of the role phrase that named them.
    private var byName: [String: Int] = [:]
    private var byRole: [String: Int] = [:]
    /// Registry entry index → its entity (entries and ids are one to one).
    private var byRegistryIndex: [Int: Int] = [:]
    /// (token position, entity) of every person mention, for pronoun resolution.
    private var timeline: [(position: Int, entity: Int)] = []
    /// Per `timeline` event, whether the entity spoke there (a quote was attributed to it).
    private var spoke: [Bool] = []
    /// Per `timeline` event, whether it names the subject of its clause (a name opening its sentence, a
    /// speaker at a cue, a narrative he/she): the person the story is about just then.
    private var isSubject: [Bool] = []
    /// Token positions of the pronouns resolved at cues: the narrative scan passes over them again.
    private var cuePronouns: Set<Int> = []
    /// Discovered people by the last word of their name, for surnames and honorific forms.
    private var bySurname: [String: [Int]] = [:]
    /// How many times a surname was recorded: ``surnames`` changes only with it.
    private(set) var surnamesVersion = 0
    /// Per entity, the latest timeline index that names it (the most recent namesake wins).
    private var lastSeen: [Int] = []
    /// (possessor entity, relation noun key) → the entity the relation named ("her father").
    private var relations: [UInt64: Int] = [:]
    /// Head noun key → the latest person the narration brought in by a description with that head
    /// ("a small, dark, brisk man ... accosted us"), for a later "the man" (see ``describe(_:head:gender:at:)``).
    private var describedByHead: [String: Int] = [:]

    /// Title words already read, kept across the analyzer's documents (nil: read each time).
    var titleCache: TitleWordsCache?

    init(lexicon: SpeakerLexicon) { self.lexicon = lexicon }

    /// The entity a mention stands for (created on first sight); nil when a pronoun finds no antecedent.
    /// `excluding`: people the quote addresses, who are not its speaker.
    /// `subjectsSince`: where a subject still stands for a pronoun that finds none in its paragraph (see
    /// ``resolve(_:before:paragraphStart:subjectsSince:excluding:speakersOnly:)``).
    mutating func link(_ m: SpeakerMention, at position: Int, text: AnalyzedText, paragraphStart: Int? = nil,
                       subjectsSince: Int? = nil, excluding: Set<Int> = []) -> Int? {
        let e: Int?
        switch m.kind {
        case .registry(let ids):
            e = registryEntity(ids, at: position)
            if let e { recordTitles(e, m, text) }
        case .name(let name):
            let n = nameEntity(name, gender: m.titleGender)
            // (A mention that is the bare name, the usual case, holds no title: nothing to read.)
            if entities[n].titles.isEmpty, m.range.length > name.utf8.count { entities[n].titles = titleWords(m, text) }
            e = n
        case .pronoun(let p):
            e = resolve(p, before: position, paragraphStart: paragraphStart, subjectsSince: subjectsSince, excluding: excluding)
            cuePronouns.insert(m.firstToken)
            if let e { entities[e].mentions.append(m.range) }
            return e
        case .role(let role, let phrase):
            if let which = lexicon.turnDescriptions[Normalizer.key(phrase)],
               let t = turnReference(which, before: position, excluding: excluding) {
                entities[t].mentions.append(m.range)
                return t
            }
            e = roleEntity(role, phrase: phrase, before: position, indefinite: lexicon.indefinites.contains(text.tokens[m.firstToken].key))
        case .relation(let owner, let noun, let gender):
            let (r, o) = relation(owner, noun: noun, gender: gender, before: position, paragraphStart: paragraphStart, excluding: excluding)
            if let r {
                entities[r].mentions.append(m.range)
                return r
            }
            // Nobody in the conversation fits: a description of someone new ("his lawyer").
            let n = roleEntity(SpeakerLexicon.Role(isOrganisation: false, plural: false), phrase: text.string(m.range), before: position)
            if entities[n].registryIndex == nil, entities[n].gender.isEmpty, entities[n].kinOf == nil {
                entities[n].gender = gender
                entities[n].kinOf = o
            }
            e = n
        }
        if let e {
            entities[e].mentions.append(m.range)
            record(position, e)
            if entities[e].gender.isEmpty, !m.titleGender.isEmpty { entities[e].gender = m.titleGender }
        }
        return e
    }

    /// Records a mention seen in the narrative (not at a cue), for the speakers list and pronouns.
    mutating func note(_ m: SpeakerMention, at position: Int, text: AnalyzedText) {
        if case .registry(let ids) = m.kind, let e = registryEntity(ids, at: position) {
            entities[e].mentions.append(m.range)
            recordTitles(e, m, text)
            record(position, e)
        }
    }

    /// The most capitalised words read before a registry person's office title as its qualifiers.
    static let maximumTitleQualifiers = 2

    /// A registry person's office title as the document writes it, with the capitalised words that
    /// qualify it ("Florida Sen. Marco Rubio" → "florida senator"), for a later "the Florida senator"
    /// (``roleEntity(_:phrase:before:indefinite:)``); the registry's role is the office of its own date.
    /// The first such mention counts.
    private mutating func recordTitles(_ e: Int, _ m: SpeakerMention, _ text: AnalyzedText) {
        // Most mentions hold no title ("Rubio") or an honorific that says a gender ("Mr. Rubio"): a look-up
        // at the mention's first word says so before its words are read.
        guard entities[e].titles.isEmpty, !entities[e].isOrganisation,
              let (gender, _) = lexicon.titles.longestMatch(in: text, at: m.firstToken, limit: text.tokens.count), gender.isEmpty,
              case let title = titleWords(m, text), !title.isEmpty else { return }
        var qualifiers: [String] = []
        var k = text.previousNonSpace(m.firstToken - 1)
        while k >= 0, qualifiers.count < Self.maximumTitleQualifiers, text.isCapitalisedWord(k),
              !lexicon.notNames.contains(text.tokens[k].key), !lexicon.sentenceStarters.contains(text.tokens[k].key),
              NounPhraseReader.possessiveStemKey(k, text) == nil {
            qualifiers.insert(Normalizer.key(text.string(token: k)), at: 0)
            k = text.previousNonSpace(k - 1)
        }
        entities[e].titles = (qualifiers + [title]).joined(separator: " ")
    }

    /// A person named with an honorific in the narrative ("Miss Morstan entered"): known from here on.
    mutating func discover(_ name: String, gender: String, at position: Int) {
        record(position, nameEntity(name, gender: gender))
    }

    /// Marks the first-person narrator (third-person pronouns in the narrative never stand for them).
    mutating func markNarrator(_ e: Int) { entities[e].isNarrator = true }

    /// A he/she right after a person's name in the narrative ("Alice ... she"): two votes or more, and
    /// twice as many as for the other gender, set a gender the name did not say.
    mutating func voteGender(_ e: Int, _ gender: String) {
        if gender == "male" { entities[e].genderVotes.male += 1 } else if gender == "female" { entities[e].genderVotes.female += 1 } else { return }
        let v = entities[e].genderVotes
        guard entities[e].gender.isEmpty || entities[e].honorific == nil && entities[e].registryIndex == nil && !entities[e].genderFromGivenName else { return }
        if v.male >= 2 && v.male >= 2 * v.female { entities[e].gender = "male" }
        else if v.female >= 2 && v.female >= 2 * v.male { entities[e].gender = "female" }
    }

    /// "Elizabeth Bennet" in the narrative, for a person known as "Elizabeth" or "Miss Elizabeth": their
    /// family name, for relations that share it ("her mother" is then a Mrs. Bennet). Only for a
    /// person whose own name shows no family name; the first one seen stays.
    mutating func learnFamilyName(_ e: Int, _ word: String) {
        guard entities[e].familyName == nil, !entities[e].isOrganisation, entities[e].registryIndex == nil else { return }
        let key = Normalizer.key(word)
        guard lexicon.givenNames[KeyHash.of(key)] == nil, familyName(e) == nil else { return }
        entities[e].familyName = key
    }

    /// Sets an entity's gender when the text shows it (a "he"/"she" right after its name).
    mutating func learnGender(_ e: Int, _ gender: String) {
        if entities[e].gender.isEmpty { entities[e].gender = gender }
    }

    mutating func addQuote(_ e: Int) { entities[e].quotes += 1 }

    mutating func setApposition(_ e: Int, role: String, organisation: String?) {
        if entities[e].role == nil { entities[e].role = role }
        if entities[e].organisation == nil, let organisation { entities[e].organisation = organisation }
    }

    /// Records that entity `e` was named at `position` (so "he" after it can find it); `subject`: the
    /// name opens its sentence ("Elizabeth smiled.").
    mutating func touch(_ e: Int, at position: Int, subject: Bool = false) { record(position, e, subject: subject) }

    /// A he/she in the narrative ("She blushed as she answered"): the person it continues (see
    /// ``salient(_:before:windowStart:)``), recorded as a subject so the pronoun at the next cue finds them.
    mutating func notePronoun(_ p: SpeakerLexicon.Pronoun, at position: Int, windowStart: Int) {
        guard !cuePronouns.contains(position), let e = salient(p, before: position, windowStart: windowStart) else { return }
        record(position, e, subject: true)
    }

    /// The person a narrative he/she stands for. Since `windowStart` (the previous paragraph's start):
    /// the most recent subject of that gender ("Elizabeth looked at Jane; she ..." → Elizabeth), else the
    /// most recent person of that gender, else of unknown gender; before it, the most recent person of
    /// that gender. Bounded by ``salienceLookBack`` events.
    func salient(_ p: SpeakerLexicon.Pronoun, before position: Int, windowStart: Int) -> Int? {
        var nearest: Int? = nil, unknown: Int? = nil
        var index = timeline.count
        let stop = max(0, timeline.count - Self.salienceLookBack)
        while index > stop {
            index -= 1
            let event = timeline[index]
            guard event.position < position else { continue }
            let e = event.entity
            if entities[e].isOrganisation || entities[e].isNarrator { continue }
            let gender = entities[e].gender
            if gender == p.gender {
                if event.position < windowStart { return nearest ?? unknown ?? e }
                if isSubject[index] { return e }
                if nearest == nil { nearest = e }
            } else if gender.isEmpty, unknown == nil, event.position >= windowStart {
                unknown = e
            }
        }
        return nearest ?? unknown
    }

    /// A relation noun after a possessive seen in the narrative ("her father"): the person it named
    /// at a cue before, if any.
    mutating func touchRelation(_ owner: SpeakerLexicon.Pronoun, noun: UInt64, at position: Int) {
        guard let o = possessor(owner, before: position, paragraphStart: nil), let e = relations[Self.relationKey(o, noun)] else { return }
        record(position, e)
    }

    private mutating func record(_ position: Int, _ e: Int, subject: Bool = false) {
        while lastSeen.count < entities.count { lastSeen.append(-1) }
        lastSeen[e] = timeline.count
        timeline.append((position, e))
        isSubject.append(subject)
        spoke.append(false)
    }

    /// Records that entity `e` spoke at `position`: the subject of the previous quote is the likeliest
    /// "he" of the next one ("“...,” Trump said of Ishiba. “...,” he added").
    mutating func spoke(_ e: Int, at position: Int) {
        record(position, e, subject: true)
        spoke[spoke.count - 1] = true
    }

    private mutating func registryEntity(_ ids: [Int], at position: Int) -> Int? {
        // A shared alias: prefer an entry already seen in this document.
        let chosen = ids.first { byRegistryIndex[$0] != nil } ?? ids.first
        guard let index = chosen else { return nil }
        if let e = byRegistryIndex[index] { return e }
        let entry = lexicon.registry.entries[index]
        let e = entities.count
        entities.append(Entity(name: entry.name, id: entry.id, registryIndex: index, isOrganisation: entry.isOrganisation,
                               gender: entry.gender))
        byRegistryIndex[index] = e
        return e
    }

    /// A discovered name: one entity per person within the document ("Kurt Tong" ... "Tong" ...
    /// "Mr. Tong"), keeping apart people who share a surname when their honorifics differ ("Miss
    /// Bingley", "Mr. Bingley"). A bare surname goes to the most recent person of that surname.
    private mutating func nameEntity(_ name: String, gender: String) -> Int {
        let key = Normalizer.key(name)
        let words = key.split(separator: " ").map(String.init)
        if let e = existingName(name, key: key, words: words, gender: gender) { return e }
        let last = surname(words) ?? key
        let hasHonorific = !gender.isEmpty && words.count > 1
        // "Mrs. Hale" first met after "his wife" of Mr. Hale spoke: the same person, now named.
        if hasHonorific, let k = unnamedKin(surname: last, gender: gender) {
            entities[k].name = name
            entities[k].id = "doc:" + Self.slug(key)
            entities[k].honorific = words.first
            entities[k].kinOf = nil
            entities[k].namedLater = true
            byName[key] = k
            bySurname[last, default: []].append(k)
            surnamesVersion += 1
            return k
        }
        let e = entities.count
        let slug = Self.slug(key)
        // Without a title, the first name may say the gender ("Jane Carter").
        let given = gender.isEmpty ? lexicon.givenNames[KeyHash.of(words.first ?? key)] : nil
        let isOrganisation = gender.isEmpty && lexicon.organisationHeads.contains(last)
        var entity = Entity(name: name, id: "doc:" + slug, registryIndex: nil, isOrganisation: isOrganisation,
                            gender: isOrganisation ? "" : given ?? gender)
        entity.honorific = hasHonorific ? words.first : nil
        entity.genderFromGivenName = given != nil
        entities.append(entity)
        byName[key] = e
        bySurname[last, default: []].append(e)
        surnamesVersion += 1
        return e
    }

    /// The document-local id of a person known by a phrase ("the minister", "a small man"): its key,
    /// words joined by hyphens.
    private static func descriptionID(_ phrase: String) -> String {
        let key = Normalizer.key(phrase)
        // A key in ASCII: the bytes themselves (a key holds no CR, the one two-byte ASCII character).
        if let id = Self.mapASCII(key, { $0 == 0x20 ? UInt8(ascii: "-") : $0 }) { return "doc:" + id }
        return "doc:" + key.replacingOccurrences(of: " ", with: "-")
    }

    /// A name key as an id part: letters and digits kept, anything else a hyphen.
    private static func slug(_ key: String) -> String {
        let isAlphanumeric = { (b: UInt8) in b | 0x20 &- 0x61 < 26 || b &- 0x30 < 10 }
        if let slug = Self.mapASCII(key, { isAlphanumeric($0) ? $0 : UInt8(ascii: "-") }) { return slug }
        return key.map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
    }

    /// `key` with each byte mapped, when it is ASCII without CR (every byte a character of its own);
    /// nil otherwise.
    private static func mapASCII(_ key: String, _ transform: (UInt8) -> UInt8) -> String? {
        var key = key
        return key.withUTF8 { b in
            guard b.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
            return String(decoding: b.map(transform), as: UTF8.self)
        }
    }

    /// The person a discovered name stands for, if already known: the same name, or an earlier person
    /// of that surname (most recent first) the name can join. Creates nothing.
    mutating func existingName(_ name: String, gender: String) -> Int? {
        let key = Normalizer.key(name)
        return existingName(name, key: key, words: key.split(separator: " ").map(String.init), gender: gender)
    }

    /// The family name of a name's words: the last that is no generational suffix ("Kennedy" of
    /// "Robert F. Kennedy Jr.", `name-suffixes.tsv`).
    private func surname(_ words: [String]) -> String? {
        words.last { !lexicon.nameSuffixes.contains($0) } ?? words.last
    }

    /// ``existingName(_:gender:)`` with the name's key and its words already made.
    private mutating func existingName(_ name: String, key: String, words: [String], gender: String) -> Int? {
        if let e = byName[key] { return e }
        let last = surname(words) ?? key
        let hasHonorific = !gender.isEmpty && words.count > 1
        let candidates = (bySurname[last] ?? []).sorted { seen($0) > seen($1) }
        for e in candidates {
            let ent = entities[e]
            // A bare surname ("Bingley") goes to a full name without honorific ("Kurt Tong"), or to a
            // man's ("Mr. Bingley"), not to "Miss Bingley": English uses a woman's bare surname rarely
            // where an honorific is in use.
            // A woman's given name is no surname: "Miss Clara" ... "Clara" is one person.
            if words.count == 1, ent.honorific != nil, ent.gender == "female", lexicon.givenNames[KeyHash.of(key)] != "female" { continue }
            if hasHonorific {
                // "Mr. Tong" joins "Kurt Tong" (no honorific, compatible gender), not "Miss Tong".
                if !ent.gender.isEmpty && ent.gender != gender { continue }
                if ent.honorific != nil && ent.honorific != words.first { continue }
                // "Miss Bingley" does not join a bare "Bingley" whose gender is unknown: by the rule
                // above, the bare surname is most likely the man's.
                if gender == "female", ent.gender.isEmpty, ent.genderVotes.female <= ent.genderVotes.male,
                   Self.wordCount(ent.name) == 1 { continue }
            }
            // "Mr. Antoni" ... "EJ Antoni": the full name is the better display name.
            if !hasHonorific, words.count > 1, ent.honorific != nil, Self.wordCount(ent.name) == 2 { entities[e].name = name }
            if words.count > 1 && Self.wordCount(ent.name) == 1 {
                entities[e].name = name
                if hasHonorific { entities[e].honorific = words.first }
                if entities[e].gender.isEmpty { entities[e].gender = gender }
            }
            byName[key] = e
            return e
        }
        // "Lin Mei ... Lin said", "Lee Jae-myung ... Lee said": no surname matched; another part of a name.
        if words.count == 1, let e = personNamedInPart(key) {
            byName[key] = e
            return e
        }
        return nil
    }

    /// The most recently seen person one of whose name's other words is `key`: the first word of a
    /// discovered full name without honorific ("Lin" of "Lin Mei"; the opening characters of one
    /// written without spaces, 佐藤 of 佐藤健一), any word of a registry person's name
    /// ("Lee" of "Lee Jae-myung"); family names come first in many languages. Looked up only when no
    /// name or surname matched (rare), so a scan of the document's people.
    private func personNamedInPart(_ key: String) -> Int? {
        var best: Int? = nil
        for (e, ent) in entities.enumerated() where !ent.isOrganisation {
            let matches: Bool
            if let r = ent.registryIndex {
                matches = lexicon.registry.nameWords[r].contains(key)
            } else {
                guard ent.honorific == nil, ent.kinOf == nil else { continue }
                let words = Normalizer.key(ent.name).split(separator: " ")
                matches = words.count > 1 && words[0] == key
                    // A name written without spaces (Japanese, Chinese) opens with the family name:
                    // 佐藤 of 佐藤健一.
                    || (words.count == 1 && (key.utf8.first ?? 0) >= 0xE3 && words[0].utf8.count > key.utf8.count && words[0].hasPrefix(key))
            }
            if matches, best.map({ seen(e) > seen($0) }) ?? true { best = e }
        }
        return best
    }

    /// `name.split(separator: " ").count`, counted on the bytes when each character is one byte (ASCII
    /// without CR).
    private static func wordCount(_ name: String) -> Int {
        var bytes = name
        let count = bytes.withUTF8 { b -> Int? in
            guard b.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
            var n = 0, inWord = false
            for c in b {
                if c == 0x20 { inWord = false } else if !inWord { inWord = true; n += 1 }
            }
            return n
        }
        return count ?? name.split(separator: " ").count
    }

    /// A role description: the most recent person (within ``lookBack`` mentions) whose role mentions its
    /// head word ("the minister" after "Trade Minister X"; not for an indefinite description, "a trade
    /// official", who is somebody new), else an entity named by the phrase itself.
    private mutating func roleEntity(_ role: SpeakerLexicon.Role, phrase: String, before position: Int, indefinite: Bool = false) -> Int {
        let head = Normalizer.key(phrase.split(separator: " ").last.map(String.init) ?? phrase)
        // Capitalised words qualifying the head ("Florida" of "the Florida senator") must be in the role too.
        // (Most descriptions have no capital past their first letter: nothing to split.)
        let qualifiers = !phrase.utf8.dropFirst().contains(where: { $0 &- 0x41 < 26 }) ? [] : phrase.split(separator: " ").dropLast().filter { w in
            w.first?.isUppercase == true && !lexicon.determiners.contains(KeyHash.of(Normalizer.key(String(w))))
        }.map { Normalizer.key(String($0)) }
        if !role.plural, !head.isEmpty, !indefinite {
            // An entity recurs in the timeline: read its role once (0 not read, 1 mentions the head, 2 not).
            var mentionsHead = [UInt8](repeating: 0, count: entities.count)
            for (_, e) in timeline.suffix(Self.lookBack).reversed() where entities[e].isOrganisation == role.isOrganisation {
                if mentionsHead[e] == 0 {
                    let r = entities[e].role ?? entities[e].registryIndex.map { lexicon.registry.entries[$0].role } ?? ""
                    let t = entities[e].titles
                    let fits = (Self.lowerCased(r, contains: head) || Self.lowerCased(t, contains: head))
                        && qualifiers.allSatisfy { Self.lowerCased(r, contains: $0) || Self.lowerCased(t, contains: $0) }
                    mentionsHead[e] = fits ? 1 : 2
                }
                if mentionsHead[e] == 1 { return e }
            }
        }
        let key = Normalizer.key(phrase)
        if let e = byRole[key] { return e }
        if !role.plural, !role.isOrganisation, let e = recentlyDescribed(head) { return e }
        let e = entities.count
        // "the little man", "the old lady": a head noun that says the gender (`relation-nouns.tsv`) gives
        // it, so the he or she that follows can find them.
        let gender = role.isOrganisation || role.plural ? "" : lexicon.relationNouns[KeyHash.of(head)] ?? ""
        entities.append(Entity(name: displayName(description: phrase), id: Self.descriptionID(phrase),
                               registryIndex: nil, isOrganisation: role.isOrganisation, gender: gender, isDocument: role.isDocument,
                               isShare: role.isShare))
        byRole[key] = e
        return e
    }

    /// The words of mention `m` up to its last office title, lower-cased, abbreviated titles spelled out
    /// (`titles.tsv`, column `means`): "Florida Sen. Marco Rubio" → "florida senator"; "" when the
    /// mention holds no office title ("Mr. Rubio", "Rubio").
    private func titleWords(_ m: SpeakerMention, _ text: AnalyzedText) -> String {
        guard let titleCache else { return readTitleWords(m, text) }
        let key = titleCache.key(m.range, first: m.firstToken, text)
        if let known = titleCache[key] { return known }
        let words = readTitleWords(m, text)
        titleCache[key] = words
        return words
    }

    /// ``titleWords(_:_:)`` read from the mention's words.
    private func readTitleWords(_ m: SpeakerMention, _ text: AnalyzedText) -> String {
        var words: [String] = []
        var lastTitle = -1
        for w in NounPhraseReader.spacedText(text, m.range).split(separator: " ") {
            let key = Normalizer.key(String(w))
            if let meaning = lexicon.titleMeanings[key] {
                words.append(meaning)
                lastTitle = words.count - 1
            } else {
                words.append(key)
                if lexicon.officeTitles.contains(key) { lastTitle = words.count - 1 }
            }
        }
        return lastTitle < 0 ? "" : words[...lastTitle].joined(separator: " ")
    }

    /// A description as a speaker's name, in the case it has inside a sentence: "The host" and
    /// "Officials" opening a sentence are "the host" and "officials"; a capital past a determiner stays
    /// ("a Japanese official", "White House officials").
    private func displayName(description phrase: String) -> String {
        guard let first = phrase.first, first.isUppercase else { return phrase }
        let words = phrase.split(separator: " ")
        guard words.count == 1 || lexicon.determiners.contains(KeyHash.of(Normalizer.key(String(words[0])))) else { return phrase }
        return first.lowercased() + phrase.dropFirst()
    }

    /// Whether `role`, lower-cased, contains `head` (Foundation's search): printable ASCII is compared
    /// byte by byte, which is the same answer without making strings.
    static func lowerCased(_ role: String, contains head: String) -> Bool {
        var role = role, head = head
        let fast = role.withUTF8 { r in
            head.withUTF8 { h -> Bool? in
                guard r.allSatisfy({ $0 &- 0x20 < 0x5F }), h.allSatisfy({ $0 &- 0x20 < 0x5F }) else { return nil }
                guard h.count <= r.count else { return false }
                let lower = { (b: UInt8) in b &- 0x41 < 26 ? b | 0x20 : b }
                for s in 0...(r.count - h.count) where (0..<h.count).allSatisfy({ lower(r[s + $0]) == h[$0] }) { return true }
                return false
            }
        }
        return fast ?? role.lowercased().contains(head)
    }

    /// The most recent entity before `position` that the pronoun can stand for, looking first at the
    /// people named in the same paragraph ("The Hatter shook his head. “Not I!” he replied."): who spoke,
    /// then who was the subject of a clause, then anyone named. Never a
    /// person in `excluding` (those the quote addresses), never the narrator for "he" or "she".
    func resolve(_ p: SpeakerLexicon.Pronoun, before position: Int, paragraphStart: Int? = nil, subjectsSince: Int? = nil,
                 excluding: Set<Int> = [], speakersOnly: Bool = false) -> Int? {
        // Look back over the most recent events only: an antecedent lies close, and this keeps a long
        // document linear.
        var recent: [(position: Int, entity: Int)] = []
        var recentSpeakers: [(position: Int, entity: Int)] = []
        var recentSubjects: [(position: Int, entity: Int)] = []
        var narrativeSubjects: [(position: Int, entity: Int)] = []
        var index = timeline.count
        for event in timeline.reversed() {
            index -= 1
            guard event.position < position else { continue }
            if excluding.contains(event.entity) || (p.person == 3 && entities[event.entity].isNarrator) { continue }
            recent.append(event)
            if spoke[index] { recentSpeakers.append(event) }
            if paragraphStart != nil, isSubject[index] { recentSubjects.append(event) }
            if subjectsSince != nil, isSubject[index], !spoke[index] { narrativeSubjects.append(event) }
            if recent.count == Self.lookBack { break }
        }
        if let paragraphStart {
            if let e = resolve(p, in: recentSpeakers.filter { $0.position >= paragraphStart }, knownOnly: true) { return e }
            // "Elizabeth was struck by his deference for Lady Catherine. “...,” said she": the paragraph's
            // subject before a person only named in it.
            if let e = resolve(p, in: recentSubjects.filter { $0.position >= paragraphStart }, knownOnly: true) { return e }
            if let e = resolve(p, in: recent.filter { $0.position >= paragraphStart }) { return e }
        }
        // "Elizabeth was struck by his deference for Lady Catherine. ¶ “...,” said she": the subject of
        // the narration just before (a speaker at a cue is no such subject here: recency decides).
        if let subjectsSince, let e = resolve(p, in: narrativeSubjects.filter { $0.position >= subjectsSince }, knownOnly: true) { return e }
        return resolve(p, in: speakersOnly ? recentSpeakers : recent)
    }

    /// "said the other": the speaker before the last one; "the former", "the latter": the earlier or
    /// the later of the last two people mentioned (`turn-descriptions.tsv`).
    private func turnReference(_ which: String, before position: Int, excluding: Set<Int>) -> Int? {
        var seen: [Int] = []
        var index = timeline.count
        for event in timeline.reversed() {
            index -= 1
            guard event.position < position, seen.count < 2 else { continue }
            let e = event.entity
            if excluding.contains(e) || entities[e].isOrganisation || entities[e].isNarrator || seen.contains(e) { continue }
            if which == "other" && !spoke[index] { continue }
            seen.append(e)
        }
        guard seen.count == 2 else { return nil }
        return which == "latter" ? seen[0] : seen[1]
    }

    /// How many recent mentions a pronoun is checked against (two or three pages of dialogue).
    static let lookBack = 200
    /// How many recent mentions a narrative he/she is checked against (a page or so).
    static let salienceLookBack = 60

    /// The most recent compatible entity in `events` (newest first): a known gender match first, else
    /// one whose gender is unknown.
    private func resolve(_ p: SpeakerLexicon.Pronoun, in events: [(position: Int, entity: Int)], knownOnly: Bool = false) -> Int? {
        var unknownGender: Int? = nil
        for (_, e) in events {
            let ent = entities[e]
            if p.gender == "neuter" || p.plural {
                if ent.isOrganisation || p.plural { return e }
                if speakingCreatures, ent.gender.isEmpty, !ent.isNarrator { return e }
                continue
            }
            if ent.isOrganisation { continue }
            if ent.gender == p.gender || p.gender == "any" { return e }
            if ent.gender.isEmpty && unknownGender == nil { unknownGender = e }
        }
        return knownOnly ? nil : unknownGender
    }

    /// The person a possessive stands for: "her" → the most recent woman, "my"/"our" → the narrator.
    private func possessor(_ p: SpeakerLexicon.Pronoun, before position: Int, paragraphStart: Int?) -> Int? {
        if p.person == 1 { return entities.firstIndex { $0.isNarrator } }
        guard p.person == 3, !p.plural, p.gender == "male" || p.gender == "female" else { return nil }
        return resolve(p, before: position, paragraphStart: paragraphStart)
    }

    /// "said her father", "cried his wife", "said my companion": the relation of the possessor seen
    /// before, else the most recent person of the noun's gender (any, for "companion") who is not the
    /// possessor, remembered for the next time.
    /// Also returns the possessor, if found.
    private mutating func relation(_ owner: SpeakerLexicon.Pronoun, noun: UInt64, gender: String, before position: Int,
                                   paragraphStart: Int?, excluding: Set<Int>) -> (Int?, Int?) {
        let o = possessor(owner, before: position, paragraphStart: paragraphStart)
        if let o, let e = namesakeRelation(of: o, noun: noun, gender: gender, excluding: excluding) {
            relations[Self.relationKey(o, noun)] = e
            return (e, o)
        }
        if let o, let e = relations[Self.relationKey(o, noun)], !excluding.contains(e) { return (e, o) }
        // "her mother" where the nearest woman has none the names tell: the next one who has
        // (Mrs. Bennet just spoke; her daughter Elizabeth Bennet is the "her").
        if let o, owner.person == 3, lexicon.familyRelations[noun] == true || lexicon.relationPartners[noun] != nil {
            var tried: Set<Int> = excluding.union([o])
            for _ in 0..<Self.possessorTries {
                guard let other = resolve(owner, before: position, excluding: tried) else { break }
                if let e = namesakeRelation(of: other, noun: noun, gender: gender, excluding: excluding) {
                    relations[Self.relationKey(other, noun)] = e
                    return (e, other)
                }
                tried.insert(other)
            }
        }
        var skip = excluding
        if let o { skip.insert(o) }
        let p = SpeakerLexicon.Pronoun(gender: gender.isEmpty ? "any" : gender, plural: false, person: 3, isSubject: true, isPossessive: false)
        guard let e = resolve(p, before: position, paragraphStart: nil, excluding: skip, speakersOnly: true) else { return (nil, o) }
        if let o {
            relations[Self.relationKey(o, noun)] = e
            // "his wife" again, now with Mr. Hale in view: the unnamed relation is his.
            if entities[e].kinOf == nil, isUnnamedRelation(e), entities[e].gender == gender { entities[e].kinOf = o }
        }
        return (e, o)
    }

    /// A relation that the names tell: "her husband" of Mrs. Bennet is the Mr. Bennet of the story, "her
    /// brother" of Miss Bingley is Mr. Bingley (`family` in `relation-nouns.tsv`); "her uncle" of someone
    /// whose aunt is Mrs. Gardiner is Mr. Gardiner (`partner`). The most recently seen person of the
    /// noun's gender with that family name, other than the possessor and the partner, and no Miss for
    /// a married relation ("her mother", either half of a couple); nil when none.
    private func namesakeRelation(of o: Int, noun: UInt64, gender: String, excluding: Set<Int>) -> Int? {
        guard !gender.isEmpty else { return nil }
        var family: String? = nil, partner: Int? = nil, married = true
        if let p = lexicon.relationPartners[noun], let x = relations[Self.relationKey(o, p)] {
            partner = x
            family = familyName(x)
        }
        if family == nil, let m = lexicon.familyRelations[noun] {
            family = familyName(o)
            married = m
        }
        guard let family else { return nil }
        let fits = (bySurname[family] ?? []).filter { e in
            guard e != o, e != partner, !excluding.contains(e), entities[e].gender == gender, !entities[e].isOrganisation else { return false }
            return !married || !(entities[e].honorific.map { lexicon.unmarriedTitles.contains($0) } ?? false)
        }
        // "her sister" among several sisters: the names do not tell which.
        return married || fits.count == 1 ? fits.max { seen($0) < seen($1) } : nil
    }

    /// The family name a person's name shows: the last word of a name of two words or more that is no
    /// given name ("Mr. Bennet", "Kurt Tong"); for "Miss Elizabeth" or "Jane", the one the narration
    /// gave them, if any.
    private func familyName(_ e: Int) -> String? {
        guard !entities[e].isOrganisation, !isUnnamedRelation(e) else { return nil }
        let words = Normalizer.key(entities[e].name).split(separator: " ")
        guard words.count > 1, let last = words.last, lexicon.givenNames[KeyHash.of(String(last))] == nil else { return entities[e].familyName }
        return String(last)
    }

    /// Whether entity `e` stands only for a relation phrase ("his wife"): no registry entry, no name.
    private func isUnnamedRelation(_ e: Int) -> Bool {
        let ent = entities[e]
        guard ent.registryIndex == nil, !ent.isOrganisation, let c = ent.name.unicodeScalars.first else { return false }
        return !CharacterSet.uppercaseLetters.contains(c) && ent.honorific == nil
    }

    /// An unnamed relation whose possessor shares `surname` ("his wife" of Mr. Hale, for "Mrs. Hale"):
    /// the person a newly met titled name of that gender most likely is.
    private func unnamedKin(surname: String, gender: String) -> Int? {
        entities.indices.last { k in
            guard let o = entities[k].kinOf, entities[k].gender == gender, isUnnamedRelation(k) else { return false }
            return Normalizer.key(entities[o].name).split(separator: " ").last.map(String.init) == surname
        }
    }

    /// The timeline index of entity `e`'s latest mention, -1 if none: larger is more recent.
    private func seen(_ e: Int) -> Int { e < lastSeen.count ? lastSeen[e] : -1 }

    /// How many people after the nearest one may be the possessor of a relation the names tell.
    static let possessorTries = 2

    private static func relationKey(_ owner: Int, _ noun: UInt64) -> UInt64 { noun &+ UInt64(owner) &* 0x9E37_79B9_7F4A_7C15 }

    /// Discovered people by the key of their name's last word, for spotting them again in narrative
    /// (namesakes share a key: "Mr. Bennet", "Mrs. Bennet").
    var surnames: KeyTable<[Int]> {
        var out = KeyTable<[Int]>()
        for (last, es) in bySurname {
            let key = KeyHash.of(last)
            out[key] = (out[key] ?? []) + es.filter { !entities[$0].isOrganisation && entities[$0].registryIndex == nil }
        }
        return out
    }

    /// The speakers of the most recent quotes, for continuation and turn-taking.
    var last: Int? { timeline.last?.entity }

    /// A person the narration brings in by a description as the subject of a clause ("a small, dark,
    /// brisk man ... accosted us"): an unnamed entity, named by the phrase, that a following he or she
    /// can stand for and a later description with the same head ("the man was", "said the little
    /// man") refers to. A definite phrase only refers back to such a person ("the young lady" is as
    /// likely someone already named).
    mutating func describe(_ phrase: String, head: String, definite: Bool, gender: String, at position: Int) {
        let e: Int
        if definite {
            guard let known = recentlyDescribed(head) else { return }
            e = known
        } else {
            e = entities.count
            entities.append(Entity(name: phrase, id: Self.descriptionID(phrase),
                                   registryIndex: nil, isOrganisation: false, gender: gender))
            describedByHead[head] = e
        }
        record(position, e, subject: true)
    }

    /// How many recent mentions back a description ("the man") still finds the person introduced by
    /// one with its head: a page or so; further on, it is more likely someone else.
    static let describedLookBack = 40

    /// The person last introduced by a description with this head, when seen among the last
    /// ``describedLookBack`` mentions.
    private func recentlyDescribed(_ head: String) -> Int? {
        guard let e = describedByHead[head], e < lastSeen.count, timeline.count - lastSeen[e] <= Self.describedLookBack else { return nil }
        return e
    }
}
