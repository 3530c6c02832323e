import Testing
@testable import QuoteKit

/// Stance rules on small sentences: targets, cues, negation, scope, inheritance.
@Suite struct ScoringStanceRuleTests {
    typealias F = ScoringFixtures

    @Test(arguments: [
        ("We are confident we can work out a deal.", StanceLabel.favor, "deal"),
        ("They will not bow to economic coercion in the talks.", .against, "negotiations"),
        ("This is a win-win agreement.", .favor, "deal"),
        ("We are in no rush to sign a deal.", .against, "deal"),
        ("There will be no concessions in these negotiations.", .against, "negotiations"),
        ("The deal is not fair.", .against, "deal"),
        ("The deal is fair.", .favor, "deal"),
        ("We wouldn't be rushing into a deal.", .against, "deal"),
        ("Japan is rushing into a deal.", .favor, "deal"),
        ("The tariffs were announced on Monday.", .none, "tariffs"),
        ("It is a good deal for both sides.", .favor, "deal"),
        ("The agreement would be a disaster for farmers.", .against, "deal"),
        // A truce in a trade war is an interim deal.
        ("The truce is a real victory for exporters.", .favor, "deal"),
    ])
    func label(_ text: String, _ expected: StanceLabel, _ target: String) {
        let s = F.stance(text)
        #expect(s.label == expected, "\(text): \(s.score)")
        #expect(s.target == target)
        #expect(!s.inherited)
    }

    @Test func noTargetInheritsTheDefault() {
        let s = F.stance("It feels like economic coercion.", defaultTarget: "deal")
        #expect(s.target == "deal")
        #expect(s.inherited)
        #expect(s.label == .against)
        #expect(s.mentions.isEmpty)
        // Without a default the score still stands, with no target.
        #expect(F.stance("It feels like economic coercion.").target == "")
    }

    @Test func aSentenceAboutAnotherTargetIsOutOfScope() {
        // The second sentence names only the tariffs: its coercion says nothing about the deal.
        let text = "The deal is within reach. The tariffs are economic coercion."
        let analysed = Fixtures.analyzer().analyze(text)
        let stance = StanceAnalyzer(lexicon: F.lexicon)
        let deal = stance.score(analysed, tokens: 0..<analysed.tokens.count, target: "deal")
        let tariffs = stance.score(analysed, tokens: 0..<analysed.tokens.count, target: "tariffs")
        #expect(deal.label == .favor)
        #expect(tariffs.label == .against)
        let all = stance.scores(analysed, tokens: 0..<analysed.tokens.count)
        #expect(Set(all.map(\.target)) == ["deal", "tariffs"])
    }

    @Test func aSentenceNamingNoTargetContinuesTheQuote() {
        let s = F.stance("I will attend the meeting. Hopefully something can be worked out.")
        #expect(s.target == "negotiations")
        #expect(s.label == .favor)
    }

    @Test func mostNamedTargetWinsAndTiesGoToTheDefault() {
        #expect(F.stance("The talks and the negotiations about tariffs.").target == "negotiations")
        #expect(F.stance("The talks about the deal.").target == "negotiations")
        #expect(F.stance("The talks about the deal.", defaultTarget: "deal").target == "deal")
    }

    @Test func mainTargetOfADocument() {
        let analysed = Fixtures.analyzer().analyze("Tariffs rose. The tariffs hurt. Talks resume.")
        #expect(StanceAnalyzer(lexicon: F.lexicon).mainTarget(in: analysed) == "tariffs")
        #expect(StanceAnalyzer(lexicon: F.lexicon).mainTarget(in: Fixtures.analyzer().analyze("Nothing here.")) == nil)
    }

    @Test func evidenceNamesTheCuesWithTheirNegators() {
        let text = "We wouldn't be rushing into a deal."
        let analysed = Fixtures.analyzer().analyze(text)
        let s = StanceAnalyzer(lexicon: F.lexicon).score(analysed, tokens: 0..<analysed.tokens.count)
        #expect(s.evidence.map { analysed.string($0.range) } == ["wouldn't be rushing into"])
        #expect(s.evidence[0].weight < 0)
        #expect(s.mentions.map { analysed.string($0) } == ["deal"])
    }

    @Test func labelThresholds() {
        #expect(StanceAnalyzer.label(0.1) == .favor)
        #expect(StanceAnalyzer.label(0.09) == .none)
        #expect(StanceAnalyzer.label(-0.1) == .against)
    }
}

/// The JSON shape quotes will carry.
@Suite struct ScoringJSONTests {
    @Test func sentimentAndStanceJSON() {
        let text = "“Not fair,” he said of the 😡 deal."
        let analysed = Fixtures.analyzer().analyze(text)
        let offsets = analysed.makeScalarOffsets()
        var json = JSONWriter()
        SentimentAnalyzer(lexicon: ScoringFixtures.lexicon).score(analysed).writeJSON(to: &json, text: analysed, offsets: offsets)
        #expect(json.output.hasPrefix("{\"compound\":"))
        #expect(json.output.contains("{\"end\":9,\"start\":1,\"text\":\"Not fair\",\"weight\":"))
        #expect(json.output.contains("{\"end\":28,\"start\":27,\"text\":\"😡\",\"weight\":"))
        var stance = JSONWriter()
        StanceAnalyzer(lexicon: ScoringFixtures.lexicon).score(analysed, tokens: 0..<analysed.tokens.count)
            .writeJSON(to: &stance, text: analysed, offsets: offsets)
        #expect(stance.output.hasPrefix("{\"evidence\":[{\"end\":9,\"start\":1,\"text\":\"Not fair\",\"weight\":-0.296}"), "\(stance.output)")
        #expect(stance.output.contains("\"label\":\"against\",\"score\":-"))
        #expect(stance.output.hasSuffix(",\"target\":\"deal\"}"))
    }
}
