import Foundation
import Testing
@testable import QuoteKit

/// A bad row in the speakers stage's word lists stops loading with its file, line and reason.
@Suite struct SpeakerLexiconErrorTests {
    static let header = "# format: quotekit-lexicon 1\n# name: x\n"

    @Test(arguments: [
        ("given-names.tsv", header + "# columns: name\tgender\nmaud\tfemale\nrobin\teither\n", 5, "male or female"),
        ("turn-descriptions.tsv", header + "# columns: phrase\trefers\nthe other\tother\nthe third\tthird\n", 5, "other, former or latter"),
    ])
    func badRowsNameFileAndLine(_ file: String, _ contents: String, _ line: Int, _ reason: String) throws {
        let dir = try Fixtures.lexiconCopy(replacing: file, with: contents)
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            _ = try SpeakerLexicon(directory: dir, extraRegistries: [], analyzer: Fixtures.analyzer())
            Issue.record("expected an error")
        } catch let error as LexiconError {
            #expect(error.file.hasSuffix(file))
            #expect(error.line == line, "\(error)")
            #expect(error.reason.contains(reason), "\(error)")
        }
    }

    @Test func theRepositoryListsLoad() throws {
        let lexicon = try SpeakerLexicon(directory: Fixtures.lexiconDirectory, extraRegistries: [], analyzer: Fixtures.analyzer())
        #expect(lexicon.givenNames[KeyHash.of("jane")] == "female")
        #expect(lexicon.turnDescriptions["the latter"] == "latter")
    }
}
