import Foundation
import Testing
@testable import QuoteKit

@Suite("Batch: CSV per RFC 4180")
struct CSVRowTests {
    @Test("fields are quoted only when they must be, quotes doubled", arguments: [
        ("plain", "plain"),
        ("", ""),
        ("a,b", "\"a,b\""),
        ("say \"no\"", "\"say \"\"no\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("cr\rhere", "\"cr\rhere\""),
        (" padded ", "\" padded \""),
        ("“curly” stays", "“curly” stays"),
        ("\"\u{301}combining", "\"\"\"\u{301}combining\""),
        ("=1+2", "=1+2"),
    ])
    func field(input: String, expected: String) {
        var out = ""
        CSVRow.appendField(input, to: &out)
        #expect(out == expected)
    }

    @Test("rows end with CRLF; nil is an empty field")
    func row() {
        var out = ""
        CSVRow.append(["a", nil, "b,c"], to: &out)
        #expect(out == "a,,\"b,c\"\r\n")
    }

    @Test("numbers are written as in the JSON output", arguments: [
        (0.95, "0.95"), (1.0, "1"), (-0.1234, "-0.123"), (0.0006, "0.001"), (-0.0004, "0"), (-2.5, "-2.5"),
        (123456789.0125, "123456789.013"), (1e15, "1000000000000000.0"), (2.5e12, "2500000000000"), (1234567890123.25, "1234567890123.25"),
    ])
    func number(x: Double, expected: String) {
        #expect(CSVRow.number(x) == expected)
        var w = JSONWriter()
        w.number(x)
        #expect(w.output == expected)
        var bytes: [UInt8] = []
        CSVRow.appendNumber(x, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
    }

    @Test("a row built as bytes reads back field by field: quotes doubled, empty fields for nil, CRLF")
    func byteRow() {
        var bytes: [UInt8] = []
        CSVRow.appendField("a,\"b\"", to: &bytes)
        bytes.append(0x2C)
        CSVRow.appendNumber(nil, to: &bytes)
        bytes.append(0x2C)
        CSVRow.appendNumber(.nan, to: &bytes)
        bytes.append(0x2C)
        CSVRow.appendField(" x", to: &bytes)
        CSVRow.endRow(&bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "\"a,\"\"b\"\"\",,,\" x\"\r\n")
    }

    /// A small RFC 4180 reader, to check the files round-trip.
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false, i = text.unicodeScalars.startIndex
        let s = text.unicodeScalars
        while i < s.endIndex {
            let c = s[i]
            if quoted {
                if c == "\"" {
                    let n = s.index(after: i)
                    if n < s.endIndex && s[n] == "\"" { field.unicodeScalars.append("\""); i = n } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { row.append(field); field = "" }
            else if c == "\r" { }
            else if c == "\n" { row.append(field); rows.append(row); row = []; field = "" }
            else { field.unicodeScalars.append(c) }
            i = s.index(after: i)
        }
        return rows
    }

    @Test("quotes.csv: a row per quote, every row the header's width, text as in quotes.jsonl")
    func file() throws {
        let dir = try BatchFixtures.folder("csv")
        try BatchFixtures.jsonLine(id: "tricky, \"id\"", text: "“Tariffs, \"taxes\" and\nlines,” Trump said. “Second,” he added.")
            .write(to: dir.appendingPathComponent("a.jsonl"), atomically: true, encoding: .utf8)
        let out = try BatchFixtures.folder("csv-out")
        #expect(try CLI.run(["run", dir.path, Fixtures.corpusDirectory.path, "--out", out.path, "-q"]).status == 0)
        let csv = try String(contentsOf: out.appendingPathComponent("quotes.csv"), encoding: .utf8)
        #expect(csv.hasSuffix("\r\n"))
        let rows = Self.parse(csv)
        #expect(rows.first == QuoteCSV.columns)
        #expect(rows.allSatisfy { $0.count == QuoteCSV.columns.count })
        var quotes: [(String, String)] = []
        for line in try String(contentsOf: out.appendingPathComponent("quotes.jsonl"), encoding: .utf8).split(separator: "\n") {
            let doc = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for q in doc["quotes"] as? [[String: Any]] ?? [] { quotes.append((doc["id"] as! String, q["text"] as! String)) }
        }
        #expect(rows.count - 1 == quotes.count)
        let text = QuoteCSV.columns.firstIndex(of: "text")!
        #expect(zip(rows.dropFirst(), quotes).allSatisfy { $0[0] == $1.0 && $0[text] == $1.1 })
        #expect(rows[1][0] == "tricky, \"id\"")
        // Sentiment and stance are filled where the pipeline scores quotes.
        let compound = QuoteCSV.columns.firstIndex(of: "sentiment_compound")!
        #expect(rows.dropFirst().contains { !$0[compound].isEmpty })
        let speakers = Self.parse(try String(contentsOf: out.appendingPathComponent("speakers.csv"), encoding: .utf8))
        #expect(speakers.first == SpeakerCSV.columns)
        #expect(speakers.dropFirst().first?[0] != nil)
    }
}
