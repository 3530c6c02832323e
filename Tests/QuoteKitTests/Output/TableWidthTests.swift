import Testing
@testable import QuoteKit

/// The plain-text tables line up in a terminal whatever the script: East Asian wide characters take two
/// columns, combining marks none.
@Suite("Output: table columns")
struct TableWidthTests {
    @Test("display widths by ICU's character properties", arguments: [
        ("Tong", 4), ("佐藤健一", 8), ("トランプ", 8), ("e\u{301}", 1), ("Ｔ", 2), ("", 0),
    ])
    func widths(_ s: String, _ columns: Int) {
        #expect(DisplayWidth.of(s) == columns)
    }

    @Test("the quote table's columns start at the same column on every line")
    func quoteTableAligned() {
        let text = "“We are close,” Trump said.\n佐藤健一主任研究員は「負担は重い」と指摘した。\n政府関係者によると、交渉は続く。"
        let table = QuoteTable.render(QuoteExpectations.analyze(text))
        let lines = table.split(separator: "\n").dropFirst().map(String.init)   // the title line
        #expect(lines.count == 4)   // the header and three quotes
        // Where the second column (kind) starts: after the first run of two spaces.
        let starts = lines.map { line -> Int in
            let name = line.components(separatedBy: "  ").first ?? ""
            var rest = line.dropFirst(name.count)
            var pad = 0
            while rest.first == " " { rest = rest.dropFirst(); pad += 1 }
            return DisplayWidth.of(name) + pad
        }
        #expect(Set(starts).count == 1, "\(table)")
    }
}
