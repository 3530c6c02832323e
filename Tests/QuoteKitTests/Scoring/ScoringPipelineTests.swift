import Foundation
import Testing
@testable import QuoteKit

@Suite("Scoring: in the pipeline and per speaker")
struct ScoringPipelineTests {
    static func analyse(_ text: String, date: String? = nil) -> DocumentAnalysis {
        Pipeline(lexicons: Fixtures.lexicons).makeAnalyzer().analyze(Document(id: "t", text: text, date: date))
    }

    @Test("every quote carries sentiment and stance with evidence")
    func quotesScored() throws {
        let a = Self.analyse("“This is a great deal for both nations,” Trump said.\n“It is economic coercion,” Tong said.")
        #expect(a.quotes.count == 2)
        let trump = try #require(a.quotes[0].sentiment)
        let tong = try #require(a.quotes[1].sentiment)
        #expect(trump.compound > 0.3)
        #expect(tong.compound < 0)
        #expect(a.quotes[0].stance?.target == "deal")
        #expect(a.quotes[0].stance?.label == .favor)
        #expect(!trump.evidence.isEmpty && trump.evidence.allSatisfy { a.quotes[0].range.contains($0.range) })
    }

    @Test("a direct quote's own quotation marks a mention: its words give no stance")
    func nestedQuotationIsAMention() throws {
        let a = Self.analyse("“They call these talks a ‘total triumph’, and they are a meeting,” Rivera said.")
        let q = try #require(a.quotes.first { $0.kind == .direct })
        #expect(!q.nested.isEmpty)
        let stance = try #require(q.stance)
        #expect(stance.target == "negotiations")
        #expect(stance.evidence.isEmpty, "\(stance.evidence.map { a.text.string($0.range) })")
        #expect(stance.label == .none)
    }

    @Test("a partial quote inside a statement takes the statement's target, not the document's")
    func heldPartialTakesTheStatementsTarget() throws {
        let text = "The talks resumed. The talks ran late. Ortiz said there was a “clear advantage” for countries that hash out deals early."
        let a = Self.analyse(text)
        let partial = try #require(a.quotes.first { $0.kind == .partial })
        let statement = try #require(a.quotes.first { $0.kind == .indirect })
        #expect(partial.within != nil)
        #expect(statement.stance?.target == "deal")
        #expect(partial.stance?.target == "deal")
        #expect(partial.stance?.label == .favor)
        // Alone, the partial quote would inherit the document's main target.
        let alone = StanceAnalyzer(lexicon: ScoringFixtures.lexicon)
        #expect(alone.mainTarget(in: a.text) == "negotiations")
    }

    @Test("the output schema holds sentiment and stance with scalar offsets")
    func json() throws {
        let a = Self.analyse("Café talk. “This is a great deal,” Trump said.")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(AnalysisJSON.encode(a).utf8)) as? [String: Any])
        let q = try #require((object["quotes"] as? [[String: Any]])?.first)
        let sentiment = try #require(q["sentiment"] as? [String: Any])
        #expect((sentiment["compound"] as? Double ?? 0) > 0)
        let evidence = try #require((sentiment["evidence"] as? [[String: Any]])?.first { $0["text"] as? String == "great" })
        #expect(evidence["start"] as? Int == 22)   // "Café" counts é as one scalar
        let stance = try #require(q["stance"] as? [String: Any])
        #expect(stance["label"] as? String == "favor")
        #expect(stance["target"] as? String == "deal")
    }

    @Test("per speaker: counts, means, intervals and months across documents")
    func aggregation() {
        var agg = SpeakerAggregator()
        agg.add(Self.analyse("“A great deal, a wonderful deal,” Trump said.", date: "2025-04-16"))
        agg.add(Self.analyse("“The deal is good and fair,” Trump said. “It is unfair coercion,” Tong said.", date: "2025-05-02"))
        let speakers = agg.result
        let trump = speakers.first { $0.key == "donald-trump" }
        #expect(trump?.overall.quotes == 2)
        #expect(trump?.documents == 2)
        #expect(trump?.byPeriod.keys.sorted() == ["2025-04", "2025-05"])
        #expect((trump?.overall.sentiment.mean ?? 0) > 0)
        let interval = trump?.overall.sentiment.interval
        #expect(interval != nil && interval!.low <= trump!.overall.sentiment.mean && trump!.overall.sentiment.mean <= interval!.high)
        #expect(trump?.firstDate == "2025-04-16" && trump?.lastDate == "2025-05-02")
        #expect(speakers.first?.key == "donald-trump")   // most quoted first
    }

    @Test("Student's t interval: known values")
    func interval() {
        var a = SpeakerAggregator.Accumulator()
        for x in [0.1, 0.2, 0.3] { a.add(x) }
        // mean 0.2, sd 0.1, n 3: half-width 4.303 * 0.1 / sqrt(3) = 0.2484
        #expect(abs(a.mean - 0.2) < 1e-9)
        #expect(abs(a.interval!.high - 0.4484) < 1e-3)
        #expect(abs(a.interval!.low - (-0.0484)) < 1e-3)
    }
}
