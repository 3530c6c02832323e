import Foundation
import Testing
@testable import QuoteKit

/// The seed article (`../shared/seed/article.txt`): the quotes issue 5 names, scored where they stand in
/// the article (so sentence breaks are the article's).
@Suite struct ScoringSeedArticleTests {
    typealias F = ScoringFixtures

    /// The analysed article and the UTF-8 range of `quote` in it.
    static func locate(_ quote: String) throws -> (AnalyzedText, TextRange) {
        let article = try Fixtures.seedArticle()
        let analysed = Fixtures.analyzer().analyze(article)
        let r = try #require(article.range(of: quote), "quote not in the article: \(quote)")
        let start = article.utf8.distance(from: article.utf8.startIndex, to: r.lowerBound)
        return (analysed, TextRange(start, start + quote.utf8.count))
    }

    @Test(arguments: [
        ("Hopefully something can be worked out which is good (GREAT!) for Japan and the USA!", 1),
        ("I will attend the meeting, along with Treasury & Commerce Secretaries. Hopefully something can be worked out which is good (GREAT!) for Japan and the USA!", 1),
        ("I’m confident that Japan and the US will be able to work out a good deal that benefits both nations, opens more consumer markets to each other’s exporters, and accounts for the military aid we have provided to Japan for decades,", 1),
        ("These negotiations are ultimately about making trade more free, not less. It’s also imperative that we continue isolating China from its geographical and economic neighbors, making Japan a key early ally in this process.", 1),
        ("The difficulty for the Japanese team is that the United States has created a huge amount of leverage for itself, unilaterally,", -1),
        ("The US is offering to not hit Japan with sticks, and Japan is stuck in a position of offering a whole lot of carrots. And from their perspective, it feels like economic coercion.", -1),
    ])
    func sentiment(_ quote: String, _ sign: Int) throws {
        let (analysed, range) = try Self.locate(quote)
        let s = SentimentAnalyzer(lexicon: F.lexicon).score(analysed, range: range)
        #expect(sign > 0 ? s.compound >= 0.05 : s.compound <= -0.05, "\(s.compound): \(quote)")
    }

    @Test(arguments: [
        ("Hopefully something can be worked out which is good (GREAT!) for Japan and the USA!", StanceLabel.favor),
        ("I will attend the meeting, along with Treasury & Commerce Secretaries. Hopefully something can be worked out which is good (GREAT!) for Japan and the USA!", .favor),
        ("Treasury Secretary Scott Bessent, who is slated to join the talks with Tokyo’s top trade negotiator Ryosei Akazawa, has said there is a “first mover advantage” given the number of countries trying to hash out deals.", .favor),
        ("first mover advantage", .favor),
        ("I’m confident that Japan and the US will be able to work out a good deal that benefits both nations, opens more consumer markets to each other’s exporters, and accounts for the military aid we have provided to Japan for decades,", .favor),
        ("These negotiations are ultimately about making trade more free, not less. It’s also imperative that we continue isolating China from its geographical and economic neighbors, making Japan a key early ally in this process.", .favor),
        ("his country wouldn’t be rushing into a deal – and didn’t plan on making huge concessions", .against),
        ("The difficulty for the Japanese team is that the United States has created a huge amount of leverage for itself, unilaterally,", .against),
        ("The US is offering to not hit Japan with sticks, and Japan is stuck in a position of offering a whole lot of carrots. And from their perspective, it feels like economic coercion.", .against),
        ("Japan could face difficulties though because of the leverage the US already has", .against),
    ])
    func stanceTowardTheDeal(_ quote: String, _ expected: StanceLabel) throws {
        let (analysed, range) = try Self.locate(quote)
        let s = StanceAnalyzer(lexicon: F.lexicon).score(analysed, range: range, defaultTarget: "deal")
        #expect(s.label == expected, "\(s.target) \(s.score): \(quote)")
    }

    /// Every stance of `../shared/seed/gold.jsonl` as the pipeline gives it: each gold statement found
    /// (same kind, same span) and labelled as the gold says (-1 against, 0 none, +1 favor).
    @Test func goldStancesOfThePipeline() throws {
        struct Gold: Decodable {
            struct Item: Decodable { let start: Int; let end: Int; let kind: String; let stance: Int? }
            let text: String
            let quotes: [Item]
        }
        let line = try Fixtures.sharedText("seed/gold.jsonl").split(separator: "\n").first!
        let gold = try JSONDecoder().decode(Gold.self, from: Data(line.utf8))
        let analysis = Pipeline(lexicons: Fixtures.lexicons).makeAnalyzer().analyze(Document(id: "seed", text: gold.text))
        let scalars = Array(gold.text.unicodeScalars)
        let offsets = analysis.text.makeScalarOffsets()
        var scored = 0
        for g in gold.quotes {
            guard let expected = g.stance else { continue }
            let span = SeedArticleTests.trim(scalars, g.start, g.end)
            let found = analysis.quotes.first {
                let (s, e) = offsets.scalars($0.range)
                return $0.kind.rawValue == g.kind && SeedArticleTests.trim(scalars, s, e) == span
            }
            let quote = try #require(found, "not found: \(String(String.UnicodeScalarView(scalars[span])))")
            let label = try #require(quote.stance).label
            #expect(label == (expected > 0 ? .favor : expected < 0 ? .against : StanceLabel.none),
                    "\(quote.stance!.target) \(quote.stance!.score): \(String(String.UnicodeScalarView(scalars[span])))")
            scored += 1
        }
        #expect(scored == 12)
    }

    @Test func mainTargetOfTheArticle() throws {
        let analysed = Fixtures.analyzer().analyze(try Fixtures.seedArticle())
        #expect(StanceAnalyzer(lexicon: F.lexicon).mainTarget(in: analysed) != nil)
    }
}
