import Foundation

/// Known speakers: people and organisations with their aliases, role, organisation, country, kind and
/// gender (`Lexicons/speakers.tsv`, plus any user registry merged over it).
public struct SpeakerRegistry: Sendable {
    /// One known speaker.
    public struct Entry: Sendable {
        /// Stable id (`donald-trump`).
        public let id: String
        /// Canonical display name.
        public let name: String
        /// Forms under which the speaker appears in text.
        public let aliases: [String]
        /// Office or role, as of the registry's date.
        public let role: String
        /// Organisation.
        public let organisation: String
        /// Country.
        public let country: String
        /// Person or organisation.
        public let isOrganisation: Bool
        /// "male", "female" or "" when not public.
        public let gender: String
    }

    /// All entries; user entries with a known id replace the default ones.
    public private(set) var entries: [Entry] = []
    /// Aliases (diacritic-folded, tokenized like documents) → entry indices.
    var aliases = PhraseTable<[Int]>()
    /// Per entry, the keys of its name's words for a person ("lee", "jae-myung"), none for an
    /// organisation: read by ``SpeakerEntities`` for a bare name that is another part of a full one.
    private(set) var nameWords: [[String]] = []

    /// An empty registry.
    public init() {}

    /// Reads a registry file in the `speakers.tsv` format.
    static func load(_ url: URL) throws -> [Entry] {
        let table = try LexiconTable(contentsOf: url)
        let c = (name: try table.column("name"), aliases: try table.column("aliases"), role: try table.column("role"),
                 org: try table.column("organisation"), country: try table.column("country"),
                 kind: try table.column("kind"), gender: try table.column("gender"))
        return try table.rows.map { row in
            let kind = row.fields[c.kind]
            guard kind == "person" || kind == "organisation" else {
                throw LexiconError(file: table.path, line: row.line, reason: "kind must be person or organisation, found '\(kind)'")
            }
            let gender = row.fields[c.gender]
            guard ["", "male", "female"].contains(gender) else {
                throw LexiconError(file: table.path, line: row.line, reason: "gender must be male, female or empty, found '\(gender)'")
            }
            var aliases = table.list(row, c.aliases)
            if !aliases.contains(row.fields[c.name]) { aliases.insert(row.fields[c.name], at: 0) }
            return Entry(id: row.key, name: row.fields[c.name], aliases: aliases, role: row.fields[c.role],
                         organisation: row.fields[c.org], country: row.fields[c.country],
                         isOrganisation: kind == "organisation", gender: gender)
        }
    }

    /// The registry of `entries`, later entries replacing earlier ones with the same id.
    init(entries list: [Entry], analyzer: TextAnalyzer) {
        var byID: [String: Int] = [:]
        for e in list {
            if let i = byID[e.id] { entries[i] = e } else { byID[e.id] = entries.count; entries.append(e) }
        }
        var table: [[UInt64]: [Int]] = [:]
        for (i, e) in entries.enumerated() {
            for alias in e.aliases {
                let hashes = Self.foldedHashes(alias, analyzer: analyzer)
                guard !hashes.isEmpty else { continue }
                if !(table[hashes]?.contains(i) ?? false) { table[hashes, default: []].append(i) }
            }
        }
        for (hashes, ids) in table { aliases.insert(hashes: hashes, ids) }
        nameWords = entries.map { $0.isOrganisation ? [] : Normalizer.key($0.name).split(separator: " ").map(String.init) }
    }

    /// The diacritic-folded word hashes of an alias.
    static func foldedHashes(_ alias: String, analyzer: TextAnalyzer) -> [UInt64] {
        let t = analyzer.analyze(alias)
        return t.tokens.indices.filter { t.tokens[$0].kind != .whitespace }.map { foldedKey(t, $0) }
    }

    /// A token's key with diacritics folded away (the token key itself for ASCII tokens).
    static func foldedKey(_ text: AnalyzedText, _ i: Int) -> UInt64 {
        let r = text.tokens[i].normalized
        for k in r where text.normalizedBytes[k] >= 0x80 {
            return KeyHash.of(Normalizer.foldDiacritics(text.normalized(token: i)))
        }
        return text.tokens[i].key
    }

    /// The entry with `id`.
    public func entry(id: String) -> Entry? { entries.first { $0.id == id } }
}
