/// Finds speech cues: a speech-verb form from `speech-verbs.tsv` (one or more words), widened leftward
/// over auxiliaries and adverbs from `cue-context.tsv` ("has already said").
struct CueFinder {
    let lexicon: QuoteLexicon

    /// A cue found in the text.
    struct Cue {
        /// The verb's first token.
        let verbToken: Int
        /// The token after the verb (multi-word verbs: "pointed out").
        let verbEnd: Int
        /// The first token of the cue span (an auxiliary, or the verb).
        let spanStart: Int
        let verb: SpeechVerb
    }

    /// The speech cue whose verb starts at token `i`, if any.
    func cue(at i: Int, in text: AnalyzedText, limit: Int) -> Cue? {
        let t = text.tokens[i]
        guard t.kind == .word, let (verb, end) = lexicon.speechVerbs.longestMatch(in: text, at: i, limit: limit) else { return nil }
        var j = text.previousNonSpace(i - 1)
        // A capitalised form inside a sentence is part of a name ("State Department", "Post wires"),
        // unless the sentence is a headline in title case ("Trump’s Son Says The Battle ... Will Be ...").
        let first = text.bytes[t.range.start]
        if first >= 0x41 && first <= 0x5A, j >= 0 {
            let p = text.tokens[j]
            let startsSentence = (p.kind == .quotationMark && p.quote?.role == .opening)
                || (p.kind == .punctuation && Tokenizer.mayEndSentence(text.bytes, p.range.start, p.range.end))
            if !startsSentence && !text.isTitleCase(sentenceOf: i) { return nil }
        }
        // After a determiner or a preposition the form is a noun ("the email story", "her remarks"),
        // except a base form after "to", which is an infinitive ("ventured to say": whether it reports
        // anything is for each rule to decide).
        if j >= 0, let role = lexicon.cueContext[text.tokens[j].key], role == .determiner || role == .preposition,
           !(verb.tense == "base" && text.tokens[j].key == IndirectSpeechRule.toKey) {
            return nil
        }
        // After a number an -s form is a plural noun ("in nine states", "50 comments").
        if j >= 0, text.tokens[j].kind == .number, verb.tense == "present3" { return nil }
        // So is a form that is also a noun after a lower-case content word ("weighed reports that", "car
        // disputes", "told state media"); after a name, a pronoun, "who", an adverb in -ly or a function
        // word it is the verb, and so is a base form after a plural in -s ("advocacy groups note that").
        if verb.isNounForm, j >= 0, text.tokens[j].kind == .word, text.bytes[text.tokens[j].range.start] &- 0x61 < 26,
           lexicon.cueContext[text.tokens[j].key] == nil, text.tokens[j].key != IndirectSpeechRule.whoKey,
           !CueSubjectRule.isMannerAdverb(j, text),
           !(verb.tense == "base" && text.bytes[text.tokens[j].range.end - 1] == UInt8(ascii: "s")) { return nil }
        var start = i
        while j >= 0, text.tokens[j].kind == .word, lexicon.cueContext[text.tokens[j].key]?.isAuxiliary == true {
            start = j
            j = text.previousNonSpace(j - 1)
        }
        if verb.indirect == .finding, !hasSourceSubject(before: start, text) { return nil }
        return Cue(verbToken: i, verbEnd: end, spanStart: start, verb: verb)
    }

    /// How many words before a finding verb its document or organisation may stand ("A survey of 400
    /// exporters in three states found": 7).
    static let findingSubjectWords = 10

    /// A finding verb (`indirect` `finding`) is a cue after a document or an organisation
    /// (``QuoteLexicon/sourceHeads``): one of their nouns among the last ``findingSubjectWords`` words
    /// before the cue span in its sentence, with no punctuation but commas between ("The survey, taken in
    /// May, found that ..."). "Alice found that the door ..." reports what she saw, nothing said.
    private func hasSourceSubject(before start: Int, _ text: AnalyzedText) -> Bool {
        let sentenceStart = text.sentenceTokens[text.sentenceIndex(ofToken: start)].lowerBound
        var k = text.previousNonSpace(start - 1)
        var words = 0
        while k >= sentenceStart, words < Self.findingSubjectWords {
            let t = text.tokens[k]
            if t.kind == .word {
                if lexicon.sourceHeads.contains(t.key) { return true }
                words += 1
            } else if !text.isComma(k), t.kind != .number { return false }
            k = text.previousNonSpace(k - 1)
        }
        return false
    }

    /// All cues in tokens `range`, skipping tokens inside `excluded` byte ranges (quoted text).
    /// Each candidate is checked against every range: with many quotes, prefer the ``QuotedRanges`` form.
    func cues(in range: Range<Int>, of text: AnalyzedText, excluding excluded: [TextRange]) -> [Cue] {
        cues(in: range, of: text) { r in excluded.contains { $0.start <= r.start && r.end <= $0.end } }
    }

    /// All cues in tokens `range`, skipping tokens inside quoted text (a binary search per candidate).
    func cues(in range: Range<Int>, of text: AnalyzedText, excluding excluded: QuotedRanges) -> [Cue] {
        cues(in: range, of: text) { excluded.contains($0) }
    }

    private func cues(in range: Range<Int>, of text: AnalyzedText, isExcluded: (TextRange) -> Bool) -> [Cue] {
        var out: [Cue] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let t = text.tokens[i]
            if t.kind == .word, lexicon.speechVerbs.mayStart(t.key), !isExcluded(t.range),
               let c = cue(at: i, in: text, limit: range.upperBound) {
                out.append(c)
                i = c.verbEnd
            } else {
                i += 1
            }
        }
        return out
    }
}
