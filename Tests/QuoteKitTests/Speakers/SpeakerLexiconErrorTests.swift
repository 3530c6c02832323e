import Foundation
import Testing
@testable import QuoteKit

/// A bad row in the speakers stage's word lists stops loading with its file, line and reason.
@Suite struct SpeakerLexiconErrorTests {
    static let header = "# format: quotekit-lexicon 1\n# name: x\n"

    @Test(arguments: [
        ("given-names.tsv", header + "# columns: name\tgender\nmaud\tfemale\nrobin\teither\n", 5, "male or female"),
        ("turn-descriptions.tsv", header + "# columns: phrase\trefers\nthe other\tother\nthe third\tthird\n", 5, "other, former or latter"),
        ("relation-nouns.tsv", header + "# columns: noun\tgender\tfamily\tpartner\nfather\tmale\tmarried\t\nbrother\tmale\tsibling\t\n", 5, "yes, married or empty"),
        ("relation-nouns.tsv", header + "# columns: noun\tgender\tfamily\tpartner\nfather\tmale\tmarried\t\nuncle\tmale\t\taunt\n", 5, "partner must be a noun of this file"),
        ("titles.tsv", header + "# columns: title\tkind\tgender\tstatus\nmr\thonorific\tmale\t\nmiss\thonorific\tfemale\tsingle\n", 5, "unmarried or empty"),
        ("affiliation-words.tsv", header + "# columns: word\trole\nat\taffiliation\ninstitute\tcompany\n", 5, "affiliation, copula, article, organisation or connector"),
        ("description-heads.tsv", header + "# columns: phrase\tkind\tnumber\ncampaign\torganisation\tsingular\nteam\tgroup\tsingular\n", 5, "person or organisation"),
        ("description-heads.tsv", header + "# columns: phrase\tkind\tnumber\ncampaign\torganisation\tsingular\nallies\tperson\tmany\n", 5, "singular or plural"),
        ("role-nouns.tsv", header + "# columns: phrase\tkind\tnumber\npoll\tdocument\tsingular\nmemo\tpaper\tsingular\n", 5, "person, organisation or document"),
        ("role-nouns.tsv", header + "# columns: phrase\tkind\tnumber\nvoters\tperson\tplural\naides\tperson\tmany\n", 5, "singular or plural"),
        ("share-words.tsv", header + "# columns: word\tkind\nhalf\tshare\ndozen\tcount\n", 5, "share, modifier, number or opener"),
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

    @Test(arguments: ["description-heads.tsv", "name-suffixes.tsv", "role-nouns.tsv", "share-words.tsv"])
    func missingFileIsNamed(_ file: String) throws {
        let error = try #require(try Fixtures.errorLoadingWithout(file) {
            _ = try SpeakerLexicon(directory: $0, extraRegistries: [], analyzer: Fixtures.analyzer())
        })
        #expect(error.file.hasSuffix(file))
        #expect(error.reason == "missing lexicon file", "\(error)")
    }

    @Test func theRepositoryListsLoad() throws {
        let lexicon = try SpeakerLexicon(directory: Fixtures.lexiconDirectory, extraRegistries: [], analyzer: Fixtures.analyzer())
        #expect(lexicon.givenNames[KeyHash.of("jane")] == "female")
        #expect(lexicon.turnDescriptions["the latter"] == "latter")
        #expect(lexicon.familyRelations[KeyHash.of("wife")] == true)
        #expect(lexicon.familyRelations[KeyHash.of("brother")] == false)
        #expect(lexicon.familyRelations[KeyHash.of("friend")] == nil)
        #expect(lexicon.relationPartners[KeyHash.of("uncle")] == KeyHash.of("aunt"))
        #expect(lexicon.unmarriedTitles == ["miss"])
        #expect(lexicon.organisationHeads.contains("institute"))
        #expect(lexicon.indefinites.contains(KeyHash.of("an")) && lexicon.determiners.contains(KeyHash.of("an")))
        #expect(lexicon.prepositions.contains(KeyHash.of("in")))
    }
}
