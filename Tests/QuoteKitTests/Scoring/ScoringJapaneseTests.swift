import Foundation
import Testing
@testable import QuoteKit

/// Japanese sentiment and stance: the Japanese words of the scoring lexicons, negation that follows the
/// word it negates (歓迎しない), Japanese clause marks, and which quotes the pipeline scores.
@Suite struct ScoringJapaneseTests {
    typealias F = ScoringFixtures

    @Test(arguments: [
        ("政府は合意を歓迎する。", 1),
        ("首相は強い懸念を示した。", -1),
        ("会談は東京で行われた。", 0),
    ])
    func sign(_ text: String, _ expected: Int) {
        let c = F.sentiment(text).compound
        switch expected {
        case 1: #expect(c >= 0.05, "\(text): \(c)")
        case -1: #expect(c <= -0.05, "\(text): \(c)")
        default: #expect(c == 0, "\(text): \(c)")
        }
    }

    /// A negator after the word flips and damps it, as "not" before an English word does.
    @Test(arguments: [
        ("政府は合意を歓迎しない。", "政府は合意を歓迎する。"),
        ("首相は合意を評価していません。", "首相は合意を評価している。"),
        ("関税は容認できない。", "関税は容認できる。"),
        ("それは問題ではない。", "それは問題だ。"),
    ])
    func negationAfterFlips(_ negated: String, _ plain: String) {
        let n = F.sentiment(negated).compound, p = F.sentiment(plain).compound
        #expect(n * p < 0, "negation should flip: \(n) vs \(p)")
        #expect(abs(n) < abs(p), "negation should damp: \(n) vs \(p)")
    }

    @Test func theEvidenceRunsToTheNegator() {
        let text = "政府は合意を歓迎しない。"
        #expect(F.evidenceTexts(F.sentiment(text), in: text) == ["歓迎しない"])
    }

    /// A following negator stops at 、 (a clause mark) and negates only the nearest word before it.
    @Test func negationAfterStaysInItsClause() {
        #expect(F.sentiment("合意を歓迎、ただ詳細は決めていない。").compound > 0)
        // ない negates 問題 (the nearer word), not 歓迎: 歓迎 stays positive in the evidence.
        let text = "歓迎する問題ではない。"
        let s = F.sentiment(text)
        let weights = Dictionary(uniqueKeysWithValues: zip(F.evidenceTexts(s, in: text), s.evidence.map(\.weight)))
        #expect((weights["歓迎"] ?? 0) > 0 && (weights["問題ではない"] ?? 0) > 0, "\(weights)")
    }

    @Test func fullWidthExclamationEmphasises() {
        #expect(F.sentiment("合意を歓迎する！").compound > F.sentiment("合意を歓迎する。").compound)
    }

    @Test(arguments: [
        ("この合意を歓迎しない。", StanceLabel.against, "deal"),
        ("合意の着実な実施に向けて協議を続ける。", .favor, "deal"),
        ("関税の撤廃を求める。", .against, "tariffs"),
        ("関税は容認できない。", .against, "tariffs"),
        ("交渉は東京で行われた。", .none, "negotiations"),
    ])
    func stance(_ text: String, _ expected: StanceLabel, _ target: String) {
        let s = F.stance(text)
        #expect(s.label == expected, "\(text): \(s.score)")
        #expect(s.target == target)
    }

    /// Quotes in Japanese are scored when the lexicons know Japanese; without Japanese words they, and
    /// quotes in Chinese (no kana) always, are left unscored rather than counted as neutral.
    @Test func thePipelineScoresJapaneseQuotesWhenTheLexiconsKnowJapanese() throws {
        let text = "石破茂首相は記者団に「この合意を歓迎しない」と述べた。"
        func quote(_ pipeline: Pipeline) throws -> Quote {
            let a = pipeline.makeAnalyzer().analyze(Document(id: "ja", text: text))
            return try #require(a.quotes.first { $0.kind == .direct })
        }
        let scored = try quote(Pipeline(lexicons: Fixtures.lexicons))
        #expect((scored.sentiment?.compound ?? 0) < 0)
        #expect(scored.stance?.label == .against)

        let valence = try String(contentsOf: Fixtures.lexiconDirectory.appendingPathComponent("valence.tsv"), encoding: .utf8)
        let englishOnly = valence.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !ScoringLexicon.hasKana(String($0)) || $0.hasPrefix("#") }.joined(separator: "\n")
        let dir = try Fixtures.lexiconCopy(replacing: "valence.tsv", with: englishOnly)
        defer { try? FileManager.default.removeItem(at: dir) }
        let english = try Lexicons(directory: dir)
        #expect(!english.scoring.coversJapanese)
        let unscored = try quote(Pipeline(lexicons: english))
        #expect(unscored.sentiment == nil && unscored.stance == nil)
    }

    @Test func aBadNegatorPositionNamesFileLineAndReason() throws {
        let dir = try Fixtures.lexiconCopy(replacing: "negators.tsv", with: """
            # format: quotekit-lexicon 1
            # name: negators
            # columns: word\tposition
            not\tbefore
            ない\tbehind

            """)
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            _ = try ScoringLexicon(directory: dir, analyzer: Fixtures.analyzer())
            Issue.record("a bad position loaded")
        } catch let error as LexiconError {
            #expect(error.file.hasSuffix("negators.tsv") && error.line == 5 && error.reason.contains("position"), "\(error)")
        }
    }
}
