/// The text stage: tokens, paragraphs, quotation marks and sentences for one document at a time.
///
/// Holds its own ICU iterators (clones of shared prototypes), so make one per thread and reuse it.
public final class TextAnalyzer {
    private let tokenizer = Tokenizer()
    private let sentenceSplitter: SentenceSplitter
    private let classifier: QuotationMarkClassifier

    /// ICU offsets are 32-bit: text past this many bytes is not analysed (a warning says so).
    public static let maximumBytes = Int(Int32.max) - 1

    /// An analyzer that reads `lexicon` for apostrophes and sentence breaks.
    public init(lexicon: TextLexicon = TextLexicon()) {
        sentenceSplitter = SentenceSplitter(lexicon: lexicon)
        classifier = QuotationMarkClassifier(lexicon: lexicon)
    }

    /// Analyses `text`. Never throws; problems end up in ``AnalyzedText/warnings``.
    public func analyze(_ text: String) -> AnalyzedText {
        var result = AnalyzedText(text: text)
        let total = result.bytes.count
        let count = min(total, Self.maximumBytes)
        if count < total {
            result.warnings.append("text is \(total) bytes; only the first \(count) were analysed (ICU offsets are 32-bit)")
        }
        let bytes = result.bytes
        bytes.withUnsafeBufferPointer { buffer in
            guard let p = buffer.baseAddress, count > 0 else { return }
            tokenizer.tokenize(p, count: count, into: &result)
            result.paragraphs = ParagraphSplitter.split(p, count: count)
            result.paragraphTokens = Self.tokenRanges(of: result.paragraphs, in: result)
            classifier.classify(&result, p)
            sentenceSplitter.split(&result, p, count: count, words: tokenizer.iterator)
        }
        return result
    }

    /// Token index ranges for sorted, disjoint byte ranges (one merge pass).
    static func tokenRanges(of ranges: [TextRange], in text: AnalyzedText) -> [Range<Int>] {
        var out: [Range<Int>] = []
        out.reserveCapacity(ranges.count)
        for r in ranges {
            out.append(text.tokenIndex(at: r.start)..<text.tokenIndex(at: r.end))
        }
        return out
    }
}
