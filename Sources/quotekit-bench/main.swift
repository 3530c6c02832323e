// Benchmarks (release build): `swift run -c release quotekit-bench [text|all] [--megabytes N]`.
// Prints MB/s of the text stage beside a bare ICU word-break loop over the same bytes, on one core.
import CICU
import Foundation
import QuoteKit

let arguments = CommandLine.arguments
func option(_ name: String, _ fallback: Int) -> Int {
    if let i = arguments.firstIndex(of: name), i + 1 < arguments.count, let v = Int(arguments[i + 1]) { return v }
    return fallback
}
let megabytes = option("--megabytes", 50)

let lexicons = try Lexicons.loadDefault()
let articles = BenchCorpus.articles(lexicons: lexicons)
let documents = BenchCorpus.generate(from: articles, bytes: megabytes << 20)
let joined = documents.joined(separator: "\n\n")
let size = Double(joined.utf8.count) / 1_000_000
print("text: \(String(format: "%.1f", size)) MB in \(documents.count) generated news-like documents (ICU \(QuoteKitVersion.icu))")

if let i = arguments.firstIndex(of: "--write-corpus"), i + 1 < arguments.count {
    // For profiling a whole run: the batch bench's generated JSONL corpus, kept in a file.
    let url = URL(fileURLWithPath: arguments[i + 1])
    let generated = BenchCorpus.generate(from: articles, bytes: option("--batch-megabytes", 200) << 20)
    guard let bytes = BatchBench.writeCorpus(generated, to: url) else { exit(1) }
    print(String(format: "wrote %@: %.1f MB of article text in %d documents", url.path, Double(bytes) / 1_000_000, generated.count))
    exit(0)
}
if arguments.contains("--profile-scoring") {
    // For `perf record`: only the scoring of analysed text (sentiment, stance or both), repeated.
    ScoringBench.profile(lexicons: lexicons, documents: documents, arguments: arguments)
    exit(0)
}
let profiling = arguments.contains("--profile-text-stage")
if profiling {
    // For `perf record`: only the per-document text stage, repeated.
    let analyzer = TextAnalyzer(lexicon: lexicons.text)
    for _ in 0..<5 { for d in documents { _ = analyzer.analyze(d) } }
    exit(0)
}
let bare = Bench.bareWordLoop(joined)
print(String(format: "bare ICU word-break loop (UText, rule status):   %7.1f MB/s", size / bare))
let boundariesOnly = Bench.bareWordLoop(joined, ruleStatus: false)
print(String(format: "  the same, boundaries only (no rule status):   %7.1f MB/s  (shares below are of the loop above)",
             size / boundariesOnly))
let overUTF16 = Bench.bareWordLoop(joined, utf16: true)
print(String(format: "  the same over a UTF-16 copy (as the text\n  stage reads it; copy and offset map included): %7.1f MB/s", size / overUTF16))

let analyzer = TextAnalyzer(lexicon: lexicons.text)
var tokens = 0
let perDocument = Bench.time {
    tokens = 0
    for d in documents { tokens += analyzer.analyze(d).tokens.count }
}
print(String(format: "text stage, per document (words, sentences,\n  paragraphs, marks, normalised forms):          %7.1f MB/s  (%.0f%% of the bare loop, %d tokens)",
             size / perDocument, 100 * bare / perDocument, tokens))
let whole = Bench.time { _ = analyzer.analyze(joined) }
print(String(format: "text stage, one %.0f MB document:                %7.1f MB/s  (%.0f%% of the bare loop)",
             size, size / whole, 100 * bare / whole))
if arguments.contains("scoring") { ScoringBench.run(lexicons: lexicons, documents: documents, size: size, bare: bare, bareUTF16: overUTF16, textStage: perDocument) }
if arguments.contains("stages") { StageBench.run(lexicons: lexicons, documents: documents, size: size, bare: bare) }
if arguments.contains("batch") { BatchBench.run(lexicons: lexicons, articles: articles, megabytes: option("--batch-megabytes", 200)) }
