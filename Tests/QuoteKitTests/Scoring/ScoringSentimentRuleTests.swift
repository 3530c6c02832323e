import Testing
@testable import QuoteKit

/// One small sentence per rule: each compares a sentence with the rule against one without it.
@Suite struct ScoringSentimentRuleTests {
    typealias F = ScoringFixtures

    @Test(arguments: [
        ("The talks were good.", 1),
        ("The talks were bad.", -1),
        ("The talks were held on Tuesday.", 0),
        ("", 0),
    ])
    func sign(_ text: String, _ expected: Int) {
        let c = F.sentiment(text).compound
        switch expected {
        case 1: #expect(c >= 0.05)
        case -1: #expect(c <= -0.05)
        default: #expect(c == 0)
        }
    }

    /// Negation flips and damps; the window reaches three words back, not across a comma.
    @Test(arguments: [
        ("The plan is not good.", "The plan is good."),
        ("The plan isn't very good.", "The plan is very good."),
        ("They wouldn't be happy.", "They would be happy."),
        ("The plan is never good.", "The plan is good."),
        ("There was nothing good about it.", "There was something good about it."),
    ])
    func negationFlips(_ negated: String, _ plain: String) {
        let n = F.sentiment(negated).compound, p = F.sentiment(plain).compound
        #expect(n * p < 0, "negation should flip: \(n) vs \(p)")
        #expect(abs(n) < abs(p), "negation should damp: \(n) vs \(p)")
    }

    @Test func negationStopsAtClauseMarks() {
        #expect(F.sentiment("No, it is good.").compound > 0)
        #expect(F.sentiment("Not once, but the result was good.").compound > 0)
    }

    @Test func negationNeedsToBeNear() {
        // "not" is five words before "good": out of the window.
        #expect(F.sentiment("The report did not say much about the good results.").compound > 0)
    }

    /// Boosters add to the magnitude, dampeners take from it; neither changes the sign.
    @Test(arguments: [
        ("The deal is very good.", "The deal is good.", true),
        ("The deal is extremely bad.", "The deal is bad.", true),
        ("The deal is slightly good.", "The deal is good.", false),
        ("The deal is somewhat bad.", "The deal is bad.", false),
    ])
    func boosters(_ boosted: String, _ plain: String, _ stronger: Bool) {
        let b = F.sentiment(boosted).compound, p = F.sentiment(plain).compound
        #expect(b * p > 0)
        #expect(stronger ? abs(b) > abs(p) : abs(b) < abs(p), "\(b) vs \(p)")
    }

    @Test func boosterGradesTheNearestWord() {
        // "so" belongs to "easy"; "safeguard" keeps its own valence.
        let s = F.sentiment("It was so easy to safeguard.")
        let plain = F.sentiment("It was easy to safeguard.")
        #expect(s.evidence.count == 2)
        #expect(abs(s.evidence[1].weight - plain.evidence[1].weight) < 1e-9)
    }

    /// The clause after "but" counts more than the one before; "though" the other way round.
    @Test(arguments: [
        ("The food was good, but the service was terrible.", -1),
        ("The food was terrible, but the service was good.", 1),
        ("Although the food was terrible, the service was good.", 1),
        ("The service was good, though the food was terrible.", 1),
    ])
    func contrast(_ text: String, _ sign: Int) {
        let c = F.sentiment(text).compound
        #expect(sign > 0 ? c > 0 : c < 0, "\(c)")
    }

    @Test func sentenceInitialButWeighsThePreviousSentenceDown() {
        let withBut = F.sentiment("The food was good. But the service was terrible.").compound
        let without = F.sentiment("The food was good. The service was terrible.").compound
        #expect(withBut < without)
    }

    @Test func capitalsEmphasise() {
        let caps = F.sentiment("The result is GREAT for everyone.").compound
        let plain = F.sentiment("The result is great for everyone.").compound
        #expect(caps > plain)
        // A text all in capitals has no emphasis to add.
        #expect(F.sentiment("THE RESULT IS GREAT FOR EVERYONE.").compound == plain)
    }

    @Test func exclamationMarksStrengthenUpToFour() {
        let one = F.sentiment("This is good!").compound
        let none = F.sentiment("This is good.").compound
        let four = F.sentiment("This is good!!!!").compound
        let six = F.sentiment("This is good!!!!!!").compound
        #expect(one > none)
        #expect(four > one)
        #expect(six == four)
        #expect(F.sentiment("This is bad!").compound < F.sentiment("This is bad.").compound)
        #expect(F.sentiment("It is Tuesday!").compound == 0)
    }

