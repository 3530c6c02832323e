/// One reported statement: where it is, what kind, the cue that reports it, and (after the later
/// stages) its speaker and scores. Ranges are UTF-8 offsets into the document text.
public struct Quote: Sendable {
    /// What kind of statement this is.
    public enum Kind: String, Sendable {
        /// Words in quotation marks that report a statement.
        case direct
        /// A quoted fragment inside the writer's own sentence.
        case partial
        /// Reported speech without quotation marks.
        case indirect
        /// Quotation marks that mark no statement: a title, a name, a scare quote (kept only on request).
        case mention
    }

    /// The kind.
    public var kind: Kind
    /// The content pieces, without their quotation marks, in text order (UTF-8 offsets).
    public var pieces: [TextRange]
    /// The reporting cue: the speech verb with its auxiliaries, or "according to".
    public var cue: TextRange?
    /// The speech verb's lemma and class (from `speech-verbs.tsv`), when the cue is a verb.
    public var cueVerb: SpeechVerb?
    /// Nested quotations inside the content (‘TRADE FAIRNESS’ inside “...”): part of this statement.
    public var nested: [TextRange] = []
    /// How sure the finder is that this is a reported statement, 0...1.
    public var confidence: Double
    /// Why a mention is not a statement (title, naming, scare or heading), for `kind == .mention`.
    public var mentionReason: String?
    /// The speaker, once the speakers stage has run.
    public var speaker: SpeakerAttribution?
    /// Sentiment of the content, once scored.
    public var sentiment: SentimentScore?
    /// Stance of the content toward its target (the one it names most, else the document's), once scored.
    public var stance: StanceScore?
    /// For a partial quote inside a statement of the same speaker ("said the talks were “productive”"):
    /// that statement's index in the document's quotes. Per-speaker figures count the statement once.
    public var within: Int?

    /// Index of the sentence holding the cue (or the quote's first piece), for the later stages.
    var sentenceIndex: Int = 0
    /// Index of the cue's verb token, when there is one.
    var cueToken: Int?
    /// Whether the cue's subject stands after the verb ("said Tong").
    var cueInverted = false
    /// Whether a Japanese rule found the statement (``JapaneseReportRule``): its speaker is read from
    /// ``subjectTokens``, or from the quotes before it when the sentence names none.
    var japanese = false
    /// The tokens of the speaker's phrase a Japanese rule found (石破首相 of 石破首相は「…」と述べた).
    var subjectTokens: Range<Int>?

    /// From the first piece's start to the last piece's end.
    public var range: TextRange {
        TextRange(pieces.first?.start ?? 0, pieces.last?.end ?? 0)
    }
}

/// A speech verb form from the lexicon.
public struct SpeechVerb: Sendable, Hashable {
    /// How a verb may introduce reported content.
    public enum Indirect: String, Sendable {
        case yes, that, no
        /// Reports only a judgement in quotation marks on its object ("called the deal “a disaster”").
        case quoted
        /// Reports only a question its question word opens ("asked whether ..."), or a request to its
        /// hearer ("asked the court to block the order").
        case question
        /// Reports only with "that", after a document or an organisation ("the survey found that ...",
        /// "the court found that ..."); a person's finding is what they saw, not what they said.
        case finding

        /// Whether the verb reports a clause without quotation marks (`yes` or `that`).
        public var reportsClause: Bool { self == .yes || self == .that }
    }
    /// The base form ("say").
    public let lemma: String
    /// neutral, assertive, hedged, negative, positive, question, written or belief.
    public let verbClass: String
    /// base, present3, past, participle or gerund.
    public let tense: String
    /// Whether it introduces indirect speech directly, only with "that", or never.
    public let indirect: Indirect
    /// Whether the hearer stands between the verb and the content ("told reporters ...").
    public let takesObject: Bool
    /// Whether the form is also a plural noun ("reports", "disputes").
    public var isNounForm: Bool = false
}
