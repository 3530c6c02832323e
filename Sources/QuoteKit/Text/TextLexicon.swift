/// The word lists the text stage reads: elisions (apostrophes that are not quotation marks),
/// abbreviations (where ICU's sentence breaks are wrong) and sentence starters.
public struct TextLexicon: Sendable {
    /// How a period-final abbreviation behaves before the next word.
    public enum AbbreviationKind: String, Sendable {
        /// Mr., Dr., Sen.: never ends a sentence.
        case title
        /// U.S., U.K.: ends a sentence only before a sentence starter ("the U.S. The talks ...").
        case prenominal
        /// Inc., a.m., No.: ends a sentence unless the next word is lower case, a digit or punctuation.
        case general
    }

    // KeySet and KeyTable, not Set or Dictionary: the sentence splitter looks words up at every
    // candidate break.
    var elisions = KeySet()
    var abbreviations = KeyTable<AbbreviationKind>()
    var sentenceStarters = KeySet()

    /// An empty lexicon (ICU's decisions stand unchanged).
    public init() {}

    init(elisions: [String], abbreviations: [(String, AbbreviationKind)], sentenceStarters: [String]) {
        self.elisions = KeySet(elisions.map(KeyHash.of))
        for (k, v) in abbreviations { self.abbreviations[KeyHash.of(k)] = v }
        self.sentenceStarters = KeySet(sentenceStarters.map(KeyHash.of))
    }
}
