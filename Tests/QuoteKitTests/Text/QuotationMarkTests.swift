import Testing
@testable import QuoteKit

@Suite("Quotation marks")
struct QuotationMarkTests {
    /// Every mark in `text`, as "glyph:role-level" in order; apostrophes come out as "glyph:apostrophe".
    static func marks(_ text: String) -> [String] {
        let a = Fixtures.analyzer().analyze(text)
        var out: [String] = []
        for i in a.tokens.indices {
            let t = a.tokens[i]
            let s = a.string(token: i)
            if let q = t.quote { out.append("\(s):\(q)") }
            else if t.kind == .punctuation, ["’", "'", "‘"].contains(s) { out.append("\(s):apostrophe") }
        }
        return out
    }

    @Test("the seed article: every mark and apostrophe")
    func seedArticle() throws {
        let text = try Fixtures.seedArticle()
        #expect(Self.marks(text) == [
            "“:open-double", "‘:open-single", "’:close-single", "”:close-double",   // Truth Social post
            "“:open-double", "”:close-double",                                     // “I will attend ...”
            "“:open-double", "”:close-double",                                     // “first mover advantage”
            "“:open-double", "”:close-double",                                     // Antoni
            "“:open-double", "”:close-double",                                     // Antoni, follow-on
            "“:open-double", "”:close-double",                                     // Tong
            "“:open-double", "”:close-double",                                     // Tong, follow-on
        ])
        // The apostrophes of the seed are all inside words (president’s, wouldn’t, I’m, It’s, ...).
        let a = Fixtures.analyzer().analyze(text)
        let words = a.tokens.indices.filter { a.tokens[$0].kind == .word }.map { a.string(token: $0) }
        for w in ["president’s", "Tokyo’s", "Japan’s", "wouldn’t", "didn’t", "I’m", "other’s", "It’s", "Wednesday’s", "wasn’t"] {
            #expect(words.contains(w), "\(w) is one word")
        }
    }

    struct Case: Sendable, CustomStringConvertible {
        let text: String
        let marks: [String]
        var description: String { text }
    }

    @Test("marks in context", arguments: [
        Case(text: "\"We will,\" he said, \"win.\"", marks: ["\":open-double", "\":close-double", "\":open-double", "\":close-double"]),
        Case(text: "'Yes,' she said.", marks: ["':open-single", "':close-single"]),
        Case(text: "«Non», dit-il.", marks: ["«:open-double", "»:close-double"]),
        Case(text: "„Ja“, sagte er.", marks: ["„:open-double", "“:close-double"]),
        Case(text: "「交渉を急がない」と『述べた』", marks: ["「:open-double", "」:close-double", "『:open-single", "』:close-single"]),
        Case(text: "``Well,'' he said.", marks: ["``:open-double", "'':close-double"]),
        Case(text: "the Trumps’ plans", marks: ["’:apostrophe"]),
        Case(text: "back in the ’90s", marks: ["’:apostrophe"]),
        Case(text: "rock ’n’ roll", marks: ["’:apostrophe", "’:apostrophe"]),
        Case(text: "‘TRADE FAIRNESS’", marks: ["‘:open-single", "’:close-single"]),
        Case(text: "“the ‘Tariff Man’ is back”", marks: ["“:open-double", "‘:open-single", "’:close-single", "”:close-double"]),
        Case(text: "He said \"no\"\"yes\"", marks: ["\":open-double", "\":close-double", "\":ambiguous-double", "\":close-double"]),
        Case(text: "„Er sagte ‚nein‘ dazu“", marks: ["„:open-double", "‚:open-single", "‘:close-single", "“:close-double"]),
    ])
    func inContext(_ c: Case) {
        #expect(Self.marks(c.text) == c.marks)
    }
}
