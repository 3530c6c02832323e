import Foundation
import Testing
@testable import QuoteKit

/// Reading user lexicons in VADER's and AFINN's formats, and what they change.
@Suite struct ScoringUserLexiconTests {
    typealias F = ScoringFixtures

    func fixture(_ name: String) -> URL { F.directory.appendingPathComponent(name) }

    @Test func readsVADERFormatIgnoringExtraColumns() throws {
        let user = try UserLexicon(contentsOf: fixture("vader-sample.txt"), format: .vader)
        #expect(user.entries.map(\.key) == ["good", "meh", ":-d", "gizmo", "meh"])
        #expect(user.entries.map(\.valence) == [1.9, -0.3, 2.3, 3.5, -0.6])
    }

    @Test func readsAFINNFormatRescaled() throws {
        let user = try UserLexicon(contentsOf: fixture("afinn-sample.txt"), format: .afinn)
        #expect(user.entries.map(\.key) == ["gizmo", "superb", "does not work", "widget"])
        #expect(user.entries.map(\.valence) == [3.2, -4.0, -2.4000000000000004, 0])
    }

    @Test func specificationNamesFormatAndPath() throws {
        let user = try UserLexicon(specification: "AFINN:" + fixture("afinn-sample.txt").path)
        #expect(user.format == .afinn)
        #expect(throws: LexiconError.self) { try UserLexicon(specification: "sentiwordnet:/tmp/x.txt") }
        #expect(throws: LexiconError.self) { try UserLexicon(specification: "no-colon") }
    }

    @Test(arguments: [
        ("vader-bad-line.txt", UserLexicon.Format.vader, 2, "no TAB"),
        ("vader-bad-number.txt", .vader, 2, "mean must be a number"),
        ("afinn-out-of-range.txt", .afinn, 2, "within -5...5"),
        ("afinn-not-integer.txt", .afinn, 2, "whole number"),
        ("vader-sample.txt", .afinn, 1, "2 columns"),
    ])
    func badLinesNameFileAndLine(_ name: String, _ format: UserLexicon.Format, _ line: Int, _ reason: String) {
        let url = fixture(name)
        do {
            _ = try UserLexicon(contentsOf: url, format: format)
            Issue.record("expected an error for \(name)")
        } catch let error as LexiconError {
            #expect(error.file == url.path)
            #expect(error.line == line)
            #expect(error.reason.contains(reason), "\(error)")
            #expect(error.description.hasPrefix("\(url.path):\(line): "))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func missingFileIsAnErrorNamingIt() {
        #expect(throws: LexiconError.self) { try UserLexicon(specification: "vader:/nonexistent/lexicon.txt") }
    }

    @Test func userEntriesOverrideAndExtendValence() throws {
        let vader = try UserLexicon(contentsOf: fixture("vader-sample.txt"), format: .vader)
        let afinn = try UserLexicon(contentsOf: fixture("afinn-sample.txt"), format: .afinn)
        let lexicon = try ScoringLexicon(directory: Fixtures.lexiconDirectory, analyzer: Fixtures.analyzer(),
                                         userLexicons: [vader, afinn])
        // New word; a later file wins over an earlier one ("gizmo" 3.5 then 3.2).
        let gizmo = F.sentiment("what a gizmo", lexicon: lexicon)
        #expect(abs(gizmo.raw - 3.2) < 1e-9)
        // Override: AFINN's "superb" -5 becomes -4.
        #expect(F.sentiment("superb", lexicon: lexicon).compound < 0)
        // A later duplicate in one file wins ("meh" -0.3 then -0.6).
        #expect(abs(F.sentiment("meh", lexicon: lexicon).raw + 0.6) < 1e-9)
        // A multi-word key matches as a phrase.
        #expect(F.evidenceTexts(F.sentiment("it does not work", lexicon: lexicon), in: "it does not work") == ["does not work"])
        // A key with capitals in the file is folded ("Gizmo", ":-D").
        #expect(F.sentiment("GIZMO :-D", lexicon: lexicon).compound > 0)
        // The repository's lexicon alone knows none of these.
        #expect(F.sentiment("what a gizmo").compound == 0)
    }

    @Test func zeroMakesAWordNeutral() throws {
        let user = try UserLexicon(text: "good\t0\n", format: .afinn, path: "inline")
        let lexicon = try ScoringLexicon(directory: Fixtures.lexiconDirectory, analyzer: Fixtures.analyzer(), userLexicons: [user])
        #expect(F.sentiment("good", lexicon: lexicon).compound == 0)
    }
}
