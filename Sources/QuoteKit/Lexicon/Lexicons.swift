import Foundation

/// Every lexicon the pipeline reads, loaded from one folder (by default the repository's `Lexicons/`).
public struct Lexicons: Sendable {
    /// The folder the files came from.
    public let directory: URL
    /// Elisions, abbreviations and sentence starters for the text stage.
    public let text: TextLexicon
    /// Speech verbs, cue context, source phrases and non-statement cues for the quotes stage.
    let quotes: QuoteLexicon
    /// The speaker registry, titles, role nouns and pronouns for the speakers stage.
    let speakers: SpeakerLexicon

    /// Valence, boosters, negators, contrast, hedges, stance targets and cues for the scoring stage.
    public let scoring: ScoringLexicon

    /// The speaker registry (default and user entries merged).
    public var registry: SpeakerRegistry { speakers.registry }

    /// Loads and validates the lexicons in `directory`, with user speaker registries (same format as
    /// `speakers.tsv`) merged over the default one and user valence lexicons (VADER or AFINN format) over
    /// `valence.tsv`; throws ``LexiconError`` (`file:line: reason`).
    public init(directory: URL, speakerRegistries: [URL] = [], userLexicons: [UserLexicon] = []) throws {
        self.directory = directory
        let elisions = try Self.table("elisions", in: directory)
        let abbreviations = try Self.table("abbreviations", in: directory)
        let starters = try Self.table("sentence-starters", in: directory)
        let kindColumn = try abbreviations.column("kind")
        var abbreviationList: [(String, TextLexicon.AbbreviationKind)] = []
        for row in abbreviations.rows {
            guard let kind = TextLexicon.AbbreviationKind(rawValue: row.fields[kindColumn]) else {
                throw LexiconError(file: abbreviations.path, line: row.line,
                                   reason: "kind must be title, prenominal or general, found '\(row.fields[kindColumn])'")
            }
            abbreviationList.append((row.key, kind))
        }
        text = TextLexicon(elisions: elisions.rows.map(\.key), abbreviations: abbreviationList,
                           sentenceStarters: starters.rows.map(\.key))
        // Multi-word keys are tokenized exactly as documents are.
        let analyzer = TextAnalyzer(lexicon: text)
        quotes = try QuoteLexicon(directory: directory, analyzer: analyzer)
        speakers = try SpeakerLexicon(directory: directory, extraRegistries: speakerRegistries, analyzer: analyzer)
        scoring = try ScoringLexicon(directory: directory, analyzer: analyzer, userLexicons: userLexicons)
    }

    /// Loads the default folder (see ``LexiconLocator``).
    public static func loadDefault(speakerRegistries: [URL] = [], userLexicons: [UserLexicon] = []) throws -> Lexicons {
        try Lexicons(directory: LexiconLocator.defaultDirectory(), speakerRegistries: speakerRegistries, userLexicons: userLexicons)
    }

    /// Reads `name.tsv` from `directory`.
    static func table(_ name: String, in directory: URL) throws -> LexiconTable {
        let url = directory.appendingPathComponent(name + ".tsv")
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw LexiconError(file: url.path, line: 0, reason: "missing lexicon file")
        }
        return try LexiconTable(contentsOf: url)
    }
}
