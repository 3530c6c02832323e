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
    private let pipeline: Pipeline
    private let textAnalyzer: TextAnalyzer
    private let quoteFinder: QuoteFinder
    private let speakerResolver: SpeakerResolver

    init(pipeline: Pipeline) {
        self.pipeline = pipeline
        textAnalyzer = TextAnalyzer(lexicon: pipeline.lexicons.text)
        quoteFinder = QuoteFinder(lexicon: pipeline.lexicons.quotes)
        speakerResolver = SpeakerResolver(lexicon: pipeline.lexicons.speakers, quoteLexicon: pipeline.lexicons.quotes)
    }

    /// Analyses `document`. Never throws; problems end up in the result's warnings.
    public func analyze(_ document: Document) -> DocumentAnalysis {
        let text = textAnalyzer.analyze(document.text)
        var (quotes, warnings) = quoteFinder.find(in: text, keepMentions: pipeline.options.keepMentions)
        let speakers = speakerResolver.resolve(&quotes, in: text)
        return DocumentAnalysis(document: document, text: text, quotes: quotes, speakers: speakers,
                                warnings: text.warnings + warnings)
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
