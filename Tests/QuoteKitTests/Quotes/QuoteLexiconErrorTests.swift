import Foundation
import Testing
@testable import QuoteKit

/// A bad row in the quotes stage's word lists stops loading with its file, line and reason.
@Suite struct QuoteLexiconErrorTests {
    static let header = "# format: quotekit-lexicon 1\n# name: x\n"
    static let verbColumns = "# columns: form\tlemma\tclass\ttense\tindirect\tobject\tnoun\n"

    @Test(arguments: [
        ("speech-verbs.tsv", header + verbColumns + "said\tsay\tneutral\tpast\tyes\tno\t\nreports\treport\tneutral\tpresent3\tyes\tno\tmaybe\n",
         5, "noun must be yes or empty"),
        ("speech-verbs.tsv", header + verbColumns + "said\tsay\tneutral\tpast\tsometimes\tno\t\n", 4, "indirect must be yes, that, quoted, question, finding or no"),
        ("cue-context.tsv", header + "# columns: word\trole\nhas\tauxiliary\nwould\tmodal\n", 5, "role must be auxiliary, finite"),
        ("content-breaks.tsv", header + "# columns: word\tkind\nwhile\tcontrast\nwhich\trelative\n", 5, "kind must be contrast or gloss"),
    ])
    func badRowsNameFileAndLine(_ file: String, _ contents: String, _ line: Int, _ reason: String) throws {
        let dir = try Fixtures.lexiconCopy(replacing: file, with: contents)
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            _ = try QuoteLexicon(directory: dir, analyzer: Fixtures.analyzer())
            Issue.record("expected an error")
        } catch let error as LexiconError {
            #expect(error.file.hasSuffix(file))
            #expect(error.line == line, "\(error)")
            #expect(error.reason.contains(reason), "\(error)")
        }
    }

    @Test(arguments: ["question-words.tsv", "speech-verbs.tsv"])
    func missingFileIsNamed(_ file: String) throws {
        let error = try #require(try Fixtures.errorLoadingWithout(file) { _ = try QuoteLexicon(directory: $0, analyzer: Fixtures.analyzer()) })
        #expect(error.file.hasSuffix(file))
        #expect(error.reason == "missing lexicon file", "\(error)")
    }

    @Test func theRepositoryListsLoad() throws {
        let lexicon = try QuoteLexicon(directory: Fixtures.lexiconDirectory, analyzer: Fixtures.analyzer())
        #expect(lexicon.cueContext[KeyHash.of("would")] == .finite)
        #expect(lexicon.cueContext[KeyHash.of("a")] == .determiner)
        #expect(lexicon.negators.contains(KeyHash.of("not")))
        #expect(lexicon.contentBreaks[KeyHash.of("while")] == .contrast)
        #expect(lexicon.contentBreaks[KeyHash.of("which")] == .gloss)
        let called = Fixtures.analyzer().analyze("called")
        #expect(lexicon.speechVerbs.longestMatch(in: called, at: 0, limit: called.tokens.count)?.value.indirect == .quoted)
        #expect(lexicon.questionWords.contains(KeyHash.of("whether")))
        #expect(lexicon.sourceHeads.contains(KeyHash.of("survey")) && lexicon.sourceHeads.contains(KeyHash.of("ministry")))
        #expect(!lexicon.sourceHeads.contains(KeyHash.of("official")))
    }
}
