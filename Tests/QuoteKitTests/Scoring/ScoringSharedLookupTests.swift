import Testing
@testable import QuoteKit

/// Analyzers that keep a document's word look-ups for its next scans, and share them between sentiment
/// and stance, score as fresh analyzers do.
@Suite struct ScoringSharedLookupTests {
    typealias F = ScoringFixtures

    static let texts = [
        "We are in no rush to sign a deal. The tariffs are a disaster, but the talks went well!",
        "It is a good deal for both sides. “Not great,” she said of the agreement.\n\nThe talks resume on Monday.",
        "Nothing here.",
        "The deal is fair. The deal is not fair. The deal is GREAT!!! Is the deal good??",
    ]

    /// Every score the bench and the pipeline ask for: each sentence's sentiment, the main target, each
    /// paragraph's stance, the whole text's stance toward each target it names.
    static func scores(_ a: AnalyzedText, _ sentiment: SentimentAnalyzer, _ stance: StanceAnalyzer) -> [String] {
        func text(_ e: [ScoreEvidence]) -> String { e.map { "\($0.range.start)-\($0.range.end):\($0.weight)" }.joined(separator: ",") }
        var out = a.sentenceTokens.map { s in
            let x = sentiment.score(a, tokens: s)
            return "\(x.compound) \(x.pos) \(x.neg) \(x.neu) \(text(x.evidence))"
        }
        let target = stance.mainTarget(in: a)
        out.append(target ?? "no target")
        for p in a.paragraphTokens {
            let x = stance.score(a, tokens: p, defaultTarget: target)
            out.append("\(x.target) \(x.score) \(x.inherited) \(x.mentions) \(text(x.evidence))")
        }
        for x in stance.scores(a, tokens: 0..<a.tokens.count) { out.append("\(x.target) \(x.score) \(text(x.evidence))") }
        return out
    }

    @Test("a stance analyzer sharing a sentiment analyzer's look-ups scores as fresh analyzers, document after document")
    func sharedLookups() {
        let sentiment = SentimentAnalyzer(lexicon: F.lexicon)
        let stance = StanceAnalyzer(sharingWordLookupsOf: sentiment)
        let analyzer = Fixtures.analyzer()
        // Each text analysed anew each time (the same words in another token array), in changing order.
        for text in Self.texts + Self.texts.reversed() + Self.texts {
            let a = analyzer.analyze(text)
            let fresh = Self.scores(a, SentimentAnalyzer(lexicon: F.lexicon), StanceAnalyzer(lexicon: F.lexicon))
            #expect(Self.scores(a, sentiment, stance) == fresh, "\(text)")
        }
    }

    @Test("ranges scored in any order (a scan starts where the last one stopped when it can) score as with fresh analyzers")
    func rangesInAnyOrder() {
        let a = Fixtures.analyzer().analyze(Self.texts.joined(separator: " "))
        let sentiment = SentimentAnalyzer(lexicon: F.lexicon)
        let stance = StanceAnalyzer(sharingWordLookupsOf: sentiment)
        // Sentences, halves and single tokens, forwards, backwards and back to the start.
        var ranges = a.sentenceTokens + a.sentenceTokens.reversed()
        ranges += a.sentenceTokens.flatMap { [$0.lowerBound..<($0.lowerBound + $0.upperBound) / 2, ($0.lowerBound + $0.upperBound) / 2..<$0.upperBound] }
        ranges += (0..<a.tokens.count).map { $0..<$0 + 1 } + [0..<a.tokens.count, 3..<a.tokens.count, 0..<0]
        for r in ranges {
            let x = sentiment.score(a, tokens: r), y = SentimentAnalyzer(lexicon: F.lexicon).score(a, tokens: r)
            #expect("\(x)" == "\(y)", "\(r)")
            let u = stance.score(a, tokens: r, defaultTarget: "negotiations")
            let v = StanceAnalyzer(lexicon: F.lexicon).score(a, tokens: r, defaultTarget: "negotiations")
            #expect("\(u)" == "\(v)", "\(r)")
        }
    }

    @Test("look-ups made for one document are not read for another with as many tokens, nor for a changed copy")
    func lookupsFollowTheDocument() {
        let sentiment = SentimentAnalyzer(lexicon: F.lexicon)
        let good = Fixtures.analyzer().analyze("The deal is good.")
        let awful = Fixtures.analyzer().analyze("The deal is awful.")
        #expect(good.tokens.count == awful.tokens.count)
        #expect(sentiment.score(good).compound > 0)
        #expect(sentiment.score(awful).compound < 0)
        // A copy shares the tokens until it changes them; then it holds other tokens.
        var changed = good
        let word = good.tokens.indices.first { good.normalized(token: $0) == "good" }!
        #expect(sentiment.score(changed).compound > 0)
        changed.tokens[word].key = awful.tokens[word].key
        #expect(sentiment.score(changed).compound < 0)
        #expect(sentiment.score(good).compound > 0)
    }
}
