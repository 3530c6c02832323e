import Foundation

/// The word lists the speakers stage reads: the registry, titles, role nouns and pronouns.
struct SpeakerLexicon: Sendable {
    /// A pronoun's features (`pronouns.tsv`).
    struct Pronoun: Sendable {
        let gender: String      // male, female, neuter, any
        let plural: Bool
        let person: Int
        let isSubject: Bool
        var isPossessive = false
        var isObject = false
        var isReflexive = false
    }
    /// A role description (`role-nouns.tsv`).
    struct Role: Sendable {
        /// No person: an organisation, or a document.
        let isOrganisation: Bool
        let plural: Bool
        /// A document or a count that reports ("the letter", "a poll", "court records").
        var isDocument = false
        /// A share of a group, a poll's subject ("Nearly half", "41 percent of voters").
        var isShare = false
    }

    var registry = SpeakerRegistry()
    /// Titles by their words → gender ("male", "female" or "").
    var titles = PhraseTable<String>()
    /// Titles that say their bearer is unmarried ("miss": `titles.tsv`, column `status`), by key.
    var unmarriedTitles: Set<String> = []
    var roles = PhraseTable<Role>()
    /// Nouns that make a speaker description only after a qualifying name ("the Clinton campaign",
    /// `description-heads.tsv`).
    var descriptionHeads = PhraseTable<Role>()
    var pronouns = KeyTable<Pronoun>()
    /// Nouns naming a person by relation to another ("father", "wife", "companion": `relation-nouns.tsv`)
    /// → the gender the noun says ("male", "female" or "").
    var relationNouns = KeyTable<String>()
    /// Relation nouns whose person usually bears the possessor's family name ("brother", "father":
    /// `relation-nouns.tsv`, column `family`) → whether that person is married ("father", "wife").
    var familyRelations: [UInt64: Bool] = [:]
    /// Relation noun → the noun of the other half of the couple its person belongs to ("uncle" → "aunt").
    var relationPartners: [UInt64: UInt64] = [:]
    /// "the other", "the former", "the latter" (`turn-descriptions.tsv`, by normalised phrase) → which
    /// of the people just mentioned they name: `other`, `former` or `latter`.
    var turnDescriptions: [String: String] = [:]
    /// Given names → the gender they usually name (`given-names.tsv`): "Jane" is a woman.
    var givenNames = KeyTable<String>()
    /// Words that start sentences ("The", "But"): capitalised, yet no part of a name at a run's start.
    var sentenceStarters = KeySet()
    /// The words of a poll's subject such as "Nearly half said" (`share-words.tsv`).
    var shareWords = PhraseTable<ShareWord>()

    /// What a word of `share-words.tsv` is in a share phrase.
    enum ShareWord: String, Sendable {
        /// Names the share: "half", "percent", "majority".
        case share
        /// May come before the share: "nearly", "more than", "a full".
        case modifier
        /// A number word: "six", "twenty".
        case number
        /// Opens the clause and is no part of the phrase: "while", "and".
        case opener
    }
    /// Words that head a numbered part ("chapter", "part": `section-words.tsv`): a Roman numeral after
    /// one ("CHAPTER XI") is no name.
    var sectionWords = KeySet()
    /// Capitalised words that are never a name by themselves: weekdays, months, auxiliaries
    /// (`cue-context.tsv`).
    var notNames = KeySet()
    /// Determiners ("the", "a", "one"... from `cue-context.tsv`): "the man", "a spokeswoman" describe a speaker.
    var determiners = KeySet()
    /// "a", "an", "another" (`cue-context.tsv`, role `indefinite`): a description opening with one
    /// brings in somebody new ("a Japanese official"), not a person named before.
    var indefinites = KeySet()
    /// "and", "but" (`cue-context.tsv`): a verb after them shares the sentence's subject.
    var conjunctions = KeySet()
    /// "in", "after" (`cue-context.tsv`): a clause opening with one opens with an adverbial ("In
    /// Washington, Trump said"), not with its subject.
    var prepositions = KeySet()
    /// Prepositions that introduce an organisation in an apposition (`affiliation-words.tsv`).
    var affiliationWords: Set<String> = []
    /// "is", "was" (`affiliation-words.tsv`): after "who", they introduce a role.
    var copulas = KeySet()
    /// "a", "an", "the" (`affiliation-words.tsv`): a role after "who is" starts with one.
    var articles = KeySet()
    /// "institute", "party" (`affiliation-words.tsv`, role `organisation`): a discovered name ending in
    /// one is an organisation's.
    var organisationHeads: Set<String> = []
    /// Lower-case words that join the capitalised words of an organisation's name besides the
    /// affiliation words ("and": `affiliation-words.tsv`, role `connector`).
    var nameConnectors: Set<String> = []
    /// "jr", "iii" (`name-suffixes.tsv`): a name's last word that is no family name.
    var nameSuffixes: Set<String> = []
    /// Abbreviated titles spelled out ("sen." → "senator", `titles.tsv`, column `means`).
    var titleMeanings: [String: String] = [:]
    /// One-word office titles ("senator", "governor"), by key.
    var officeTitles: Set<String> = []

