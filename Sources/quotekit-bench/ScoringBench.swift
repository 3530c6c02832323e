import Foundation
import QuoteKit

/// `quotekit-bench scoring`: the text stage plus sentiment and stance, on one core, beside the bare ICU
/// word-break loop over the same text. Every sentence gets a sentiment score and every paragraph (about a
/// quote's length) a stance score toward the document's main target: by ``DocumentScorer`` (one scan
/// per paragraph serves both, where it can), and by separate calls per sentence and per paragraph
/// (each token scanned twice).
enum ScoringBench {
    static func run(lexicons: Lexicons, documents: [String], size: Double, bare: Double, bareUTF16: Double, textStage: Double) {
        let scoring: ScoringLexicon
        let load = Date()
        do { scoring = try ScoringLexicon(lexicons: lexicons) } catch {
            print("scoring lexicons do not load: \(error)")
            return
        }
        print(String(format: "scoring lexicons loaded in %.2f s", Date().timeIntervalSince(load)))
        let analyzer = TextAnalyzer(lexicon: lexicons.text)
        let sentiment = SentimentAnalyzer(lexicon: scoring)
        let stance = StanceAnalyzer(sharingWordLookupsOf: sentiment)
        let scorer = DocumentScorer(lexicon: scoring)

        var sink = 0.0
        func scoreDocument(_ a: AnalyzedText) {
            let scores = scorer.score(a)
            for s in scores.sentences { sink += s.compound }
            for p in scores.paragraphs { sink += p.score }
        }
        func score(_ a: AnalyzedText) {
            for s in a.sentenceTokens { sink += sentiment.score(a, tokens: s).compound }
            let target = stance.mainTarget(in: a)
            for p in a.paragraphTokens { sink += stance.score(a, tokens: p, defaultTarget: target).score }
        }
        let all = Bench.time {
            for d in documents { scoreDocument(analyzer.analyze(d)) }
        }
        print(String(format: "text stage + sentiment (every sentence) + stance\n  (main target, every paragraph), per document: %7.1f MB/s  (%.0f%% of the bare loop; text stage alone %.0f%%;\n  of the loop over a UTF-16 copy: %.0f%%, text stage alone %.0f%%)",
                     size / all, 100 * bare / all, 100 * bare / textStage, 100 * bareUTF16 / all, 100 * bareUTF16 / textStage))
        print(String(format: "  (sentences scanned on their own, not read from their paragraph's scan: %.1f%%)",
                     100 * Double(scorer.sentencesScannedAlone) / Double(max(1, scorer.sentencesScored))))
        let separate = Bench.time {
            for d in documents { score(analyzer.analyze(d)) }
        }
        print(String(format: "the same by separate calls per sentence and paragraph: %5.1f MB/s  (%.0f%% of the bare loop)",
                     size / separate, 100 * bare / separate))

        let analysed = documents.map { analyzer.analyze($0) }
        let sentimentOnly = Bench.time {
            for a in analysed { for s in a.sentenceTokens { sink += sentiment.score(a, tokens: s).compound } }
        }
        let stanceOnly = Bench.time {
            for a in analysed {
                let target = stance.mainTarget(in: a)
                for p in a.paragraphTokens { sink += stance.score(a, tokens: p, defaultTarget: target).score }
            }
        }
        let oneCall = Bench.time {
            for a in analysed { scoreDocument(a) }
        }
        let whole = Bench.time {
            for a in analysed { sink += sentiment.score(a).compound }
        }
        print(String(format: "on analysed text: sentiment per sentence        %7.1f MB/s", size / sentimentOnly))
        print(String(format: "                  sentiment per document        %7.1f MB/s", size / whole))
        print(String(format: "                  stance (main target + paragraphs) %5.1f MB/s", size / stanceOnly))
        print(String(format: "                  both, by DocumentScorer       %7.1f MB/s", size / oneCall))
        if sink == 42 { print("") }
    }

    /// `--profile-scoring [sentiment|stance|line]`: scores analysed text five times over and nothing else,
    /// for `perf record` (both kinds unless one is named); `line` analyses and scores each document in
    /// turn with ``DocumentScorer``, as the bench's first line does (its tokens in the cache when scored).
    static func profile(lexicons: Lexicons, documents: [String], arguments: [String]) {
        guard let scoring = try? ScoringLexicon(lexicons: lexicons) else { return }
        let analyzer = TextAnalyzer(lexicon: lexicons.text)
        let sentiment = SentimentAnalyzer(lexicon: scoring)
        let stance = StanceAnalyzer(sharingWordLookupsOf: sentiment)
        if arguments.contains("line") {
            let scorer = DocumentScorer(lexicon: scoring)
            var sink = 0.0
            for _ in 0..<3 {
                for d in documents {
                    let scores = scorer.score(analyzer.analyze(d))
                    for s in scores.sentences { sink += s.compound }
                    for p in scores.paragraphs { sink += p.score }
                }
            }
            print(sink)
            return
        }
        let analysed = documents.map { analyzer.analyze($0) }
        let doSentiment = !arguments.contains("stance"), doStance = !arguments.contains("sentiment")
        var sink = 0.0
        for _ in 0..<5 {
            for a in analysed {
                if doSentiment { for s in a.sentenceTokens { sink += sentiment.score(a, tokens: s).compound } }
                guard doStance else { continue }
                let target = stance.mainTarget(in: a)
                for p in a.paragraphTokens { sink += stance.score(a, tokens: p, defaultTarget: target).score }
            }
        }
        print(sink)
    }
}
