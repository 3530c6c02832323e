import Foundation
import Testing
@testable import QuoteKit

/// ``DocumentScorer`` gives every sentence the sentiment and every paragraph the stance that separate
/// calls give, whether a sentence's score is read from its paragraph's scan or scanned on its own.
@Suite struct DocumentScorerTests {
    typealias F = ScoringFixtures

    /// News (the sample corpus, the seed article, PolNeAR), novels (PDNC) and the sentiment dev sets
    /// (tweets with capitals, emoticons and stretched words; reviews; editorials).
    static func texts() throws -> [String] {
        var texts = try ICUBreakIteratorTests.texts() + ScoringSharedLookupTests.texts + [try Fixtures.seedArticle()]
        let sets = [("eval/pdnc-dev.jsonl", 2), ("eval/polnear-train.jsonl", 200), ("eval/sentiment-dev-tweets.jsonl", 400),
                    ("eval/sentiment-dev-movieReviewSnippets.jsonl", 200), ("eval/sentiment-dev-nytEditorialSnippets.jsonl", 200)]
        for (file, limit) in sets {
            for line in try Fixtures.sharedText(file).split(separator: "\n").prefix(limit) {
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                texts.append(object?["text"] as? String ?? "")
            }
        }
        return texts
    }

    static func describe(_ x: SentimentScore) -> String {
        "\(x.compound) \(x.pos) \(x.neg) \(x.neu) \(x.raw) " + x.evidence.map { "\($0.range.start)-\($0.range.end):\($0.weight)" }.joined(separator: ",")
    }

    static func describe(_ x: StanceScore) -> String {
        "\(x.target) \(x.score) \(x.label) \(x.inherited) \(x.mentions) " + x.evidence.map { "\($0.range.start)-\($0.range.end):\($0.weight)" }.joined(separator: ",")
    }

    @Test("sentence and paragraph scores equal those of separate calls, on news, novels, tweets and reviews")
    func agreesWithSeparateCalls() throws {
        let scorer = DocumentScorer(lexicon: F.lexicon)
        let sentiment = SentimentAnalyzer(lexicon: F.lexicon), stance = StanceAnalyzer(lexicon: F.lexicon)
        let analyzer = Fixtures.analyzer()
        var sentences = 0
        for text in try Self.texts() {
            let a = analyzer.analyze(text)
            let scores = scorer.score(a)
            let target = stance.mainTarget(in: a)
            #expect(scores.mainTarget == target)
            #expect(scores.sentences.count == a.sentenceTokens.count && scores.paragraphs.count == a.paragraphTokens.count)
            for (s, range) in a.sentenceTokens.enumerated() where s < scores.sentences.count {
                let expected = Self.describe(sentiment.score(a, tokens: range))
                #expect(Self.describe(scores.sentences[s]) == expected, "\(a.string(a.sentences[s]))")
            }
            for (p, range) in a.paragraphTokens.enumerated() where p < scores.paragraphs.count {
                #expect(Self.describe(scores.paragraphs[p]) == Self.describe(stance.score(a, tokens: range, defaultTarget: target)))
            }
            sentences += a.sentenceTokens.count
        }
        // Both ways were taken, many times.
        #expect(sentences > 10_000 && scorer.sentencesScored == sentences)
        #expect(scorer.sentencesScannedAlone > 100 && scorer.sentencesScannedAlone < sentences / 2)
    }

    @Test("a sentence is read from a longer scan only when that scan holds what its own scan would")
    func standaloneSentences() {
        let a = Fixtures.analyzer().analyze("The talks resumed on Monday. We are in no rush to sign. It was a sunny day.")
        #expect(a.sentenceTokens.count == 3)
        var scan = ScoringScan()
        let whole = 0..<a.tokens.count
        scan.run(a, whole, F.lexicon, mode: .stance)
        #expect(scan.sentenceCount == 3 && Array(scan.sentenceIndices) == [0, 1, 2])
        // "no rush" is a stance cue: a sentiment scan of that sentence finds "no" and "rush" instead.
        #expect(scan.isStandalone(0) && !scan.isStandalone(1) && scan.isStandalone(2))
        // A range that cuts a sentence leaves that sentence out.
        scan.run(a, (a.sentenceTokens[0].lowerBound + 2)..<a.sentenceTokens[2].upperBound - 3, F.lexicon, mode: .stance)
        #expect(!scan.isStandalone(0) && !scan.isStandalone(2))
    }
}
