/// A person the narration introduces by a description instead of a name, as the subject of a clause:
/// "a small, dark, brisk man in a coachman's coat accosted us", "The old woman was pacing". The head
/// noun must say the gender (`relation-nouns.tsv`: man, woman, boy, girl ...), so that the he or she
/// that follows can stand for the person (see ``SpeakerEntities/describe(_:head:definite:gender:at:)``).
struct NarrationDescription {
    /// The phrase as written, spaces folded ("a small, dark, brisk man").
    let phrase: String
    /// The head noun's key ("man").
    let head: String
    /// Opened by "the" rather than "a" or "an".
    let definite: Bool
    let gender: String
    /// The head noun's token.
    let headToken: Int

    /// At most this many modifiers (words or commas) between the article and the head noun.
    static let maxModifiers = 6
    /// At most this many words of a prepositional phrase between the head and its verb ("a man in the
    /// dress of a coachman accosted us").
    static let maxPhraseWords = 7

    static let aKey = KeyHash.of("a")
    static let anKey = KeyHash.of("an")

    /// The description that token `i` (an article) opens, when it is the subject of a clause.
    static func read(at i: Int, _ text: AnalyzedText, _ lexicon: SpeakerLexicon, _ quoteLexicon: QuoteLexicon) -> NarrationDescription? {
        let tokens = text.tokens
        let article = tokens[i].key
        let definite = article == NounPhraseReader.theKey
        guard definite || article == aKey || article == anKey else { return nil }
        var k = text.nextNonSpace(i + 1)
        var modifiers = 0
        while k < tokens.count, modifiers <= maxModifiers {
            let t = tokens[k]
            if t.kind == .word {
                // Lower case only: a capitalised word makes it a name or a title ("the Duchess").
                guard text.bytes[t.range.start] &- 0x61 < 26, !lexicon.sentenceStarters.contains(t.key) else { return nil }
                if let g = lexicon.relationNouns[t.key], !g.isEmpty {
                    guard isSubject(headToken: k, text, lexicon, quoteLexicon) else { return nil }
                    let phrase = NounPhraseReader.spacedText(text, TextRange(tokens[i].range.start, t.range.end))
                    return NarrationDescription(phrase: phrase, head: Normalizer.key(text.string(t.range)), definite: definite,
                                                gender: g, headToken: k)
                }
            } else if !(t.kind == .punctuation && text.bytes[t.range.start] == UInt8(ascii: ",")) {
                return nil
            }
            modifiers += 1
            k = text.nextNonSpace(k + 1)
        }
        return nil
    }

    /// Whether a verb follows the head noun: a copula or a past form right after it ("man was",
    /// "woman opened"), or after a prepositional phrase, as the content word that follows another
    /// ("in the dress of a coachman accosted"). Anything else ("a man whom", "a master mariner") is
    /// no subject.
    private static func isSubject(headToken h: Int, _ text: AnalyzedText, _ lexicon: SpeakerLexicon, _ quoteLexicon: QuoteLexicon) -> Bool {
        let tokens = text.tokens
        var k = text.nextNonSpace(h + 1)
        guard k < tokens.count, tokens[k].kind == .word, text.bytes[tokens[k].range.start] &- 0x61 < 26 else { return false }
        if lexicon.copulas.contains(tokens[k].key) || isPastForm(k, text) { return true }
        guard quoteLexicon.cueContext[tokens[k].key] == .preposition else { return false }
        var previousContent = false
        var words = 0
        while k < tokens.count, tokens[k].kind == .word, words < maxPhraseWords {
            let content = text.bytes[tokens[k].range.start] &- 0x61 < 26 && !lexicon.sentenceStarters.contains(tokens[k].key)
            if content && previousContent && isPastForm(k, text) { return true }
            previousContent = content
            words += 1
            k = text.nextNonSpace(k + 1)
        }
        return false
    }

    /// A word ending in "ed" ("opened", "accosted").
    private static func isPastForm(_ k: Int, _ text: AnalyzedText) -> Bool {
        let r = text.tokens[k].range
        return r.length > 3 && text.bytes[r.end - 2] == UInt8(ascii: "e") && text.bytes[r.end - 1] == UInt8(ascii: "d")
    }
}
