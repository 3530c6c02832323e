import Foundation
import Testing
@testable import QuoteKit

/// Loading and validating the eight scoring lexicons.
@Suite struct ScoringLexiconTests {
    @Test func repositoryLexiconsLoad() throws {
        let lexicon = try ScoringLexicon(directory: Fixtures.lexiconDirectory, analyzer: Fixtures.analyzer())
        #expect(lexicon.targetNames.starts(with: ["deal", "negotiations", "tariffs", "trade"]))
    }

    static let header = "# format: quotekit-lexicon 1\n# name: x\n"

    @Test(arguments: [
        ("valence.tsv", header + "# columns: word\tvalence:number\ngood\t1.9\nbad\t-9\n", 5, "within -4...4"),
        ("valence.tsv", header + "# columns: word\tvalence:number\ngood\t1.9\nGood\t2\n", 5, "not normalised"),
        ("valence.tsv", header + "# columns: word\tvalence:number\ngood\t1.9\ngood\t2\n", 5, "duplicate"),
        ("boosters.tsv", header + "# columns: word\tweight:number\nvery\tlots\n", 4, "must be a number"),
        ("contrast.tsv", header + "# columns: word\tbefore:number\tafter:number\tscope\nbut\t0.5\t1.5\tlater\n", 4, "scope"),
        ("stance-cues.tsv", header + "# columns: phrase\tweight:number\tkind\nwin-win\t-0.8\tfavor\n", 4, "positive for favor"),
        ("hedges.tsv", header + "# columns: word\tkind\nmaybe\tperhaps\n", 4, "hope"),
        ("stance-cues.tsv", header + "# columns: phrase\tweight:number\tkind\ttargets:list\nwork out\t0.6\tfavor\tdeal\nlift\t-0.5\tagainst\tdeal|talkz\n", 5, "unknown target 'talkz'"),
        ("stance-links.tsv", header + "# columns: word\non\nin front of\n", 5, "one word"),
    ])
    func badEntriesNameFileAndLine(_ file: String, _ contents: String, _ line: Int, _ reason: String) throws {
        let dir = try Fixtures.lexiconCopy(replacing: file, with: contents)
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            _ = try ScoringLexicon(directory: dir, analyzer: Fixtures.analyzer())
            Issue.record("expected an error")
        } catch let error as LexiconError {
            #expect(error.file.hasSuffix(file))
            #expect(error.line == line, "\(error)")
            #expect(error.reason.contains(reason), "\(error)")
        }
    }

    @Test(arguments: ["hedges.tsv", "stance-links.tsv"])
    func missingFileIsNamed(_ file: String) throws {
        let error = try #require(try Fixtures.errorLoadingWithout(file) {
            _ = try ScoringLexicon(directory: $0, analyzer: Fixtures.analyzer())
        })
        #expect(error.file.hasSuffix(file))
        #expect(error.reason.contains("missing"), "\(error)")
    }

    /// A cue file without the targets column (a lexicon folder older than it) loads, every cue
    /// speaking of any target; with the column, a cue speaks of its targets only.
    @Test func cueTargetsColumn() throws {
        let old = Self.header + "# columns: phrase\tweight:number\tkind\nagreed\t0.6\tfavor\n"
        let new = Self.header + "# columns: phrase\tweight:number\tkind\ttargets:list\nagreed\t0.6\tfavor\tdeal\n"
        let text = Fixtures.analyzer().analyze("They agreed on the tariffs.")
        for (contents, expected) in [(old, StanceLabel.favor), (new, .none)] {
            let dir = try Fixtures.lexiconCopy(replacing: "stance-cues.tsv", with: contents)
            defer { try? FileManager.default.removeItem(at: dir) }
            let lexicon = try ScoringLexicon(directory: dir, analyzer: Fixtures.analyzer())
            let s = StanceAnalyzer(lexicon: lexicon).score(text, tokens: 0..<text.tokens.count)
            #expect(s.target == "tariffs")
            #expect(s.label == expected, "\(contents)")
        }
    }

    /// The curation rules the files promise (README.lexicons-scoring.md), checked on every run.
    @Test func filesDoNotOverlapWhereOverlapWouldBeAmbiguous() throws {
        let valence = try LexiconTable(contentsOf: Fixtures.lexiconDirectory.appendingPathComponent("valence.tsv"))
        let boosters = try LexiconTable(contentsOf: Fixtures.lexiconDirectory.appendingPathComponent("boosters.tsv"))
        let negators = try LexiconTable(contentsOf: Fixtures.lexiconDirectory.appendingPathComponent("negators.tsv"))
        let modifiers = Set(boosters.rows.map(\.key)).union(negators.rows.map(\.key))
        let negatorWords = Set(negators.rows.map(\.key))
        for row in valence.rows {
            #expect(!modifiers.contains(row.key), "valence.tsv:\(row.line): '\(row.key)' is also a booster or negator")
            let words = row.key.split(separator: " ").map(String.init)
            #expect(words.count == 1 || !words.contains(where: negatorWords.contains),
                    "valence.tsv:\(row.line): '\(row.key)' contains a negator")
        }
    }

    @Test func wordTableFindsEveryKeyAndNothingElse() {
        var entries: [UInt64: WordEntry] = [:]
        for i in 0..<1000 {
            var e = WordEntry()
            e.valence = Double(i)
            entries[KeyHash.of("word\(i)")] = e
        }
        entries[0] = WordEntry()
        let table = WordTable(entries)
        for (k, v) in entries {
            let i = table.index(k)
            #expect(i >= 0 && table.entries[i].valence == v.valence)
        }
        for i in 0..<1000 { #expect(table.index(KeyHash.of("absent\(i)")) == -1) }
        #expect(WordTable([:]).index(12345) == -1)
    }
}
