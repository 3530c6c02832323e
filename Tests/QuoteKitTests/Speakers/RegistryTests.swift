import Foundation
import Testing
@testable import QuoteKit

@Suite("Speakers: registry")
struct RegistryTests {
    @Test("a user registry is merged over the default one")
    func userRegistry() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qk-reg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("mine.tsv")
        try """
        # format: quotekit-lexicon 1
        # name: my-speakers
        # key: id
        # columns: id\tname\taliases:list\trole\torganisation\tcountry\tkind\tgender
        maria-okafor\tMaria Okafor\tOkafor|Ms. Okafor\ttrade lawyer\tDunmore & Pike\tUnited States\tperson\tfemale
        """.write(to: file, atomically: true, encoding: .utf8)
        let lexicons = try Lexicons(directory: Fixtures.lexiconDirectory, speakerRegistries: [file])
        #expect(lexicons.registry.entry(id: "maria-okafor")?.name == "Maria Okafor")
        #expect(lexicons.registry.entry(id: "donald-trump") != nil)
        let a = Pipeline(lexicons: lexicons).makeAnalyzer().analyze(Document(id: "t", text: "“Prices will rise,” Okafor said."))
        #expect(a.quotes.first?.speaker?.id == "maria-okafor")
    }

    @Test("a bad registry line is refused with file:line")
    func badKind() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qk-reg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("bad.tsv")
        try "# format: quotekit-lexicon 1\n# key: id\n# columns: id\tname\taliases:list\trole\torganisation\tcountry\tkind\tgender\nx\tX\t\t\t\t\trobot\t\n"
            .write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: LexiconError.self) { try Lexicons(directory: Fixtures.lexiconDirectory, speakerRegistries: [file]) }
        do { _ = try Lexicons(directory: Fixtures.lexiconDirectory, speakerRegistries: [file]) } catch let e as LexiconError {
            #expect(e.description == "\(file.path):4: kind must be person or organisation, found 'robot'")
        }
    }

    @Test("names match without diacritics", arguments: ["Maroš Šefčovič", "Maros Sefcovic"])
    func diacritics(_ name: String) {
        let a = Pipeline(lexicons: Fixtures.lexicons).makeAnalyzer().analyze(Document(id: "t", text: "“We are ready,” \(name) said."))
        #expect(a.quotes.first?.speaker?.id == Fixtures.lexicons.registry.entries.first { $0.aliases.contains("Maros Sefcovic") || $0.aliases.contains("Maroš Šefčovič") }?.id)
        #expect(a.quotes.first?.speaker?.id != nil)
    }

    @Test("a Roman numeral after a section word is no mention (CHAPTER XI), the same letters elsewhere are",
          arguments: [("CHAPTER XI.\n\nThe talks went on all night.", false), ("Part XI\n\nThe talks went on.", false),
                      ("XI ARRIVES IN WASHINGTON\n\nThe talks went on.", true), ("Chapter 3\n\nXi arrived on Monday.", true)])
    func sectionNumbers(_ text: String, _ mentioned: Bool) {
        let a = AttributionTests.analyse(text)
        #expect(a.speakers.contains { $0.id == "xi-jinping" } == mentioned)
    }

    @Test("in the narrative, an organisation's capitalised alias in lower case is some other one",
          arguments: [("He held a commission in the army. The commission was signed in May.", "european-commission", false),
                      ("Trade talks stalled. The Commission wants more time, and the Commission will meet.", "european-commission", true),
                      ("Trade talks stalled. It was a plan the administration liked.", "trump-administration", true),
                      ("The talks were candid, according to the Xinhua news agency.", "xinhua", true)])
    func lowerCaseOrganisation(_ text: String, _ id: String, _ mentioned: Bool) {
        let a = AttributionTests.analyse(text)
        #expect(a.speakers.contains { $0.id == id } == mentioned, "\(a.speakers.map(\.id))")
    }
}
