/// The report's quote section, one block per document with quotes, rendered on the worker threads as
/// the run goes (so the report's largest part costs no time at the end): each quote in its sentences,
/// with the quote, the speaker mention, the cue and the evidence words highlighted (``HighlightedText``),
/// under a line naming the speaker, the kind, the cue, the attribution rule and the scores.
enum ReportQuotes {
    /// The block of `record`, or "" when it has no quote.
    static func html(_ r: BatchRecord) -> String {
        guard !r.quotes.isEmpty else { return "" }
        var out = "<section class=\"doc\"><h3>"
        let title = HTMLText.escape(r.title ?? r.id ?? r.file)
        if let url = HTMLText.safeURL(r.url) {
            out += "<a href=\"\(url)\" rel=\"noopener noreferrer\">\(title)</a>"
        } else {
            out += title
        }
        out += "</h3><div class=\"meta\">"
        out += [r.date, r.source, r.id].compactMap { $0.map(HTMLText.escape) }.joined(separator: " · ")
        out += "</div>\n"
        for q in r.quotes { out += quote(q) }
        return out + "</section>\n"
    }

    /// One quote.
    static func quote(_ q: BatchQuote) -> String {
        var text = HighlightedText(text: q.context.text, start: q.context.start)
        for p in q.pieces { text.marks.append(.init(start: p.start, end: p.end, cssClass: "q")) }
        if let m = q.mention { text.marks.append(.init(start: m.start, end: m.end, cssClass: "speaker")) }
        if let c = q.cue { text.marks.append(.init(start: c.start, end: c.end, cssClass: "cue")) }
        for e in (q.sentiment?.evidence ?? []) + (q.stance?.evidence ?? []) where e.weight != 0 {
            text.marks.append(.init(start: e.span.start, end: e.span.end, cssClass: e.weight > 0 ? "pos" : "neg"))
        }
        var meta = "<b>" + HTMLText.escape(q.speaker ?? "no speaker") + "</b> · " + q.kind
        if let cue = q.cue {
            meta += " · cue “" + HTMLText.escape(cue.text) + "”"
            if let c = q.cueClass { meta += " (" + HTMLText.escape(c) + ")" }
        }
        if let method = q.method { meta += " · by " + HTMLText.escape(method) }
        if let s = q.sentiment { meta += " · sentiment " + HTMLReport.signed(s.compound) }
        if let s = q.stance, !s.target.isEmpty {
            meta += " · stance " + HTMLText.escape(s.label) + " " + HTMLReport.signed(s.score) + " toward " + HTMLText.escape(s.target)
        }
        return "<div class=\"quote\"><div class=\"meta\">" + meta + "</div><p class=\"context\">" + text.html + "</p></div>\n"
    }
}
