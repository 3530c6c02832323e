import Foundation
import Testing

/// `quotekit eval` as a user runs it: the built binary, its output and exit status, and every row of the
/// bad-input table in docs/EVAL.md.
@Suite("Evaluation: the eval command and its bad inputs", .serialized)
struct EvaluationCommandTests {
    let gold = EvaluationFixtures.path("news-gold.jsonl")
    let pred = EvaluationFixtures.path("news-pred.jsonl")

    /// A one-document news gold line whose text is `text` and whose one quote is `quote` in it.
    func goldLine(id: String, text: String, quote: String) -> String {
        let scalars = Array(text.unicodeScalars), q = Array(quote.unicodeScalars)
        let start = (0...(scalars.count - q.count)).first { Array(scalars[$0..<$0 + q.count]) == q } ?? 0
        return #"{"id": "\#(id)", "text": "\#(text)", "quotes": [{"start": \#(start), "end": \#(start + q.count), "kind": "direct", "speaker": "Ann Lee", "speaker_mention": null}]}"#
    }

    @Test("figures as a table, and as JSON with the reference scorer's keys")
    func tableAndJSON() throws {
        let table = try CLI.run(["eval", "--gold", gold, "--pred", pred])
        #expect(table.status == 0)
        #expect(table.stdout.contains("detection         gold 8  predicted 8  matched 6  P 0.7500  R 0.7500  F1 0.7500"))
        #expect(table.stdout.contains("documents         3 (1 without a prediction)"))
        #expect(table.stderr.contains("warning: \(pred): 1 predicted documents have no gold document (ignored), e.g. zz-not-in-gold"))
        let json = try CLI.run(["eval", "--gold", gold, "--pred", pred, "--json", "--errors", "2"])
        let report = try #require(try EvaluationFixtures.parse(json.stdout) as? [String: Any])
        #expect((report["all"] as? [String: Any])?["f1"] as? Double == 0.75)
        #expect((report["missed"] as? [Any])?.count == 2)
        #expect((report["speaker_errors"] as? [[String: Any]])?.first?["gold"] as? String == " a resident")
    }

    @Test("predictions on standard input, as from quotekit extract through a pipe")
    func standardInput() throws {
        let input = try String(contentsOfFile: pred, encoding: .utf8)
        let r = try CLI.run(["eval", "--gold", gold, "--pred", "-", "--json"], input: input)
        #expect(r.status == 0)
        #expect(r.stdout.contains("\"matched\": 6"))
    }

    @Test("--run analyses the gold texts itself")
    func runPipeline() throws {
        let file = try EvaluationFixtures.temporaryFile([goldLine(id: "r1", text: "“Prices will rise,” Ann Lee said.", quote: "Prices will rise,")])
        let r = try CLI.run(["eval", "--gold", file, "--run", "--json"])
        #expect(r.status == 0)
        let report = try #require(try EvaluationFixtures.parse(r.stdout) as? [String: Any])
        #expect((report["all"] as? [String: Any])?["matched"] as? Int == 1)
        #expect((report["speaker_accuracy"] as? [String: Any])?["all"] as? Double == 1.0)
        // Several threads give the same figures as one.
        let one = try CLI.run(["eval", "--gold", gold, "--run", "--json"])
        let two = try CLI.run(["eval", "--gold", gold, "--run", "--json", "--jobs", "2"])
        #expect(one.status == 0 && one.stdout == two.stdout)
        let sentiment = try CLI.run(["eval", "--gold", EvaluationFixtures.path("sentiment-gold.jsonl"), "--run", "--json"])
        #expect(sentiment.status == 0)
        #expect(sentiment.stdout.contains("\"n\": 7"))
    }

    // The bad-input table (docs/EVAL.md), one test per row.

    @Test("a gold file that does not exist: failed, exit 1, no figures")
    func missingGold() throws {
        let r = try CLI.run(["eval", "--gold", "/nonexistent/gold.jsonl", "--pred", pred])
        #expect(r.status == 1)
        #expect(r.stderr.contains("failed: /nonexistent/gold.jsonl: no such file or directory"))
        #expect(r.stdout.isEmpty)
    }

    @Test("an empty gold file: no gold documents, exit 1")
    func emptyGold() throws {
        let file = try EvaluationFixtures.temporaryFile(["", "  "])
        let r = try CLI.run(["eval", "--gold", file, "--pred", pred])
        #expect(r.status == 1)
        #expect(r.stderr.contains("failed: \(file): no gold documents"))
    }

