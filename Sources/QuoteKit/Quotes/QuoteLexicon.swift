import Foundation

/// The word lists the quote finder reads: speech verbs, the words around a cue, source phrases and the
/// cues that mark quotation marks as titles, names or scare quotes.
struct QuoteLexicon: Sendable {
    /// What a word next to a cue is (`cue-context.tsv`).
    enum CueContext: String, Sendable {
        case auxiliary, finite, adjunct, preposition, complementizer, conjunction, determiner, object, subject

        /// Stands between the speaker and the verb, in the cue span ("has already said").
        var isAuxiliary: Bool { self == .auxiliary || self == .finite }
    }
    /// A non-statement cue (`non-statement-cues.tsv`).
    struct NonStatementCue: Sendable {
        let kind: String
        let before: Bool
    }

    var speechVerbs = PhraseTable<SpeechVerb>()
    /// Japanese reporting verbs, particles and title suffixes.
    var japanese = JapaneseLexicon()
    var cueContext = KeyTable<CueContext>()
    var sourcePhrases = PhraseTable<Double>()
    var nonStatementBefore = PhraseTable<String>()
    var nonStatementAfter = PhraseTable<String>()
    /// Lemmas of verbs that continue the previous speaker's statement (`continuation-verbs.tsv`).
    var continuationVerbs: Set<String> = []
    /// One-word negators (`negators.tsv`): "did not say whether ..." reports no statement.
    var negators = KeySet()
    /// The last words of descriptions of a person (`role-nouns.tsv` rows of kind person: "spokesman",
    /// "official"; `titles.tsv` offices: "executive", "minister"): ", said a former spokesman for the
    /// embassy." names the speaker, it reports nothing.
    var personHeads = KeySet()
    /// Words after a comma where the writer takes over from reported content (`content-breaks.tsv`).
    var contentBreaks = KeyTable<ContentBreak>()
    /// Words that open a reported question after a question verb (`question-words.tsv`).
    var questionWords = KeySet()
    /// The last words of descriptions of documents and organisations (`role-nouns.tsv` rows of kind
    /// document or organisation: "survey", "records", "ministry"): the subjects of a finding verb.
    var sourceHeads = KeySet()

    /// How a word after a comma ends reported content (`content-breaks.tsv`).
    enum ContentBreak: String, Sendable {
        /// Opens the writer's own clause beside the report (", while ..."): the content ends.
        case contrast
        /// Opens a description of something the content named (", who ...", ", a ..."): the content ends
        /// when the phrase runs to the sentence's end.
        case gloss
    }

    init() {}

    init(directory: URL, analyzer: TextAnalyzer) throws {
        let verbs = try Lexicons.table("speech-verbs", in: directory)
        let (lemma, cls, tense, ind) = (try verbs.column("lemma"), try verbs.column("class"), try verbs.column("tense"), try verbs.column("indirect"))
        let (object, noun) = (try verbs.column("object"), try verbs.column("noun"))
        for row in verbs.rows {
            guard let indirect = SpeechVerb.Indirect(rawValue: row.fields[ind]) else {
                throw LexiconError(file: verbs.path, line: row.line, reason: "indirect must be yes, that, quoted, question, finding or no")
            }
            guard ["", "yes"].contains(row.fields[noun]) else {
                throw LexiconError(file: verbs.path, line: row.line, reason: "noun must be yes or empty")
            }
            speechVerbs.insert(row.key, SpeechVerb(lemma: row.fields[lemma], verbClass: row.fields[cls],
                                                   tense: row.fields[tense], indirect: indirect,
                                                   takesObject: row.fields[object] == "yes",
                                                   isNounForm: row.fields[noun] == "yes"), analyzer: analyzer)
        }
        japanese = try JapaneseLexicon(directory: directory)
        let context = try Lexicons.table("cue-context", in: directory)
        let role = try context.column("role")
        for row in context.rows {
            // An indefinite article is a determiner here (`SpeakerLexicon` tells it apart).
            guard let r = row.fields[role] == "indefinite" ? .determiner : CueContext(rawValue: row.fields[role]) else {
                throw LexiconError(file: context.path, line: row.line, reason: "role must be auxiliary, finite, adjunct, preposition, complementizer, conjunction, determiner, indefinite, object or subject")
            }
            cueContext[KeyHash.of(row.key)] = r
        }
        let sources = try Lexicons.table("source-phrases", in: directory)
        let confidence = try sources.column("confidence")
        for row in sources.rows {
            sourcePhrases.insert(row.key, sources.number(row, confidence), analyzer: analyzer)
        }
        continuationVerbs = Set(try Lexicons.table("continuation-verbs", in: directory).rows.map(\.key))
        negators = KeySet(try Lexicons.table("negators", in: directory).rows.map(\.key).filter { !$0.contains(" ") }.map(KeyHash.of))
        let roles = try Lexicons.table("role-nouns", in: directory)
        let roleKind = try roles.column("kind")
        for row in roles.rows {
            guard let last = row.key.split(separator: " ").last else { continue }
            if row.fields[roleKind] == "person" { personHeads.insert(KeyHash.of(String(last))) } else { sourceHeads.insert(KeyHash.of(String(last))) }
        }
        let titles = try Lexicons.table("titles", in: directory)
        let titleKind = try titles.column("kind")
        for row in titles.rows where row.fields[titleKind] == "office" {
            if let last = row.key.split(separator: " ").last { personHeads.insert(KeyHash.of(String(last))) }
        }
        let breaks = try Lexicons.table("content-breaks", in: directory)
        let breakKind = try breaks.column("kind")
        for row in breaks.rows {
            guard let kind = ContentBreak(rawValue: row.fields[breakKind]) else {
                throw LexiconError(file: breaks.path, line: row.line, reason: "kind must be contrast or gloss")
            }
            contentBreaks[KeyHash.of(row.key)] = kind
        }
        questionWords = KeySet(try Lexicons.table("question-words", in: directory).rows.map { KeyHash.of($0.key) })
        let cues = try Lexicons.table("non-statement-cues", in: directory)
        let (kind, position) = (try cues.column("kind"), try cues.column("position"))
        for row in cues.rows {
            switch row.fields[position] {
            case "before": nonStatementBefore.insert(row.key, row.fields[kind], analyzer: analyzer)
            case "after": nonStatementAfter.insert(row.key, row.fields[kind], analyzer: analyzer)
            default: throw LexiconError(file: cues.path, line: row.line, reason: "position must be before or after")
            }
        }
    }
}