    @Test func questionMarksInARowStrengthen() {
        #expect(F.sentiment("Is this really good??").compound > F.sentiment("Is this really good?").compound)
    }

    @Test func elongatedWordsAreFound() {
        #expect(F.sentiment("it was goooood").compound == F.sentiment("it was good").compound)
        #expect(F.sentiment("sooo good").compound == F.sentiment("so good").compound)
    }

    @Test func multiWordEntriesMatchLongestFirst() {
        // "peace talks" (0.8) is listed so that it does not count as "peace" (2.2).
        let s = F.sentiment("The peace talks resumed.")
        #expect(F.evidenceTexts(s, in: "The peace talks resumed.") == ["peace talks"])
    }

    @Test func emoticonsMatchOnlyWithoutSpaces() {
        #expect(F.sentiment("see you :)").compound > 0)
        #expect(F.sentiment("as follows: ) and more").compound == 0)
    }

    @Test func evidenceCoversModifiersAndAddsUpToTheRawSum() {
        let text = "The outcome wasn't very good, but the mood was great!"
        let s = F.sentiment(text)
        let texts = F.evidenceTexts(s, in: text)
        #expect(texts.first == "wasn't very good")
        #expect(texts.contains("great"))
        #expect(texts.last == "!")
        #expect(abs(s.evidence.map(\.weight).reduce(0, +) - s.raw) < 1e-9)
        #expect(abs(s.pos + s.neg + s.neu - 1) < 1e-9)
    }

    @Test func sentencesAreScoredOneByOne() {
        let text = "The deal is good. The tariffs are bad. The meeting is on Monday."
        let analysed = Fixtures.analyzer().analyze(text)
        let scores = SentimentAnalyzer(lexicon: F.lexicon).scoreSentences(analysed)
        #expect(scores.count == 3)
        #expect(scores.map { $0.compound > 0 ? 1 : $0.compound < 0 ? -1 : 0 } == [1, -1, 0])
    }

    @Test func aRangeScoresOnlyItsTokens() {
        let text = "It was a disaster. Then it was wonderful."
        let analysed = Fixtures.analyzer().analyze(text)
        let start = text.utf8.count - "Then it was wonderful.".utf8.count
        let s = SentimentAnalyzer(lexicon: F.lexicon).score(analysed, range: TextRange(start, text.utf8.count))
        #expect(s.compound > 0)
        #expect(s.evidence.allSatisfy { $0.range.start >= start })
    }

    /// Scoring never crashes, stays in range and keeps evidence inside the text.
    @Test(arguments: ["", " ", "\"", "“”‘’", "\"unbalanced", "!!!!", "???", "🙂🙂 😡", "שלום good עולם",
                      "e\u{301}\u{301} bad", "good\r\nbad\r\n", "NOT GOOD", ":) :( <3", "n't n't n't good",
                      String(repeating: "very ", count: 50) + "good", String(repeating: "but ", count: 20)])
    func hardStrings(_ text: String) {
        let analysed = Fixtures.analyzer().analyze(text)
        let s = SentimentAnalyzer(lexicon: F.lexicon).score(analysed)
        #expect((-1...1).contains(s.compound))
        #expect(abs(s.pos + s.neg + s.neu - 1) < 1e-9)
        for e in s.evidence { #expect(e.range.start >= 0 && e.range.end <= analysed.bytes.count && !e.range.isEmpty) }
        _ = SentimentAnalyzer(lexicon: F.lexicon).scoreSentences(analysed)
        _ = StanceAnalyzer(lexicon: F.lexicon).scores(analysed, tokens: 0..<analysed.tokens.count, defaultTarget: "deal")
    }

    @Test func invalidUTF8IsScoredAfterReplacement() {
        let bytes: [UInt8] = Array("good ".utf8) + [0xFF, 0xFE] + Array(" bad".utf8)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect((-1...1).contains(F.sentiment(text).compound))
    }

    @Test func normalizeFollowsVADER() {
        #expect(SentimentAnalyzer.normalize(0) == 0)
        #expect(abs(SentimentAnalyzer.normalize(4) - 4 / (16 + 15).squareRoot()) < 1e-12)
        #expect(SentimentAnalyzer.normalize(1e9) <= 1)
    }
}