    @Test("bad gold lines fail with file:line, the others are scored, exit 1",
          arguments: [
            (#"{"id": "x", "text": "abc", "quotes": [}"#, "malformed JSON"),
            (#"["not", "an", "object"]"#, "not a JSON object"),
            (#"{"id": "x", "quotes": []}"#, "no string field \"text\""),
            (#"{"text": "abc", "quotes": []}"#, "no \"id\""),
            (#"{"id": "x", "text": "abc"}"#, "no \"attributions\", \"quotes\" or \"gold\": not a gold format"),
            (#"{"id": "x", "text": "abc", "quotes": [{"start": 1, "end": 9}]}"#, "quote 1 1..<9 is outside the text (3 Unicode scalars)"),
            (#"{"id": "x", "text": "abc", "quotes": [{"start": "1", "end": 2}]}"#, "quote 1 has no integer \"start\" and \"end\""),
            (#"{"id": "x", "text": "abc", "attributions": [{"content": {"start": 2, "end": 1}}]}"#, "attribution 1 content 2..<1 is outside the text"),
          ])
    func badGoldLine(line: String, reason: String) throws {
        let good = goldLine(id: "ok", text: "“Prices will rise,” Ann Lee said.", quote: "Prices will rise,")
        let file = try EvaluationFixtures.temporaryFile([good, line])
        let r = try CLI.run(["eval", "--gold", file, "--run", "--json"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("failed: \(file):2: \(reason)"), "\(r.stderr)")
        #expect(r.stdout.contains("\"documents\": 1"))
    }

    @Test("invalid UTF-8 in a gold line: that line fails with the byte, exit 1")
    func invalidUTF8() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("qk-eval-\(UUID().uuidString).jsonl")
        let good = goldLine(id: "ok", text: "“Prices will rise,” Ann Lee said.", quote: "Prices will rise,")
        try Data(Array((good + "\n").utf8) + Array(#"{"id": "b", "text": "ab"#.utf8) + [0xFF] + Array(#"c", "quotes": []}"#.utf8) + [0x0A]).write(to: url)
        let r = try CLI.run(["eval", "--gold", url.path, "--run"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("failed: \(url.path):2: invalid UTF-8 at byte 23 of the line"))
        #expect(r.stdout.contains("documents         1"))
        // The same in a prediction line.
        let predURL = FileManager.default.temporaryDirectory.appendingPathComponent("qk-eval-\(UUID().uuidString).jsonl")
        try Data(Array(#"{"id": "n1", "quotes": [], "x": "a"#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)).write(to: predURL)
        let p = try CLI.run(["eval", "--gold", gold, "--pred", predURL.path])
        #expect(p.status == 1)
        #expect(p.stderr.contains("failed: \(predURL.path):1: invalid UTF-8 at byte 34 of the line"), "\(p.stderr)")
    }

    @Test("a byte-order mark opening the gold file is ignored; U+FEFF inside a text keeps its offset")
    func byteOrderMarks() throws {
        // "\n" then U+FEFF: Foundation's JSON parser drops such a U+FEFF unless the reader escapes it.
        let line = #"{"id": "b", "text": "Intro.\n\#u{FEFF}“Prices will rise,” Ann Lee said.", "quotes": [{"start": 9, "end": 26, "kind": "direct", "speaker": "Ann Lee"}]}"#
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("qk-eval-\(UUID().uuidString).jsonl")
        try Data([0xEF, 0xBB, 0xBF] + Array((line + "\n").utf8)).write(to: url)
        let pred = try EvaluationFixtures.temporaryFile([#"{"id": "b", "quotes": [{"start": 9, "end": 26, "kind": "direct", "speaker": {"name": "Ann Lee"}}]}"#])
        let r = try CLI.run(["eval", "--gold", url.path, "--pred", pred, "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\"matched\": 1"))
        let errors = try CLI.run(["eval", "--gold", url.path, "--pred", pred, "--errors", "1"])
        #expect(!errors.stdout.contains("missed (1"))
    }

    @Test("a bad prediction line fails; its document counts as without a prediction; exit 1", arguments: [
        (#"{"id": "n1", "quotes": [{"start": 1}]}"#, "quote 1 has no integer \"start\" and \"end\""),
        (#"{"id": "n1", "quotes": {}}"#, "no \"quotes\" array"),
        (#"{"quotes": []}"#, "no \"id\""),
        (#"{"id": "n1", "quotes": ["#, "malformed JSON"),
        (#"{"id": "n1", "quotes": [7]}"#, "quote 1 is not an object"),
        (#"{"id": "n1", "score": "high"}"#, "\"score\" is not a finite number"),
    ])
    func badPredictionLine(line: String, reason: String) throws {
        let file = try EvaluationFixtures.temporaryFile([line])
        let r = try CLI.run(["eval", "--gold", gold, "--pred", file, "--json"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("failed: \(file):1: \(reason)"), "\(r.stderr)")
        #expect(r.stdout.contains("\"documents_without_prediction\": 3"))
    }

    @Test("predicted offsets outside the text: clamped with a warning, scored, exit 0")
    func predictionOutsideText() throws {
        let file = try EvaluationFixtures.temporaryFile([#"{"id": "n3", "quotes": [{"start": -5, "end": 4000, "kind": "direct", "speaker": {"name": "X", "mention": {"start": 9000, "end": 9001}}}]}"#])
        let r = try CLI.run(["eval", "--gold", gold, "--pred", file, "--json"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("warning: n3: predicted quote 1 has offsets outside the text (46 Unicode scalars); clamped"))
        #expect(r.stdout.contains("\"pred\": 1"))
    }

    @Test("a repeated prediction id: the later line wins, with a warning, exit 0")
    func repeatedPredictionID() throws {
        let first = #"{"id": "n3", "quotes": [{"start": 25, "end": 45, "kind": "indirect"}]}"#
        let file = try EvaluationFixtures.temporaryFile([first, #"{"id": "n3", "quotes": []}"#])
        let r = try CLI.run(["eval", "--gold", gold, "--pred", file, "--json"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("warning: \(file):2: id n3 repeats line 1; the later line is used"))
        #expect(r.stdout.contains("\"pred\": 0"))
    }

    @Test("usage errors exit 64", arguments: [
        ["eval", "--gold", "g.jsonl"],
        ["eval", "--gold", "g.jsonl", "--run", "--pred", "p.jsonl"],
        ["eval", "--gold", "g.jsonl", "--run", "--errors", "-1"],
        ["eval", "--gold", "g.jsonl", "--run", "--jobs", "0"],
    ])
    func usage(arguments: [String]) throws {
        let r = try CLI.run(arguments)
        #expect(r.status == 64)
    }

    @Test("--run with a lexicon folder that does not load: the loader's reason, exit 64")
    func badLexicons() throws {
        let r = try CLI.run(["eval", "--gold", gold, "--run", "--lexicons", "/nonexistent-lexicons"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("/nonexistent-lexicons/"), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test("sentiment predictions missing for some texts: counted as missing, the rest scored, exit 0")
    func sentimentMissing() throws {
        let file = try EvaluationFixtures.temporaryFile([#"{"id": "s1", "score": 0.8}"#, #"{"id": "s2", "score": -0.6}"#, #"{"id": "s3", "score": 0}"#])
        let r = try CLI.run(["eval", "--gold", EvaluationFixtures.path("sentiment-gold.jsonl"), "--pred", file, "--json"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("\"n\": 3") && r.stdout.contains("\"missing\": 4"))
    }

    @Test("a figure under its floor: listed on stderr, figures still printed, exit 2")
    func belowFloor() throws {
        let floors = try EvaluationFixtures.temporaryFile([#"{"format": "quotekit-eval-floors 1", "floors": {"news-gold.jsonl": {"all.f1": 0.8, "all.precision": 0.7, "no.such": 0.1}}}"#], suffix: ".json")
        let r = try CLI.run(["eval", "--gold", gold, "--pred", pred, "--floors", floors])
        #expect(r.status == 2)
        #expect(r.stderr.contains("below floor: news-gold.jsonl: all.f1 0.75 is under its floor 0.8"))
        #expect(r.stderr.contains("below floor: news-gold.jsonl: no.such is missing from the report (floor 0.1)"))
        #expect(!r.stderr.contains("all.precision"))
        #expect(r.stdout.contains("F1 0.7500"))
        let ok = try EvaluationFixtures.temporaryFile([#"{"format": "quotekit-eval-floors 1", "floors": {"news-gold.jsonl": {"all.f1": 0.75}}}"#], suffix: ".json")
        let passed = try CLI.run(["eval", "--gold", gold, "--pred", pred, "--floors", ok])
        #expect(passed.status == 0)
        #expect(passed.stderr.contains("floors: news-gold.jsonl: 1 of 1 figures at or above their floors"))
    }

    @Test("a bad floors file, or none for this gold file: exit 64", arguments: [
        (#"{"floors": {}}"#, "\"format\" must be \"quotekit-eval-floors 1\""),
        (#"{"format": "quotekit-eval-floors 1", "floors": {"news-gold.jsonl": {"all.f1": "high"}}}"#, "news-gold.jsonl all.f1: the floor is not a number"),
        (#"{"format": "quotekit-eval-floors 1", "floors": {"other.jsonl": {"all.f1": 0.5}}}"#, "no floors for news-gold.jsonl"),
        ("not json", "malformed JSON"),
    ])
    func badFloors(text: String, message: String) throws {
        let floors = try EvaluationFixtures.temporaryFile([text], suffix: ".json")
        let r = try CLI.run(["eval", "--gold", gold, "--pred", pred, "--floors", floors])
        #expect(r.status == 64)
        #expect(r.stderr.contains(message), "\(r.stderr)")
    }

    @Test("sentiment lines in a quote gold file are left out, exit 1")
    func mixedFormats() throws {
        let file = try EvaluationFixtures.temporaryFile([
            goldLine(id: "ok", text: "“Prices will rise,” Ann Lee said.", quote: "Prices will rise,"),
            #"{"id": "s", "text": "Good.", "gold": 1.5}"#,
        ])
        let r = try CLI.run(["eval", "--gold", file, "--run"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("failed: \(file): 1 documents are not in the quote format of the first; left out"))
        #expect(r.stdout.contains("documents         1"))
    }
}
