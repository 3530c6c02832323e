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

    /// In a sentence naming several targets, a cue governing one ("scrapped the tariffs") counts
    /// toward that one only; a cue governing none still counts toward every target its sentence names.
    @Test func aCueCountsTowardTheTargetItGoverns() {
        let stance = StanceAnalyzer(lexicon: F.lexicon)
        func score(_ text: String, _ target: String) -> (StanceScore, AnalyzedText) {
            let analysed = Fixtures.analyzer().analyze(text)
            return (stance.score(analysed, tokens: 0..<analysed.tokens.count, target: target), analysed)
        }
        let signed = "The deal was signed after they scrapped the tariffs."
        #expect(score(signed, "deal").0.evidence.isEmpty)
        let (tariffs, analysed) = score(signed, "tariffs")
        #expect(tariffs.label == .against)
        #expect(tariffs.evidence.map { analysed.string($0.range) } == ["scrapped"])
        // Over links ("the", "new") to the head of a compound: "a tariff agreement" is an agreement.
        let compound = "Farmers oppose the new tariff agreement and the tariffs."
        #expect(score(compound, "deal").0.label == .against)
        #expect(score(compound, "tariffs").0.evidence.isEmpty)
        // A target before the cue is not governed by it.
        let trade = "These negotiations are about making trade more free."
        #expect(score(trade, "negotiations").0.label == .favor)
        // Governing nothing, a cue speaks of every target of its sentence.
        let both = "The tariffs stay, and the deal is unjustified."
        #expect(score(both, "deal").0.label == .against)
        #expect(score(both, "tariffs").0.label == .against)
    }

    /// Cues of progress toward agreement say nothing of tariffs; tariffs have cues of their own
    /// (`targets` column of `stance-cues.tsv`).
    @Test(arguments: [
        ("The two sides agreed to keep talking about the tariffs.", StanceLabel.none),
        ("Those who retaliate against the tariffs will get no deal.", .none),
        ("The tariffs are working.", .favor),
        ("These tariffs are a tax on American families.", .against),
        ("We will lift the tariffs next year.", .against),
        ("We will not lift the tariffs.", .favor),
        ("We refused to lift the tariffs.", .favor),
        ("The tariffs are unjustified.", .against),
    ])
    func tariffsHaveCuesOfTheirOwn(_ text: String, _ expected: StanceLabel) {
        let analysed = Fixtures.analyzer().analyze(text)
        let s = StanceAnalyzer(lexicon: F.lexicon).score(analysed, tokens: 0..<analysed.tokens.count, target: "tariffs")
        #expect(s.label == expected, "\(text): \(s.score) \(s.evidence.map { analysed.string($0.range) })")
    }

    /// Where the range does not name the target, sentiment words say nothing of it; cues still do.
    @Test func aRangeNamingNoTargetTakesOnlyCuesAsEvidence() {
        let plain = F.stance("It was a very friendly conversation.", defaultTarget: "deal")
        #expect(plain.inherited)
        #expect(plain.label == .none)
        #expect(plain.evidence.isEmpty)
        #expect(F.stance("It was a very friendly deal.", defaultTarget: "deal").label == .favor)
        #expect(F.stance("It feels like coercion.", defaultTarget: "deal").label == .against)
    }

    /// Words inside a quotation the quote itself quotes are mentioned, not said: they do not count,
    /// though a target there is still named.
    @Test func wordsTheQuoteOnlyMentionsDoNotCount() throws {
        let text = "They keep calling it a ‘great deal’ and we will see."
        let analysed = Fixtures.analyzer().analyze(text)
        let whole = TextRange(0, text.utf8.count)
        let r = try #require(text.range(of: "great deal"))
        let start = text.utf8.distance(from: text.utf8.startIndex, to: r.lowerBound)
        let inner = TextRange(start, start + "great deal".utf8.count)
        let stance = StanceAnalyzer(lexicon: F.lexicon)
        #expect(stance.score(analysed, range: whole).label == .favor)
        let mentioned = stance.score(analysed, range: whole, mentioned: [inner])
        #expect(mentioned.label == .none)
        #expect(mentioned.evidence.isEmpty)
        #expect(mentioned.target == "deal")
        #expect(!mentioned.inherited)
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
