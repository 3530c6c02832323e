/// The whole analysis: lexicons loaded once, shared by any number of ``DocumentAnalyzer``s (one per
/// thread: each holds its own ICU iterators).
public struct Pipeline: Sendable {
    /// The lexicons every stage reads.
    public let lexicons: Lexicons
    /// Options that change what is reported.
    public var options: Options

    /// What to report.
    public struct Options: Sendable {
        /// Keep quotation marks that mark no statement (titles, names, scare quotes) as `mention` quotes.
        public var keepMentions = false
        /// A quote that names no stance target inherits the document's main target (the target it names
        /// most), when the document names one.
        public var inheritDocumentTarget = true
        /// Where a JSON article's date is read from: a field name, or a dotted path into its objects
        /// (`meta.publication_date`). The date places quotes on the timeline and picks who an office
        /// alias ("the president") names.
        public var dateField = DateField()
        /// Defaults.
        public init() {}
    }

    /// A pipeline over `lexicons`.
    public init(lexicons: Lexicons, options: Options = Options()) {
        self.lexicons = lexicons
        self.options = options
    }

    /// A fresh analyzer for the calling thread.
    public func makeAnalyzer() -> DocumentAnalyzer { DocumentAnalyzer(pipeline: self) }
}

/// Runs every stage over one document at a time. Not thread-safe: make one per thread.
public final class DocumentAnalyzer {
    let pipeline: Pipeline
    private let textAnalyzer: TextAnalyzer
    private let quoteFinder: QuoteFinder
    private let speakerResolver: SpeakerResolver
    private let sentiment: SentimentAnalyzer
    private let stance: StanceAnalyzer
    /// When set, ``analyze(_:)`` adds the nanoseconds each stage took to it (for benchmarks).
    public var stageTimes: StageTimes?

    init(pipeline: Pipeline) {
        self.pipeline = pipeline
        textAnalyzer = TextAnalyzer(lexicon: pipeline.lexicons.text)
        quoteFinder = QuoteFinder(lexicon: pipeline.lexicons.quotes)
        speakerResolver = SpeakerResolver(lexicon: pipeline.lexicons.speakers, quoteLexicon: pipeline.lexicons.quotes)
        sentiment = SentimentAnalyzer(lexicon: pipeline.lexicons.scoring)
        stance = StanceAnalyzer(sharingWordLookupsOf: sentiment)
    }

    /// Analyses `document`. Never throws; problems end up in the result's warnings.
    public func analyze(_ document: Document) -> DocumentAnalysis {
        var clock = StageClock(enabled: stageTimes != nil)
        let text = textAnalyzer.analyze(document.text)
        clock.lap(into: &stageTimes, \.text)
        var (quotes, warnings) = quoteFinder.find(in: text, keepMentions: pipeline.options.keepMentions)
        clock.lap(into: &stageTimes, \.quotes)
        var speakers = speakerResolver.resolve(&quotes, in: text, date: document.date)
        let held = HeldPartials.mark(&quotes)
        if !held.isEmpty {
            for s in speakers.indices { speakers[s].quotes -= held[speakers[s].id] ?? 0 }
        }
        clock.lap(into: &stageTimes, \.speakers)
        score(&quotes, text)
        clock.lap(into: &stageTimes, \.scores)
        return DocumentAnalysis(document: document, text: text, quotes: quotes, speakers: speakers,
                                warnings: text.warnings + warnings)
    }
}

extension DocumentAnalyzer {
    /// Sentiment and stance of every quote, with their evidence. A statement in several pieces is scored
    /// piece by piece (the attribution between them is the writer's), the pieces weighted by length. A
    /// partial quote held by a statement (``Quote/within``) that names no target takes the statement's:
    /// the fragment "first mover advantage" of "there is a “first mover advantage” given the number of
    /// countries trying to hash out deals" is said of the deals, whatever the document is mostly about.
    func score(_ quotes: inout [Quote], _ text: AnalyzedText) {
        let target = pipeline.options.inheritDocumentTarget ? stance.mainTarget(in: text) : nil
        for i in quotes.indices {
            let pieces = quotes[i].pieces
            // A quote of ideographs and kana only is scored when the lexicons know Japanese and it has
            // kana (Japanese, not Chinese); otherwise it is left unscored, so that it does not count as
            // neutral in its speaker's means.
            guard pieces.contains(where: { hasAlphabeticWord($0, text) })
                    || (sentiment.lexicon.coversJapanese && pieces.contains(where: { hasKana($0, text) })) else { continue }
            if pieces.count == 1 {
                quotes[i].sentiment = sentiment.score(text, range: pieces[0])
            } else {
                let scores = pieces.map { sentiment.score(text, range: $0) }
                let weights = pieces.map { Double(max(1, $0.length)) }
                let total = weights.reduce(0, +)
                func mean(_ f: (SentimentScore) -> Double) -> Double { zip(scores, weights).map { f($0) * $1 }.reduce(0, +) / total }
                quotes[i].sentiment = SentimentScore(compound: mean(\.compound), pos: mean(\.pos), neg: mean(\.neg),
                                                     neu: mean(\.neu), raw: scores.map(\.raw).reduce(0, +),
                                                     evidence: scores.flatMap(\.evidence))
            }
            quotes[i].stance = stance.score(text, range: quotes[i].range, defaultTarget: target,
                                            mentioned: quotes[i].kind == .direct ? quotes[i].nested : [])
        }
        for i in quotes.indices {
            guard let w = quotes[i].within, quotes[i].stance?.inherited == true,
                  let held = quotes[w].stance?.target, !held.isEmpty, held != quotes[i].stance?.target else { continue }
            quotes[i].stance = stance.score(text, range: quotes[i].range, defaultTarget: held)
        }
    }

    /// Whether `range` holds hiragana or katakana (``JapaneseLexicon/isKana(_:at:)``).
    private func hasKana(_ range: TextRange, _ text: AnalyzedText) -> Bool {
        var k = range.start
        while k + 2 < range.end {
            if JapaneseLexicon.isKana(text.bytes, at: k) { return true }
            k += text.bytes[k] == 0xE3 ? 3 : 1
        }
        return false
    }

    /// Whether `range` holds a word token (letters of an alphabet: ICU's kana and ideographs are
    /// `ideographic`). Stops at the first; an ASCII letter among the first bytes answers at once.
    private func hasAlphabeticWord(_ range: TextRange, _ text: AnalyzedText) -> Bool {
        for k in range.start..<min(range.end, range.start + 16) where text.bytes[k] | 0x20 &- 0x61 < 26 { return true }
        var k = text.tokenIndex(at: range.start)
        while k < text.tokens.count, text.tokens[k].range.start < range.end {
            if text.tokens[k].kind == .word { return true }
            k += 1
        }
        return false
    }
}

/// Everything found in one document.
public struct DocumentAnalysis: Sendable {
    /// The input.
    public let document: Document
    /// Its tokens, sentences and paragraphs.
    public let text: AnalyzedText
    /// The quotes, in text order.
    public var quotes: [Quote]
    /// The document's speakers: everyone quoted, and the registry's people and institutions mentioned.
    public var speakers: [DocumentSpeaker]
    /// Problems met (unclosed quotation marks and the like), in scalar offsets where they name one.
    public var warnings: [String]
}