    init() {}

    init(directory: URL, extraRegistries: [URL], analyzer: TextAnalyzer) throws {
        var entries = try SpeakerRegistry.load(directory.appendingPathComponent("speakers.tsv"))
        for url in extraRegistries { entries += try SpeakerRegistry.load(url) }
        registry = SpeakerRegistry(entries: entries, analyzer: analyzer)

        let t = try Lexicons.table("titles", in: directory)
        let (gender, status) = (try t.column("gender"), try t.column("status"))
        let (kind, means) = (try t.column("kind"), try? t.column("means"))
        for row in t.rows {
            if row.fields[kind] == "office" {
                if !row.key.contains(" ") { officeTitles.insert(row.key) }
                if let means, !row.fields[means].isEmpty { titleMeanings[row.key] = row.fields[means] }
            }
            guard ["", "unmarried"].contains(row.fields[status]) else {
                throw LexiconError(file: t.path, line: row.line, reason: "status must be unmarried or empty")
            }
            titles.insert(row.key, row.fields[gender], analyzer: analyzer)
            if row.fields[status] == "unmarried" { unmarriedTitles.insert(row.key) }
        }

        let r = try Lexicons.table("role-nouns", in: directory)
        let (rk, rn) = (try r.column("kind"), try r.column("number"))
        for row in r.rows {
            guard ["person", "organisation", "document"].contains(row.fields[rk]), ["singular", "plural"].contains(row.fields[rn]) else {
                throw LexiconError(file: r.path, line: row.line, reason: "kind must be person, organisation or document and number singular or plural")
            }
            let document = row.fields[rk] == "document"
            roles.insert(row.key, Role(isOrganisation: document || row.fields[rk] == "organisation", plural: row.fields[rn] == "plural",
                                       isDocument: document), analyzer: analyzer)
        }

        let h = try Lexicons.table("description-heads", in: directory)
        let (hk, hn) = (try h.column("kind"), try h.column("number"))
        for row in h.rows {
            guard ["person", "organisation"].contains(row.fields[hk]), ["singular", "plural"].contains(row.fields[hn]) else {
                throw LexiconError(file: h.path, line: row.line, reason: "kind must be person or organisation and number singular or plural")
            }
            descriptionHeads.insert(row.key, Role(isOrganisation: row.fields[hk] == "organisation", plural: row.fields[hn] == "plural"),
                                    analyzer: analyzer)
        }

        let affiliation = try Lexicons.table("affiliation-words", in: directory)
        let role = try affiliation.column("role")
        for row in affiliation.rows {
            switch row.fields[role] {
            case "affiliation": affiliationWords.insert(row.key)
            case "copula": copulas.insert(KeyHash.of(row.key))
            case "article": articles.insert(KeyHash.of(row.key))
            case "organisation": organisationHeads.insert(row.key)
            case "connector": nameConnectors.insert(row.key)
            default: throw LexiconError(file: affiliation.path, line: row.line, reason: "role must be affiliation, copula, article, organisation or connector")
            }
        }
        nameSuffixes = Set(try Lexicons.table("name-suffixes", in: directory).rows.map(\.key))
        sentenceStarters = KeySet(try Lexicons.table("sentence-starters", in: directory).rows.map { KeyHash.of($0.key) })
        let shares = try Lexicons.table("share-words", in: directory)
        let shareKind = try shares.column("kind")
        shareWords = PhraseTable(try shares.rows.map { row in
            guard let kind = ShareWord(rawValue: row.fields[shareKind]) else {
                throw LexiconError(file: shares.path, line: row.line, reason: "kind must be share, modifier, number or opener, found '\(row.fields[shareKind])'")
            }
            return (row.key, kind)
        }, analyzer: analyzer)
        sectionWords = KeySet(try Lexicons.table("section-words", in: directory).rows.map { KeyHash.of($0.key) })

        let context = try Lexicons.table("cue-context", in: directory)
        let contextRole = try context.column("role")
        for row in context.rows {
            switch row.fields[contextRole] {
            case "determiner": determiners.insert(KeyHash.of(row.key))
            case "indefinite": determiners.insert(KeyHash.of(row.key)); indefinites.insert(KeyHash.of(row.key))
            case "conjunction": conjunctions.insert(KeyHash.of(row.key)); notNames.insert(KeyHash.of(row.key))
            case "preposition": prepositions.insert(KeyHash.of(row.key)); notNames.insert(KeyHash.of(row.key))
            default: notNames.insert(KeyHash.of(row.key))
            }
        }

        let p = try Lexicons.table("pronouns", in: directory)
        let (g, n, per, c) = (try p.column("gender"), try p.column("number"), try p.column("person"), try p.column("case"))
        for row in p.rows {
            let numbers = p.list(row, n), cases = p.list(row, c)
            pronouns[KeyHash.of(row.key)] = Pronoun(gender: row.fields[g], plural: !numbers.contains("singular"),
                                                   person: Int(row.fields[per]) ?? 3, isSubject: cases.contains("subject"),
                                                   isPossessive: cases.contains("possessive"), isObject: cases.contains("object"),
                                                   isReflexive: cases.contains("reflexive"))
        }

        let rel = try Lexicons.table("relation-nouns", in: directory)
        let (rg, rf, rp) = (try rel.column("gender"), try rel.column("family"), try rel.column("partner"))
        for row in rel.rows {
            guard ["", "male", "female"].contains(row.fields[rg]) else {
                throw LexiconError(file: rel.path, line: row.line, reason: "gender must be male, female or empty")
            }
            guard ["", "yes", "married"].contains(row.fields[rf]) else {
                throw LexiconError(file: rel.path, line: row.line, reason: "family must be yes, married or empty")
            }
            relationNouns[KeyHash.of(row.key)] = row.fields[rg]
            if !row.fields[rf].isEmpty { familyRelations[KeyHash.of(row.key)] = row.fields[rf] == "married" }
            if !row.fields[rp].isEmpty { relationPartners[KeyHash.of(row.key)] = KeyHash.of(row.fields[rp]) }
        }
        for (noun, partner) in relationPartners where relationNouns[partner] == nil {
            let line = rel.rows.first { KeyHash.of($0.key) == noun }?.line ?? 0
            throw LexiconError(file: rel.path, line: line, reason: "partner must be a noun of this file")
        }

        let turns = try Lexicons.table("turn-descriptions", in: directory)
        let tr = try turns.column("refers")
        for row in turns.rows {
            guard ["other", "former", "latter"].contains(row.fields[tr]) else {
                throw LexiconError(file: turns.path, line: row.line, reason: "refers must be other, former or latter")
            }
            turnDescriptions[row.key] = row.fields[tr]
        }

        let given = try Lexicons.table("given-names", in: directory)
        let gg = try given.column("gender")
        for row in given.rows {
            guard ["male", "female"].contains(row.fields[gg]) else {
                throw LexiconError(file: given.path, line: row.line, reason: "gender must be male or female")
            }
            givenNames[KeyHash.of(row.key)] = row.fields[gg]
        }
    }
}
