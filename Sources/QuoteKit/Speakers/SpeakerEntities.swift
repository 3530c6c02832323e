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
        var role: String?
        var organisation: String?
        var quotes = 0
        /// The honorific a discovered name came with ("mr.", "miss"), to keep namesakes apart.
        var honorific: String? = nil
    }

    let lexicon: SpeakerLexicon
    private(set) var entities: [Entity] = []
    private var byKey: [String: Int] = [:]
    /// (token position, entity) of every person mention, for pronoun resolution.
    private var timeline: [(position: Int, entity: Int)] = []
    /// The subset of `timeline` where the entity spoke (a quote was attributed to it).
    private var spoke: Set<Int> = []

    init(lexicon: SpeakerLexicon) { self.lexicon = lexicon }

    /// The entity a mention stands for (created on first sight); nil when a pronoun finds no antecedent.
    mutating func link(_ m: SpeakerMention, at position: Int, text: AnalyzedText, paragraphStart: Int? = nil) -> Int? {
        let e: Int?
        switch m.kind {
        case .registry(let ids):
            e = registryEntity(ids, at: position)
        case .name(let name):
            e = nameEntity(name, gender: m.titleGender)
        case .pronoun(let p):
            e = resolve(p, before: position, paragraphStart: paragraphStart)
            if let e { entities[e].mentions.append(m.range) }
            return e
        case .role(let role, let phrase):
            e = roleEntity(role, phrase: phrase, before: position)
        }
        if let e {
            entities[e].mentions.append(m.range)
            timeline.append((position, e))
            if entities[e].gender.isEmpty, !m.titleGender.isEmpty { entities[e].gender = m.titleGender }
        }
        return e
    }

    /// Records a mention seen in the narrative (not at a cue), for the speakers list and pronouns.
    mutating func note(_ m: SpeakerMention, at position: Int) {
        if case .registry(let ids) = m.kind, let e = registryEntity(ids, at: position) {
            entities[e].mentions.append(m.range)
            timeline.append((position, e))
        }
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

    /// Records that entity `e` was named at `position` (so "he" after it can find it).
    mutating func touch(_ e: Int, at position: Int) { timeline.append((position, e)) }

    /// Records that entity `e` spoke at `position`: the subject of the previous quote is the likeliest
    /// "he" of the next one ("“...,” Trump said of Ishiba. “...,” he added").
    mutating func spoke(_ e: Int, at position: Int) {
        spoke.insert(timeline.count)
        timeline.append((position, e))
    }

    private mutating func registryEntity(_ ids: [Int], at position: Int) -> Int? {
        // A shared alias: prefer an entry already seen in this document.
        let chosen = ids.first { byKey["reg:" + lexicon.registry.entries[$0].id] != nil } ?? ids.first
        guard let index = chosen else { return nil }
        let entry = lexicon.registry.entries[index]
        if let e = byKey["reg:" + entry.id] { return e }
        let e = entities.count
        entities.append(Entity(name: entry.name, id: entry.id, registryIndex: index, isOrganisation: entry.isOrganisation,
                               gender: entry.gender))
        byKey["reg:" + entry.id] = e
        return e
    }

    /// A discovered name: one entity per person within the document ("Kurt Tong" ... "Tong" ...
    /// "Mr. Tong"), keeping apart people who share a surname when their honorifics differ ("Miss
    /// Bingley", "Mr. Bingley"). A bare surname goes to the most recent person of that surname.
    private mutating func nameEntity(_ name: String, gender: String) -> Int {
        let key = Normalizer.key(name)
        if let e = byKey["name:" + key] { return e }
        let words = key.split(separator: " ").map(String.init)
        let last = words.last ?? key
        let hasHonorific = !gender.isEmpty && words.count > 1
        // Candidates: earlier people with this surname, most recent first.
        let candidates = (byKey.filter { $0.key == "surname:" + last }.map(\.value)
            + timeline.reversed().map(\.entity).filter { entities[$0].id.hasPrefix("doc:") && Normalizer.key(entities[$0].name).split(separator: " ").last.map(String.init) == last })
        for e in candidates {
            let ent = entities[e]
            // A bare surname ("Bingley") goes to a full name without honorific ("Kurt Tong"), or to a
            // man's ("Mr. Bingley"), not to "Miss Bingley": English uses a woman's bare surname rarely
            // where an honorific is in use.
            if words.count == 1, let h = ent.honorific, ent.gender == "female" { _ = h; continue }
            if hasHonorific {
                // "Mr. Tong" joins "Kurt Tong" (no honorific, compatible gender), not "Miss Tong".
                if !ent.gender.isEmpty && ent.gender != gender { continue }
                if ent.honorific != nil && ent.honorific != words.first { continue }
            }
            if words.count > 1 && ent.name.split(separator: " ").count == 1 { entities[e].name = name }
            byKey["name:" + key] = e
            return e
        }
        let e = entities.count
        let slug = key.map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
        var entity = Entity(name: name, id: "doc:" + slug, registryIndex: nil, isOrganisation: false, gender: gender)
        entity.honorific = hasHonorific ? words.first : nil
        entities.append(entity)
        byKey["name:" + key] = e
        if words.count > 1 && byKey["surname:" + last] == nil { byKey["surname:" + last] = e }
        return e
    }

    /// A role description: the most recent person whose role mentions its head word ("the minister"
    /// after "Trade Minister X"), else an entity named by the phrase itself.
    private mutating func roleEntity(_ role: SpeakerLexicon.Role, phrase: String, before position: Int) -> Int {
        let head = Normalizer.key(phrase.split(separator: " ").last.map(String.init) ?? phrase)
        for (_, e) in timeline.reversed() where !role.plural {
            let r = (entities[e].role ?? entities[e].registryIndex.map { lexicon.registry.entries[$0].role } ?? "").lowercased()
            if !head.isEmpty, r.contains(head), entities[e].isOrganisation == role.isOrganisation { return e }
        }
        let key = "role:" + Normalizer.key(phrase)
        if let e = byKey[key] { return e }
        let e = entities.count
        entities.append(Entity(name: phrase, id: "doc:" + Normalizer.key(phrase).replacingOccurrences(of: " ", with: "-"),
                               registryIndex: nil, isOrganisation: role.isOrganisation, gender: ""))
        byKey[key] = e
        return e
    }

    /// The most recent entity before `position` that the pronoun can stand for, looking first at the
    /// people named in the same paragraph ("The Hatter shook his head. “Not I!” he replied.").
    func resolve(_ p: SpeakerLexicon.Pronoun, before position: Int, paragraphStart: Int? = nil) -> Int? {
        // Look back over the most recent events only: an antecedent lies close, and this keeps a long
        // document linear.
        var recent: [(position: Int, entity: Int)] = []
        var recentSpeakers: [(position: Int, entity: Int)] = []
        var index = timeline.count
        for event in timeline.reversed() {
            index -= 1
            guard event.position < position else { continue }
            recent.append(event)
            if spoke.contains(index) { recentSpeakers.append(event) }
            if recent.count == Self.lookBack { break }
        }
        if let paragraphStart {
            if let e = resolve(p, in: recentSpeakers.filter { $0.position >= paragraphStart }, knownOnly: true) { return e }
            if let e = resolve(p, in: recent.filter { $0.position >= paragraphStart }) { return e }
        }
        return resolve(p, in: recent)
    }

    /// How many recent mentions a pronoun is checked against (two or three pages of dialogue).
    static let lookBack = 200

    /// The most recent compatible entity in `events` (newest first): a known gender match first, else
    /// one whose gender is unknown.
    private func resolve(_ p: SpeakerLexicon.Pronoun, in events: [(position: Int, entity: Int)], knownOnly: Bool = false) -> Int? {
        var unknownGender: Int? = nil
        for (_, e) in events {
            let ent = entities[e]
            if p.gender == "neuter" || p.plural {
                if ent.isOrganisation || p.plural { return e }
                continue
            }
            if ent.isOrganisation { continue }
            if ent.gender == p.gender { return e }
            if ent.gender.isEmpty && unknownGender == nil { unknownGender = e }
        }
        return knownOnly ? nil : unknownGender
    }

    /// Discovered people by the key of their name's last word, for spotting them again in narrative.
    var surnames: [UInt64: Int] {
        var out: [UInt64: Int] = [:]
        for (i, e) in entities.enumerated() where !e.isOrganisation && e.registryIndex == nil {
            if let last = e.name.split(separator: " ").last { out[KeyHash.of(Normalizer.key(String(last)))] = i }
        }
        return out
    }

    /// The speakers of the most recent quotes, for continuation and turn-taking.
    var last: Int? { timeline.last?.entity }
}
