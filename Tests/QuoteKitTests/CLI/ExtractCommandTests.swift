import Foundation
import Testing

@Suite("CLI: extract", .serialized)
struct ExtractCommandTests {
    @Test("JSONL in the output schema, ids kept, scalar offsets")
    func jsonl() throws {
        let input = #"{"id": "a1", "text": "Café owners worry. “Prices will rise,” Trump said."}"# + "\n"
        let r = try CLI.run(["extract", "-"], input: input)
        #expect(r.status == 0)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(doc["id"] as? String == "a1")
        let q = try #require((doc["quotes"] as? [[String: Any]])?.first)
        #expect(q["kind"] as? String == "direct")
        #expect(q["start"] as? Int == 20)   // “ is scalar 19: “Café” counts é as one
        #expect(q["text"] as? String == "Prices will rise,")
        let speaker = try #require(q["speaker"] as? [String: Any])
        #expect(speaker["name"] as? String == "Donald Trump")
        #expect(speaker["id"] as? String == "donald-trump")
        #expect((speaker["mention"] as? [String: Any])?["text"] as? String == "Trump")
        #expect((q["cue"] as? [String: Any])?["text"] as? String == "said")
        #expect((doc["speakers"] as? [[String: Any]])?.contains { $0["id"] as? String == "donald-trump" } == true)
    }

    @Test("--date-field reads the date from a dotted path, and the date decides who 'the president' is")
    func dateField() throws {
        let input = #"{"id": "a", "meta": {"publication_date": "2016-05-01"}, "text": "The president said the economy was growing."}"# + "\n"
        let plain = try CLI.run(["extract", "-"], input: input)
        let dated = try CLI.run(["extract", "--date-field", "meta.publication_date", "-"], input: input)
        #expect(plain.status == 0 && dated.status == 0)
        let p = try #require(try JSONSerialization.jsonObject(with: Data(plain.stdout.utf8)) as? [String: Any])
        let d = try #require(try JSONSerialization.jsonObject(with: Data(dated.stdout.utf8)) as? [String: Any])
        #expect(p["date"] == nil)
        #expect(d["date"] as? String == "2016-05-01")
        func speaker(_ doc: [String: Any]) -> String? { ((doc["quotes"] as? [[String: Any]])?.first?["speaker"] as? [String: Any])?["id"] as? String }
        #expect(speaker(p) == "donald-trump")
        #expect(speaker(d) != "donald-trump" && speaker(d) != nil)
        let bad = try CLI.run(["extract", "--date-field", "meta.", "-"], input: input)
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--date-field"))
    }

    @Test("--format table lists speaker, kind, cue and an excerpt")
    func table() throws {
        _ = try Fixtures.seedArticle()   // without ../shared: an error naming the missing file
        let r = try CLI.run(["extract", "--format", "table", Fixtures.shared.appendingPathComponent("seed/article.txt").path])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("Kurt Tong") && $0.contains("suggested") })
        #expect(lines.filter { $0.hasPrefix("Donald Trump") }.count == 3)
    }

    @Test("--speakers merges a user registry")
    func userSpeakers() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("qk-cli-reg-\(UUID().uuidString).tsv")
        try "# format: quotekit-lexicon 1\n# key: id\n# columns: id\tname\taliases:list\trole\torganisation\tcountry\tkind\tgender\nmaria-okafor\tMaria Okafor\tOkafor\t\t\t\tperson\tfemale\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["extract", "--speakers", file.path, "-"], input: "“Prices will rise,” Okafor said.")
        #expect(r.status == 0)
        #expect(r.stdout.contains("\"id\":\"maria-okafor\""))
    }
}

@Suite("CLI: speakers", .serialized)
struct SpeakersCommandTests {
    @Test("the sample corpus: the seed's five speakers with stance toward the deal")
    func corpus() throws {
        let r = try CLI.run(["speakers", Fixtures.corpusDirectory.path, "--format", "jsonl"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        for name in ["Donald Trump", "Scott Bessent", "EJ Antoni", "Shigeru Ishiba", "Kurt Tong"] {
            let s = lines.first { $0["speaker"] as? String == name }
            #expect((s?["quotes"] as? Int ?? 0) >= 5, "\(name) quoted")
            #expect(((s?["by_month"] as? [String: Any])?.count ?? 0) >= 3, "\(name) over time")
        }
    }
}
