/// The quotes stage: every quotation and reported statement of one analysed document.
///
/// Order: pair quotation marks (``QuotationPairer``), make direct, partial and mention quotes
/// (``DirectQuoteRule``), merge interrupted pieces (``InterruptedQuoteMerger``), then look for reported
/// speech without marks sentence by sentence (``ColonIntroductionRule``, ``IndirectSpeechRule``,
/// ``AccordingToRule``, ``TrailingCueRule``). Never throws; problems become warnings.
struct QuoteFinder {
    let lexicon: QuoteLexicon
    private let pairer = QuotationPairer()

    init(lexicon: QuoteLexicon) { self.lexicon = lexicon }

    /// Quotes in text order, and warnings.
    func find(in text: AnalyzedText, keepMentions: Bool = false) -> (quotes: [Quote], warnings: [String]) {
        let cues = CueFinder(lexicon: lexicon)
        let (spans, warnings) = pairer.pair(text)
        let quotedRanges = QuotedRanges(spans.flatMap(\.pieces))
        let direct = DirectQuoteRule(lexicon: lexicon, cues: cues, text: text, quoted: quotedRanges)
        var quotes = spans.map { direct.quote(for: $0, in: text) }
        quotes = InterruptedQuoteMerger(lexicon: lexicon).merge(quotes, text: text)

        let indirect = IndirectSpeechRule(lexicon: lexicon, cues: cues)
        let trailing = TrailingCueRule(cues: cues)
        let according = AccordingToRule(lexicon: lexicon)
        let colon = ColonIntroductionRule(cues: cues)
        // Direct quotes' cues are taken: the same verb does not also report indirect speech.
        let usedCues = Set(quotes.filter { $0.kind == .direct }.compactMap(\.cue).map(\.start))
        for s in text.sentenceTokens.indices {
            var found = colon.quotes(in: s, of: text, quoted: quotedRanges)
            if found.isEmpty {
                // A cue inside another report's content is part of what was reported ("Trump said he
                // expected ..."; "Antoni argued critics who predicted ... had misread"): one statement.
                let all = indirect.quotes(in: s, of: text, quoted: quotedRanges)
                found = all.filter { q in
                    guard let cue = q.cue else { return true }
                    return !all.contains { o in o.cue != cue && o.pieces.contains { $0.contains(cue) } }
                }
            }
            if found.isEmpty { found = according.quotes(in: s, of: text, quoted: quotedRanges) }
            if found.isEmpty { found = trailing.quotes(in: s, of: text, quoted: quotedRanges) }
            quotes += found.filter { q in q.cue.map { !usedCues.contains($0.start) } ?? true }
        }
        if !keepMentions { quotes.removeAll { $0.kind == .mention } }
        quotes.sort { $0.range < $1.range }
        return (quotes, warnings)
    }
}
