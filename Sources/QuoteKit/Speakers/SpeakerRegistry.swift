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
        /// When the entry holds the office its office aliases name ("the president", "Japan's prime
        /// minister": aliases that share no word with its name), as `YYYY-MM-DD` days, the end open or
        /// exclusive; empty: always.
        public var terms: [Term] = []
        /// Names in another script ("石破茂", "トランプ"): aliases that are never office aliases, though
        /// they share no word with ``name``.
        public var native: [String] = []

        /// Whether an office alias names this entry in a document of `date` (`YYYY-MM-DD`); with no
        /// date, the registry's present: every entry whose terms are empty or whose last term is open.
        public func holdsOffice(on date: String?) -> Bool {
            guard !terms.isEmpty else { return true }
            guard let date else { return terms.last?.end == nil }
            return terms.contains { $0.start <= date && ($0.end.map { date < $0 } ?? true) }
        }
    }

    /// A time in office: from `start` (a `YYYY-MM-DD` day) until the day before `end`, or open.
    public struct Term: Sendable, Equatable {
        public let start: String
        public let end: String?

        /// Reads `YYYY-MM-DD/YYYY-MM-DD` or `YYYY-MM-DD/` (open); nil when malformed or empty.
        init?(_ text: String) {
            let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, Self.isDay(parts[0]), parts[1].isEmpty || (Self.isDay(parts[1]) && parts[0] < parts[1]) else { return nil }
            start = parts[0]
            end = parts[1].isEmpty ? nil : parts[1]
        }

        /// Whether `text` is a `YYYY-MM-DD` day.
        static func isDay(_ text: String) -> Bool {
            let b = Array(text.utf8)
            guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return false }
            for i in [0, 1, 2, 3, 5, 6, 8, 9] where !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b[i]) { return false }
            let month = Int(text.dropFirst(5).prefix(2))!, day = Int(text.suffix(2))!
            return (1...12).contains(month) && (1...31).contains(day)
        }

        /// The `YYYY-MM-DD` day a document's date starts with ("2025-10-28T09:00:00Z" → "2025-10-28"),
        /// nil when it starts with none.
        static func day(of date: String?) -> String? {
            guard let date, date.utf8.count >= 10, case let d = String(date.prefix(10)), isDay(d) else { return nil }
            return d
        }
    }

    /// All entries; user entries with a known id replace the default ones.
    public private(set) var entries: [Entry] = []
    /// Aliases (diacritic-folded, tokenized like documents) → entry indices; an office alias of entry
    /// `i` (one sharing no word with its name: "the president") is stored as `~i`, for
    /// ``ids(_:on:)`` to keep only while the entry ``Entry/holdsOffice(on:)``.
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
        // Optional: a registry without terms names every office holder at any date.
        let termsColumn = try? table.column("terms")
        // Optional: names in another script.
        let nativeColumn = try? table.column("native")
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
            var entry = Entry(id: row.key, name: row.fields[c.name], aliases: aliases, role: row.fields[c.role],
                              organisation: row.fields[c.org], country: row.fields[c.country],
                              isOrganisation: kind == "organisation", gender: gender)
            for text in termsColumn.map({ table.list(row, $0) }) ?? [] {
                guard let term = Term(text), entry.terms.last.map({ ($0.end ?? "9999") <= term.start }) ?? true else {
                    throw LexiconError(file: table.path, line: row.line, reason: "a term is YYYY-MM-DD/YYYY-MM-DD or YYYY-MM-DD/ (open), in order and not overlapping; found '\(text)'")
                }
                entry.terms.append(term)
            }
            entry.native = nativeColumn.map { table.list(row, $0) } ?? []
            return entry
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
            let nameHashes = Set(Self.foldedHashes(e.name, analyzer: analyzer))
            for (n, alias) in (e.aliases + e.native).enumerated() {
                let hashes = Self.foldedHashes(alias, analyzer: analyzer)
                guard !hashes.isEmpty else { continue }
                let isName = n >= e.aliases.count || e.terms.isEmpty || hashes.contains(where: nameHashes.contains)
                let value = isName ? i : ~i
                if !(table[hashes]?.contains(value) ?? false) { table[hashes, default: []].append(value) }
            }
        }
        for (hashes, ids) in table { aliases.insert(hashes: hashes, ids) }
        nameWords = entries.map { $0.isOrganisation ? [] : Normalizer.key($0.name).split(separator: " ").map(String.init) }
    }

    /// The diacritic-folded word hashes of an alias.
    static func foldedHashes(_ alias: String, analyzer: TextAnalyzer) -> [UInt64] {
        // ASCII has no diacritics to fold: the token keys.
        if let words = KeyHash.ofLetterWords(alias) { return words }
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

    /// The entries an alias match names in a document of `date` (a `YYYY-MM-DD` day or nil): its name
    /// aliases always, its office aliases only for an entry in office then ("the president" of a 2016
    /// article is not the president of 2025).
    func ids(_ found: [Int], on date: String?) -> [Int] {
        var out: [Int] = []
        for v in found {
            if v >= 0 { out.append(v) } else if entries[~v].holdsOffice(on: date) { out.append(~v) }
        }
        return out
    }
}
