import Foundation
import Testing
@testable import QuoteKit

@Suite("Lexicon loading")
struct LexiconTableTests {
    static let header = "# format: quotekit-lexicon 1\n# name: test\n# columns: word\tvalence:number\n"

    struct BadCase: Sendable, CustomStringConvertible {
        let text: String
        let line: Int
        let reason: String
        var description: String { reason }
    }

    @Test("bad files are refused with file:line: reason", arguments: [
        BadCase(text: header + "good\t1.5\nbad\n", line: 5, reason: "expected 2 TAB-separated columns"),
        BadCase(text: header + "good\tlots\n", line: 4, reason: "must be a number"),
        BadCase(text: header + "good\t1\nbad\t2\ngood\t3\n", line: 6, reason: "duplicate key 'good' (first on line 4)"),
        BadCase(text: header + "Good\t1\n", line: 4, reason: "is not normalised"),
        BadCase(text: header + "don’t\t-1\n", line: 4, reason: "is not normalised"),
        BadCase(text: "# format: quotekit-lexicon 2\n# columns: word\nx\n", line: 0, reason: "unknown format version"),
        BadCase(text: "x\ty\n", line: 1, reason: "missing '# format"),
        BadCase(text: "# format: quotekit-lexicon 1\n# columns: word\tn:weird\nx\t1\n", line: 0, reason: "unknown type"),
    ])
    func refused(_ c: BadCase) {
        do {
            _ = try LexiconTable(text: c.text, path: "Lexicons/test.tsv")
            Issue.record("accepted a bad file")
        } catch let error as LexiconError {
            #expect(error.file == "Lexicons/test.tsv")
            #expect(error.line == c.line)
            #expect(error.reason.contains(c.reason), "\(error)")
            #expect(error.description.hasPrefix(c.line > 0 ? "Lexicons/test.tsv:\(c.line): " : "Lexicons/test.tsv: "))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("a good file loads: comments, blank lines, CRLF, lists and numbers")
    func goodFile() throws {
        let text = "# format: quotekit-lexicon 1\r\n# name: t\r\n# columns: key\tw:number\taliases:list\r\n# a comment\r\n\r\nwin-win\t2.5\ta|b\r\nno rush\t-1\t\r\n"
        let t = try LexiconTable(text: text, path: "t.tsv")
        #expect(t.name == "t")
        #expect(t.rows.map(\.key) == ["win-win", "no rush"])
        #expect(t.number(t.rows[0], 1) == 2.5)
        #expect(t.list(t.rows[0], 2) == ["a", "b"])
        #expect(t.list(t.rows[1], 2) == [])
    }

    @Test("every file in Lexicons/ loads and validates")
    func repositoryLexicons() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.lexiconDirectory.path).filter { $0.hasSuffix(".tsv") }
        #expect(files.count >= 10)
        for f in files {
            let table = try LexiconTable(contentsOf: Fixtures.lexiconDirectory.appendingPathComponent(f))
            #expect(!table.rows.isEmpty, "\(f) has entries")
        }
        _ = Fixtures.lexicons
    }

    @Test("Lexicons/README.md lists every file with its columns and its number of entries")
    func readmeTable() throws {
        let readme = try String(contentsOf: Fixtures.lexiconDirectory.appendingPathComponent("README.md"), encoding: .utf8)
        // Rows of the form "| `name.tsv` | col · col | count | ...".
        var listed: [String: (columns: String, count: Int)] = [:]
        for line in readme.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count > 3, cells[1].hasSuffix(".tsv`"), let n = Int(cells[3]) else { continue }
            listed[String(cells[1].dropFirst().dropLast())] = (cells[2], n)
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.lexiconDirectory.path).filter { $0.hasSuffix(".tsv") }
        #expect(Set(listed.keys) == Set(files))
        for f in files {
            let table = try LexiconTable(contentsOf: Fixtures.lexiconDirectory.appendingPathComponent(f))
            #expect(listed[f]?.count == table.rows.count, "\(f): README says \(listed[f]?.count ?? -1), the file has \(table.rows.count)")
            // Column names without their types ("weight:number" is "weight").
            let name = { (c: Substring) in String(c.split(separator: ":").first ?? c) }
            let columns = table.columns.map { name(Substring($0)) }
            let readmeColumns = listed[f]?.columns.components(separatedBy: " · ").map { name(Substring($0)) }
            #expect(readmeColumns == columns, "\(f): README lists \(listed[f]?.columns ?? "-"), the file has \(columns)")
        }
    }

    @Test("a missing lexicon folder names the places looked at")
    func locatorMessage() {
        #expect(throws: LexiconError.self) { try Lexicons(directory: URL(fileURLWithPath: "/nonexistent")) }
        let places = LexiconLocator.candidates(executable: "/tmp/x/quotekit")
        #expect(places.first?.path == "/tmp/x/Lexicons")
        #expect(places.contains { $0.path == Fixtures.lexiconDirectory.path })
    }
}
