import Foundation
import Testing

@Suite("CLI: tokenize, version, help, lexicon errors", .serialized)
struct TokenizeCommandTests {
    @Test("--version names QuoteKit's and ICU's versions")
    func version() throws {
        let r = try CLI.run(["--version"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("(ICU 72"))
    }

    @Test("--help on every subcommand", arguments: ["tokenize", "extract"])
    func help(_ sub: String) throws {
        let r = try CLI.run([sub, "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("USAGE"))
    }

    @Test("tokenize writes one JSON object a document, with scalar offsets")
    func tokenizeJSON() throws {
        let r = try CLI.run(["tokenize", "-"], input: "{\"id\": \"x1\", \"text\": \"Café “deal,” he said.\"}\n")
        #expect(r.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect(object?["id"] as? String == "x1")
        let tokens = object?["tokens"] as? [[String: Any]] ?? []
        // “ is the 6th scalar (after "Café "), whatever its UTF-8 length.
        #expect(tokens.first { $0["text"] as? String == "“" }?["start"] as? Int == 5)
        #expect(tokens.first { $0["text"] as? String == "“" }?["quote"] as? String == "open-double")
    }

    @Test("tokenize --format table shows sentences")
    func table() throws {
        let r = try CLI.run(["tokenize", "--format", "table", "-"], input: "Mr. Bessent said so. Talks resume.")
        #expect(r.status == 0)
        #expect(r.stdout.contains("1\tMr. Bessent said so.\n"))
        #expect(r.stdout.contains("2\tTalks resume.\n"))
    }

    @Test("a lexicon folder that is not there: a clear error and a non-zero exit")
    func missingLexicons() throws {
        let r = try CLI.run(["tokenize", "--lexicons", "/nonexistent/lexicons", "-"], input: "x")
        #expect(r.status != 0)
        #expect(r.stderr.contains("/nonexistent/lexicons/elisions.tsv: missing lexicon file"))
    }

    @Test("a broken lexicon file: file:line: reason")
    func brokenLexicon() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qk-lex-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixtures.lexiconDirectory, to: dir)
        let file = dir.appendingPathComponent("abbreviations.tsv")
        var text = try String(contentsOf: file, encoding: .utf8)
        text += "Bad.\ttitle\n"
        try text.write(to: file, atomically: true, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        let r = try CLI.run(["tokenize", "--lexicons", dir.path, "-"], input: "x")
        #expect(r.status != 0)
        #expect(r.stderr.contains("\(file.path):\(lines): key 'Bad.' is not normalised"))
    }

    @Test("a missing input file is reported and the exit code is non-zero")
    func missingInput() throws {
        let r = try CLI.run(["tokenize", "/nonexistent/article.txt"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("failed: /nonexistent/article.txt: no such file or directory"))
    }
}
