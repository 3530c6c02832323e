import Foundation

/// A readable table of one document's quotes: speaker, kind, cue, excerpt.
public enum QuoteTable {
    /// The longest excerpt shown, in characters.
    static let excerptLength = 70

    /// The table for `analysis`.
    public static func render(_ analysis: DocumentAnalysis) -> String {
        var out = "# \(analysis.document.id)"
        if let d = analysis.document.date { out += "  \(d)" }
        if let s = analysis.document.source { out += "  \(s)" }
        out += "\n"
        let rows = analysis.quotes.map { q -> [String] in
            let speaker = q.speaker?.name ?? "?"
            let cue = q.cue.map { analysis.text.string($0) } ?? ""
            var excerpt = q.pieces.map { analysis.text.string($0) }.joined(separator: " … ")
                .replacingOccurrences(of: "\n", with: " ")
            if excerpt.count > excerptLength { excerpt = String(excerpt.prefix(excerptLength - 1)) + "…" }
            return [speaker, q.kind.rawValue, cue, excerpt]
        }
        let headers = ["speaker", "kind", "cue", "quote"]
        var widths = headers.map(DisplayWidth.of)
        for r in rows { for (i, c) in r.enumerated() where i < 3 { widths[i] = max(widths[i], DisplayWidth.of(c)) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in i < 3 ? DisplayWidth.padded(c, to: widths[i]) : c }
                .joined(separator: "  ")
        }
        out += line(headers) + "\n"
        for r in rows { out += line(r) + "\n" }
        if rows.isEmpty { out += "(no quotes)\n" }
        for w in analysis.warnings { out += "warning: \(w)\n" }
        return out
    }
}
