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
    }

    let lexicon: SpeakerLexicon
    private(set) var entities: [Entity] = []
    private var byKey: [String: Int] = [:]
    /// (token position, entity) of every person mention, for pronoun resolution.
    private var timeline: [(position: Int, entity: Int)] = []

    init(lexicon: SpeakerLexicon) { self.lexicon = lexicon }

    /// The entity a mention stands for (created on first sight); nil when a pronoun finds no antecedent.
    mutating func link(_ m: SpeakerMention, at position: Int, text: AnalyzedText) -> Int? {
        let e: Int?
        switch m.kind {
        case .registry(let ids):
            e = registryEntity(ids, at: position)
        case .name(let name):
            e = nameEntity(name, gender: m.titleGender)
        case .pronoun(let p):
            e = resolve(p, before: position)
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

    /// Records that entity `e` spoke at `position` (so "he" after it can find it).
    mutating func touch(_ e: Int, at position: Int) { timeline.append((position, e)) }

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

    /// A discovered name: one entity per surname within the document ("Kurt Tong" ... "Tong").
    private mutating func nameEntity(_ name: String, gender: String) -> Int {
        let words = name.split(separator: " ").map(String.init)
        let last = Normalizer.key(words.last ?? name)
        if let e = byKey["name:" + Normalizer.key(name)] { return e }
        // "Tong" after "Kurt Tong": the surname of a fuller name seen before.
        if words.count == 1, let e = byKey["surname:" + last] { return e }
        // "Kurt Tong" after "Tong" was first seen alone: the fuller name wins.
        if words.count > 1, let e = byKey["name:" + last], !entities[e].name.contains(" ") {
            entities[e].name = name
            byKey["name:" + Normalizer.key(name)] = e
            byKey["surname:" + last] = e
            return e
        }
        let e = entities.count
        let slug = Normalizer.key(name).map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
        entities.append(Entity(name: name, id: "doc:" + slug, registryIndex: nil, isOrganisation: false, gender: gender))
        byKey["name:" + Normalizer.key(name)] = e
        if words.count > 1 { byKey["surname:" + last] = e }
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

    /// The most recent entity before `position` that the pronoun can stand for.
    func resolve(_ p: SpeakerLexicon.Pronoun, before position: Int) -> Int? {
        var unknownGender: Int? = nil
        for (pos, e) in timeline.reversed() where pos < position {
            let ent = entities[e]
            if p.gender == "neuter" || p.plural {
                if ent.isOrganisation || p.plural { return e }
                continue
            }
            if ent.isOrganisation { continue }
            if ent.gender == p.gender { return e }
            if ent.gender.isEmpty && unknownGender == nil { unknownGender = e }
        }
        return unknownGender
    }

    /// The speakers of the most recent quotes, for continuation and turn-taking.
    var last: Int? { timeline.last?.entity }
}
