import Foundation
import QuoteKit

/// `quotekit-bench stages`: the whole per-document analysis on one core, and the share of each stage
/// (text, quotes, speakers, scores, JSON output), beside the bare ICU word-break loop. Times are the
/// thread's CPU time (best of three), so a busy machine blurs them less than wall time would.
enum StageBench {
    static func run(lexicons: Lexicons, documents: [String], size: Double, bare: Double) {
        let analyzer = Pipeline(lexicons: lexicons).makeAnalyzer()
        let inputs = documents.enumerated().map { Document(id: "bench-\($0.offset)", text: $0.element) }
        var best = StageTimes()
        var bestEncode: UInt64 = 0
        var bestTotal = UInt64.max
        var quotes = 0
        for _ in 0..<3 {
            analyzer.stageTimes = StageTimes()
            var encode: UInt64 = 0
            quotes = 0
            let start = StageClock.now()
            for d in inputs {
                let a = analyzer.analyze(d)
                let t = StageClock.now()
                quotes += a.quotes.count
                _ = AnalysisJSON.encode(a)
                encode += StageClock.now() - t
            }
            let total = StageClock.now() - start
            if total < bestTotal { bestTotal = total; best = analyzer.stageTimes!; bestEncode = encode }
        }
        let seconds = Double(bestTotal) / 1e9
        print(String(format: "\nwhole analysis + JSON, per document: %7.1f MB/s  (%.0f%% of the bare loop, %d quotes)",
                     size / seconds, 100 * bare / seconds, quotes))
        for (name, ns) in [("text", best.text), ("quotes", best.quotes), ("speakers", best.speakers),
                           ("scores", best.scores), ("JSON", bestEncode)] {
            let s = Double(ns) / 1e9
            print(String(format: "  %@ %6.2f s  %5.1f%%  (%7.1f MB/s alone)", name as NSString, s, 100 * s / seconds, size / s))
        }
    }
}
