/// A readable table of tokens grouped by paragraph and sentence, for debugging rules.
public enum TokenTable {
    /// The table for `text` (offsets in Unicode scalars).
    public static func render(_ text: AnalyzedText, id: String) -> String {
        var out = "# \(id)\n"
        let o = text.makeScalarOffsets()
        var sentence = 0
        for (p, tokens) in text.paragraphTokens.enumerated() {
            out += "¶\(p + 1)\n"
            for i in tokens {
                let t = text.tokens[i]
                while sentence < text.sentences.count && text.sentences[sentence].end <= t.range.start { sentence += 1 }
                if t.kind == .whitespace { continue }
                let (s, e) = o.scalars(t.range)
                let mark = t.quote.map { " \($0)" } ?? ""
                let shown = text.string(token: i).replacingOccurrences(of: "\n", with: "\\n")
                out += "  s\(sentence + 1)\t\(s)-\(e)\t\(t.kind)\(mark)\t\(shown)\t\(text.normalized(token: i))\n"
            }
        }
        out += "sentences:\n"
        for (n, r) in text.sentences.enumerated() {
            out += "  \(n + 1)\t" + text.string(r).replacingOccurrences(of: "\n", with: " ") + "\n"
        }
        return out
    }
}
