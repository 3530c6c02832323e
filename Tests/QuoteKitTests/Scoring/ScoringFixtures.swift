import Foundation
@testable import QuoteKit

/// The scoring lexicons, loaded once, and small helpers to score a sentence in one call.
enum ScoringFixtures {
    /// `Tests/QuoteKitTests/Fixtures-scoring/`.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures-scoring")

    /// The repository's scoring lexicons (a test fails loudly if they do not load).
    static let lexicon: ScoringLexicon = {
        do { return try ScoringLexicon(directory: Fixtures.lexiconDirectory, analyzer: Fixtures.analyzer()) } catch {
            fatalError("scoring lexicons do not load: \(error)")
        }
    }()

    /// The sentiment of the whole of `text` (fresh analyzers: tests run in parallel).
    static func sentiment(_ text: String, lexicon: ScoringLexicon = lexicon) -> SentimentScore {
        SentimentAnalyzer(lexicon: lexicon).score(Fixtures.analyzer().analyze(text))
    }

    /// The stance of the whole of `text`.
    static func stance(_ text: String, defaultTarget: String? = nil) -> StanceScore {
        let analysed = Fixtures.analyzer().analyze(text)
        return StanceAnalyzer(lexicon: lexicon).score(analysed, tokens: 0..<analysed.tokens.count, defaultTarget: defaultTarget)
    }

    /// The texts of `score`'s evidence, in order.
    static func evidenceTexts(_ score: SentimentScore, in text: String) -> [String] {
        let analysed = Fixtures.analyzer().analyze(text)
        return score.evidence.map { analysed.string($0.range) }
    }
}
