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

    /// The speaker of the first quote of `text` in a document of `date`, by the repository's registry.
    static func speaker(_ text: String, date: String?) -> String? {
        Pipeline(lexicons: Fixtures.lexicons).makeAnalyzer().analyze(Document(id: "t", text: text, date: date)).quotes.first?.speaker?.id
    }

    @Test("an office alias names whoever held the office on the document's date; a name alias names its speaker at any date",
          arguments: [
              ("The president said the economy was growing.", "2025-05-01", "donald-trump"),
              ("The president said the economy was growing.", "2018-05-01", "donald-trump"),        // first term
              ("The president said the economy was growing.", "2016-05-01T09:30:00Z", nil),          // nobody the registry knows
              ("The president said the economy was growing.", nil, "donald-trump"),                  // undated: the present holder
              ("President Trump said the economy was growing.", "2016-05-01", "donald-trump"),       // a name alias
              ("Japan's prime minister said the talks were useful.", "2025-05-01", "shigeru-ishiba"),
              ("Japan's prime minister said the talks were useful.", "2025-10-21", "sanae-takaichi"), // the end day is the next holder's
              ("The chief cabinet secretary said Tokyo would respond calmly.", "2025-03-01", "yoshimasa-hayashi"),
              ("The chief cabinet secretary said Tokyo would respond calmly.", "2025-12-01", "minoru-kihara"),
              ("Japan's prime minister said the talks were useful.", "not a date", "sanae-takaichi"),   // as undated
          ] as [(String, String?, String?)])
    func officeAliasByDate(_ text: String, _ date: String?, _ expected: String?) {
        let id = Self.speaker(text, date: date)
        if let expected { #expect(id == expected) } else { #expect(id.map { Fixtures.lexicons.registry.entry(id: $0) == nil } ?? true, "\(id ?? "nil")") }
    }

    @Test("terms are read, and a bad one is refused with file:line", arguments: [
        ("2017-01-20/2021-01-20|2025-01-20/", ""),
        ("2025-01-20", "a term is YYYY-MM-DD/YYYY-MM-DD"),
        ("2025-13-01/", "a term is"),
        ("2021-01-20/2017-01-20", "a term is"),
        ("2025-01-20/|2017-01-20/2021-01-20", "in order and not overlapping"),
    ])
    func terms(_ terms: String, _ reason: String) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qk-reg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("terms.tsv")
        try "# format: quotekit-lexicon 1\n# key: id\n# columns: id\tname\taliases:list\trole\torganisation\tcountry\tkind\tgender\tterms:list\nmara-quist\tMara Quist\tQuist|the governor\tGovernor\t\tNorland\tperson\tfemale\t\(terms)\n"
            .write(to: file, atomically: true, encoding: .utf8)
        do {
            let entries = try SpeakerRegistry.load(file)
            #expect(reason.isEmpty, "expected an error")
            let quist = try #require(entries.first)
            #expect(quist.terms.count == 2)
            #expect(quist.holdsOffice(on: "2018-06-01") && !quist.holdsOffice(on: "2022-06-01") && quist.holdsOffice(on: "2026-01-01"))
            #expect(quist.holdsOffice(on: nil))
        } catch let e as LexiconError {
            #expect(!reason.isEmpty, "\(e)")
            #expect(e.line == 4 && e.reason.contains(reason), "\(e)")
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
