import Foundation
import Testing
@testable import QuoteKit

@Suite("Batch: the HTML report", .serialized)
struct BatchReportTests {
    /// Tags and attributes the report may contain; anything else came from input text that escaped.
    static let allowedTags: Set<String> = ["!doctype", "html", "head", "meta", "title", "style", "body", "main", "h1", "h2", "h3",
                                           "p", "code", "table", "thead", "tbody", "tr", "th", "td", "svg", "rect", "text", "g",
                                           "line", "polyline", "circle", "section", "div", "span", "b", "a", "details", "summary"]
    static let allowedAttributes: Set<String> = ["lang", "charset", "http-equiv", "content", "name", "class", "id", "href", "rel",
                                                 "xmlns", "width", "height", "viewbox", "role", "x", "y", "x1", "y1", "x2", "y2",
                                                 "fill", "stroke", "stroke-width", "points", "cx", "cy", "r", "text-anchor", "open", "html"]

    /// Every tag in `html` as (name, attribute names).
    static func tags(_ html: String) -> [(String, [String])] {
        var out: [(String, [String])] = []
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let inside = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            if inside.hasPrefix("/") { continue }
            var parts = inside.split(whereSeparator: { $0 == " " || $0 == "\n" })
            guard !parts.isEmpty else { continue }
            let name = parts.removeFirst().lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "/"))
            // Attribute names: what precedes '=' in each part outside quoted values.
            var attributes: [String] = []
            var inQuote = false
            for p in inside.split(separator: "\"", omittingEmptySubsequences: false) {
                if !inQuote {
                    for word in p.split(whereSeparator: { $0 == " " || $0 == "\n" }) where word.hasSuffix("=") {
                        attributes.append(word.dropLast().lowercased())
                    }
                }
                inQuote.toggle()
            }
            out.append((name, attributes))
        }
        return out
    }

    @Test("hostile article text stays inert text in the page")
    func escaping() throws {
        let dir = try BatchFixtures.folder("hostile")
        let hostile = #"<script>alert(1)</script>"# + " and " + #""><img src=x onerror=alert(1)>"#
        var lines = [BatchFixtures.jsonLine(id: "x\"><script>alert(2)</script>", text: "“\(hostile),” Trump said. Officials said \(hostile) was fine.",
                                            date: "2025-05-01", source: "<b onmouseover=alert(3)>Evil</b>")]
        lines.append(#"{"id": "u", "text": "“Fine,” Bessent said.", "url": "javascript:alert(4)", "title": "<svg onload=alert(5)>"}"#)
        try lines.joined(separator: "\n").write(to: dir.appendingPathComponent("evil.jsonl"), atomically: true, encoding: .utf8)
        try "Title: <iframe src=//evil>\n\n“It is <b>bold</b>,” Tong said.".write(to: dir.appendingPathComponent("evil <i>name<i>.txt"), atomically: true, encoding: .utf8)
        let out = try BatchFixtures.folder("hostile-out")
        let r = try CLI.run(["run", dir.path, "--out", out.path, "-q"])
        #expect(r.status == 0, "\(r.stderr)")
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        // The hostile strings are there, escaped.
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("&lt;iframe src=//evil&gt;"))
        // No tag or attribute outside the report's own.
        for (name, attributes) in Self.tags(html) {
            #expect(Self.allowedTags.contains(name), "unexpected tag <\(name)>")
            for a in attributes { #expect(Self.allowedAttributes.contains(a), "unexpected attribute \(a) in <\(name)>") }
        }
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("javascript:"))
        // Self-contained: no reference to anything outside the file, and a policy forbidding it.
        #expect(html.contains("Content-Security-Policy\" content=\"default-src 'none'"))
        for link in html.components(separatedBy: "href=\"").dropFirst() {
            #expect(link.hasPrefix("http://") || link.hasPrefix("https://") || link.hasPrefix("#"))
        }
    }

    @Test("the report has the speaker chart, the timeline and every quote in context")
    func sections() throws {
        let out = try BatchFixtures.folder("report-out")
        #expect(try CLI.run(["run", Fixtures.corpusDirectory.path, "--out", out.path, "-q"]).status == 0)
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("<h2 id=\"speakers\">") && html.contains("<svg"))
        #expect(html.contains("quotes per month") && html.contains("mean stance"))
        for name in ["Donald Trump", "Scott Bessent", "EJ Antoni", "Shigeru Ishiba", "Kurt Tong"] { #expect(html.contains(name)) }
        let quotes = try BatchFixtures.integer(out.appendingPathComponent("quotekit.sqlite"), "SELECT COUNT(*) FROM quotes") ?? 0
        #expect(html.components(separatedBy: "<div class=\"quote\">").count - 1 == quotes)
        #expect(html.contains("<span class=\"cue\">") && html.contains("<span class=\"speaker\">") && html.contains("<span class=\"q\">"))
        #expect(html.contains("class=\"neg\"") || html.contains("class=\"pos\""))
        #expect(html.contains("README.md") && html.contains("documentation file"))
    }

    @Test("--report-quotes: whole documents in input order up to the limit, the rest named, the same on any number of workers")
    func quoteLimit() throws {
        var outs: [URL] = []
        for workers in ["1", "2"] {
            let out = try BatchFixtures.folder("report-limit-\(workers)")
            let r = try CLI.run(["run", Fixtures.corpusDirectory.path, "--out", out.path, "-q", "--report-quotes", "50", "--workers", workers])
            #expect(r.status == 0, "\(r.stderr)")
            outs.append(out)
        }
        try BatchFixtures.expectSameOutputs(outs[0], outs[1])
        let db = outs[0].appendingPathComponent("quotekit.sqlite")
        let total = try BatchFixtures.integer(db, "SELECT COUNT(*) FROM quotes") ?? 0
        // The documents with quotes, in input order, until 50 quotes are shown: the writer's rule.
        let sql = try SQLiteDatabase(path: db.path, readOnly: true)
        let s = try sql.prepare("SELECT quotes FROM documents WHERE status = 'processed' AND quotes > 0 ORDER BY seq")
        var expected = 0
        while expected < 50, try s.step() { expected += s.int(0) ?? 0 }
        let html = try String(contentsOf: outs[0].appendingPathComponent("report.html"), encoding: .utf8)
        let shown = html.components(separatedBy: "<div class=\"quote\">").count - 1
        #expect(shown == expected && shown >= 50 && shown < total)
        #expect(html.contains("The first \(shown) of \(total) quotes"))
        // Every quote is still in the other outputs.
        let lines = try String(contentsOf: outs[0].appendingPathComponent("quotes.jsonl"), encoding: .utf8).split(separator: "\n")
        let inJSONL = try lines.reduce(0) { n, line in
            n + (((try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["quotes"] as? [Any])?.count ?? 0)
        }
        #expect(inJSONL == total)
    }

    @Test("the speaker table keeps the most quoted 500 and names how many it leaves out")
    func speakerTableLimit() {
        let speakers = (0..<(HTMLReport.tableSpeakers + 7)).map { i in
            HTMLReport.Speaker(id: "s\(i)", name: "Speaker \(i)", role: nil, organisation: nil, quotes: 1000 - i, direct: 1, partial: 0,
                               indirect: 0, documents: 1, firstDate: nil, lastDate: nil, sentimentQuotes: 0, sentimentMean: nil,
                               stanceQuotes: 0, stanceMean: nil, favor: 0, against: 0, none: 0)
        }
        let html = HTMLReport.speakerSection(speakers)
        #expect(html.components(separatedBy: "<tr><td>").count - 1 == HTMLReport.tableSpeakers)
        #expect(html.contains("Speaker \(HTMLReport.tableSpeakers - 1)<") && !html.contains("Speaker \(HTMLReport.tableSpeakers)<"))
        #expect(html.contains("The \(HTMLReport.tableSpeakers) most quoted of \(speakers.count) speakers"))
        #expect(!HTMLReport.speakerSection(Array(speakers.prefix(3))).contains("most quoted of"))
    }

    @Test("the speaker table says what kind of speaker each is: a person, an organisation or a document")
    func speakerKinds() {
        let speakers = [("the letter", "document"), ("White House", "organisation"), ("Donald Trump", "person")].enumerated().map { i, s in
            HTMLReport.Speaker(id: "s\(i)", name: s.0, kind: s.1, role: nil, organisation: nil, quotes: 3 - i, direct: 1, partial: 0,
                               indirect: 0, documents: 1, firstDate: nil, lastDate: nil, sentimentQuotes: 0, sentimentMean: nil,
                               stanceQuotes: 0, stanceMean: nil, favor: 0, against: 0, none: 0)
        }
        let html = HTMLReport.speakerSection(speakers)
        #expect(html.contains("<th>speaker</th><th>kind</th>"))
        for s in speakers { #expect(html.contains("<tr><td>\(s.name)</td><td>\(s.kind)</td>")) }
    }

    @Test("marks may overlap and are cut at every edge", arguments: [
        ([(0, 5, "q"), (3, 8, "cue")], "<span class=\"q\">ab&lt;</span><span class=\"cue q\">d&gt;</span><span class=\"cue\">fgh</span>ij"),
        ([(12, 20, "q")], "ab&lt;d&gt;fghij"),
        ([], "ab&lt;d&gt;fghij"),
    ] as [([(Int, Int, String)], String)])
    func highlight(marks: [(Int, Int, String)], expected: String) {
        var text = HighlightedText(text: "ab<d>fghij", start: 0)
        text.marks = marks.map { .init(start: $0.0, end: $0.1, cssClass: $0.2) }
        #expect(text.html == expected)
    }

    @Test("offsets are Unicode scalars: marks land on the right characters after emoji and accents")
    func scalarMarks() {
        var text = HighlightedText(text: "👍🏽 café “ok”", start: 100)
        text.marks = [.init(start: 100 + 9, end: 100 + 11, cssClass: "q")]
        #expect(text.html == "👍🏽 café “<span class=\"q\">ok</span>”")
    }
}
