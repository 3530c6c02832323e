import Foundation

/// `report.html`: one self-contained page (no script, no network, no external font or style; a
/// Content-Security-Policy forbids them too) built from the batch database:
///
/// 1. a summary of the run (inputs, documents, quotes, dates);
/// 2. who is quoted: a bar chart of the most quoted speakers by kind, and a table of the most quoted
///    500 (``tableSpeakers``);
/// 3. sentiment and stance by speaker (when quotes carry scores);
/// 4. over time (when documents have dates): quotes per month and, when scored, mean stance per month
///    for the most quoted speakers;
/// 5. the inputs that were skipped or failed;
/// 6. the quotes, document by document in input order, in their sentences, with the quote, the speaker
///    mention, the cue and the evidence words highlighted (``ReportQuotes``, rendered during the run):
///    every quote up to ``BatchRun/reportQuoteLimit``, then a line naming how many are left out.
///
/// All text from the inputs is escaped (``HTMLText``); links are only http(s).
enum HTMLReport {
    /// Speakers in the bar charts: 20 rows fit one screen at 22 px a row.
    static let chartSpeakers = 20
    /// Speakers in the timelines: five lines stay readable in one chart (and the issue asks for the
    /// seed article's five speakers).
    static let timelineSpeakers = 5
    /// Rows of the speaker table: the most quoted 500 (a corpus names thousands of people once).
    static let tableSpeakers = 500
    /// Okabe & Ito's colour-blind-safe palette (2008), in their order.
    static let palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#000000"]

    /// A speaker row of the `speakers` table.
    struct Speaker {
        var id: String
        var name: String
        /// person, organisation or document.
        var kind = "person"
        var role: String?
        var organisation: String?
        var quotes, direct, partial, indirect, documents: Int
        var firstDate, lastDate: String?
        var sentimentQuotes: Int
        var sentimentMean: Double?
        var stanceQuotes: Int
        var stanceMean: Double?
        var favor, against, none: Int
    }

    /// Writes the page from `db` and the quote section `quotesPart` written during the run (atomically);
    /// `shown` is the number of quotes that section holds.
    /// `months` gives a speaker's quotes by month when the caller has them (the batch writer's totals);
    /// otherwise, or when it returns nil, they are read from the `speaker_months` view.
    static func export(_ db: SQLiteDatabase, quotesPart: String, shown: Int, to path: String,
                       months: (String) -> [SpeakerMonth]? = { _ in nil }) throws {
        let file = try OutputFile(replacing: path)
        try file.write(head)
        let speakers = try loadSpeakers(db)
        try file.write(try summary(db, speakers: speakers))
        try file.write(speakerSection(speakers))
        try file.write(scoreSection(speakers))
        try file.write(try timelineSection(db, speakers: speakers, months: months))
        try writeProblems(db, to: file)
        try copyQuotes(from: quotesPart, shown: shown, total: try db.integer("SELECT COUNT(*) FROM quotes") ?? 0, to: file)
        try file.write("</main>\n</body>\n</html>\n")
        try file.commit()
    }

    static let head = """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>QuoteKit report</title>
    <style>
    body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1d1d1f; background: #fff; }
    main { max-width: 980px; margin: 0 auto; padding: 1em 1.5em 4em; }
    h1 { font-size: 1.6em; margin: .6em 0 .2em; } h2 { font-size: 1.25em; margin-top: 2em; border-bottom: 1px solid #ddd; }
    table { border-collapse: collapse; font-size: .9em; } th, td { padding: .2em .6em; text-align: left; border-bottom: 1px solid #eee; }
    td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; } td.d { white-space: nowrap; }
    .chart { font: 12px system-ui, sans-serif; max-width: 100%; height: auto; } .chart .axis { stroke: #999; }
    details { margin: .4em 0; } summary { cursor: pointer; font-weight: 600; }
    section.doc h3 { font-size: 1em; margin: 1.4em 0 0; } .quote { margin: .5em 0 .8em 1em; } .meta { color: #555; font-size: .85em; }
    .context { white-space: pre-wrap; margin: .2em 0; }
    .q { background: #e8f0fe; } .speaker { background: #fde2b8; font-weight: 600; } .cue { text-decoration: underline 2px #0072B2; }
    .pos { background: #c8ecd4; } .neg { background: #f8c9c4; }
    .legend span { padding: 0 .3em; margin-right: .6em; } .muted { color: #777; }
    </style>
    </head>
    <body>
    <main>
    <h1>QuoteKit report</h1>

    """

    static func loadSpeakers(_ db: SQLiteDatabase) throws -> [Speaker] {
        let s = try db.prepare("""
            SELECT id, name, role, organisation, quotes, direct, partial, indirect, documents, first_date, last_date,
                   sentiment_quotes, sentiment_mean, stance_quotes, stance_mean, stance_favor, stance_against, stance_none, kind
            FROM speakers WHERE quotes > 0 ORDER BY quotes DESC, mentioned_in DESC, id
            """)
        var out: [Speaker] = []
        while try s.step() {
            out.append(Speaker(id: s.string(0) ?? "", name: s.string(1) ?? "", kind: s.string(18) ?? "person", role: s.string(2), organisation: s.string(3),
                               quotes: s.int(4) ?? 0, direct: s.int(5) ?? 0, partial: s.int(6) ?? 0, indirect: s.int(7) ?? 0,
                               documents: s.int(8) ?? 0, firstDate: s.string(9), lastDate: s.string(10),
                               sentimentQuotes: s.int(11) ?? 0, sentimentMean: s.double(12),
                               stanceQuotes: s.int(13) ?? 0, stanceMean: s.double(14),
                               favor: s.int(15) ?? 0, against: s.int(16) ?? 0, none: s.int(17) ?? 0))
        }
        return out
    }

    static func summary(_ db: SQLiteDatabase, speakers: [Speaker]) throws -> String {
        var out = "<p>"
        let inputs = try db.prepare("SELECT inputs FROM runs ORDER BY id LIMIT 1")
        if try inputs.step() {
            let list = RunManifest.strings(inputs.string(0))
            out += "Inputs: " + list.map { "<code>\(HTMLText.escape($0))</code>" }.joined(separator: ", ") + ". "
        }
        var counts: [String: Int] = [:]
        let c = try db.prepare("SELECT status, COUNT(*) FROM documents GROUP BY status")
        while try c.step() { counts[c.string(0) ?? ""] = c.int(1) ?? 0 }
        let quotes = try db.integer("SELECT COUNT(*) FROM quotes") ?? 0
        out += "\(counts["processed"] ?? 0) documents analysed, \(counts["skipped"] ?? 0) skipped, \(counts["failed"] ?? 0) failed; "
        out += "\(quotes) quotes from \(speakers.count) identified speakers"
        let range = try db.prepare("SELECT MIN(day), MAX(day), COUNT(DISTINCT source) FROM documents WHERE status = 'processed'")
        if try range.step() {
            if let first = range.string(0), let last = range.string(1) {
                out += ", dated \(HTMLText.escape(first)) to \(HTMLText.escape(last))"
            }
            if let sources = range.int(2), sources > 0 { out += ", from \(sources) sources" }
        }
        return out + ".</p>\n"
    }

    static func speakerSection(_ speakers: [Speaker]) -> String {
        var out = "<h2 id=\"speakers\">Who is quoted</h2>\n"
        guard !speakers.isEmpty else { return out + "<p class=\"muted\">No quote was attributed to an identified speaker.</p>\n" }
        let chart = SVGBarChart(
            series: [("direct", palette[0]), ("partial", palette[5]), ("indirect", palette[1])],
            rows: speakers.prefix(chartSpeakers).map {
                .init(label: $0.name, values: [Double($0.direct), Double($0.partial), Double($0.indirect)],
                      tooltip: "\($0.name): \($0.direct) direct, \($0.partial) partial, \($0.indirect) indirect in \($0.documents) documents")
            })
        out += "<p>The \(min(chartSpeakers, speakers.count)) most quoted speakers, by kind of quote.</p>\n" + chart.svg + "\n"
        out += "<table>\n<thead><tr><th>speaker</th><th>kind</th><th>role</th><th class=\"n\">quotes</th><th class=\"n\">direct</th><th class=\"n\">partial</th><th class=\"n\">indirect</th><th class=\"n\">documents</th><th>first</th><th>last</th><th class=\"n\">sentiment</th><th class=\"n\">stance</th></tr></thead>\n<tbody>\n"
        for s in speakers.prefix(tableSpeakers) {
            let role = [s.role, s.organisation].compactMap { $0 }.joined(separator: ", ")
            out += "<tr><td>\(HTMLText.escape(s.name))</td><td>\(HTMLText.escape(s.kind))</td><td>\(HTMLText.escape(role))</td>"
            out += "<td class=\"n\">\(s.quotes)</td><td class=\"n\">\(s.direct)</td><td class=\"n\">\(s.partial)</td><td class=\"n\">\(s.indirect)</td><td class=\"n\">\(s.documents)</td>"
            out += "<td class=\"d\">\(HTMLText.escape(s.firstDate ?? ""))</td><td class=\"d\">\(HTMLText.escape(s.lastDate ?? ""))</td>"
            out += "<td class=\"n\">\(signed(s.sentimentMean))</td><td class=\"n\">\(signed(s.stanceMean))</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        if speakers.count > tableSpeakers {
            out += "<p class=\"muted\">The \(tableSpeakers) most quoted of \(speakers.count) speakers; all of them are in <code>speakers.csv</code> and the <code>speakers</code> table of <code>quotekit.sqlite</code>.</p>\n"
        }
        return out
    }

    static func scoreSection(_ speakers: [Speaker]) -> String {
        var out = "<h2 id=\"scores\">Sentiment and stance by speaker</h2>\n"
        let scored = speakers.filter { $0.sentimentQuotes > 0 || $0.stanceQuotes > 0 }
        guard !scored.isEmpty else {
            return out + "<p class=\"muted\">No quote carries a sentiment or stance score in this run.</p>\n"
        }
        let chart = SVGDivergingChart(
            series: [("mean sentiment", palette[2]), ("mean stance", palette[4])],
            rows: scored.prefix(chartSpeakers).map {
                .init(label: $0.name, values: [$0.sentimentMean, $0.stanceMean],
                      tooltip: "\($0.name): sentiment \(signed($0.sentimentMean)) over \($0.sentimentQuotes) quotes; stance \(signed($0.stanceMean)) over \($0.stanceQuotes) quotes (\($0.favor) favor, \($0.against) against, \($0.none) none)")
            })
        out += "<p>Mean scores of each speaker's quotes, from −1 to +1 (the most quoted speakers with scores).</p>\n"
        return out + chart.svg + "\n"
    }

    static func timelineSection(_ db: SQLiteDatabase, speakers: [Speaker], months speakerMonths: (String) -> [SpeakerMonth]?) throws -> String {
        var out = "<h2 id=\"timeline\">Over time</h2>\n"
        let range = try db.prepare("SELECT MIN(substr(day, 1, 7)), MAX(substr(day, 1, 7)) FROM documents WHERE status = 'processed' AND day IS NOT NULL")
        guard try range.step(), let first = range.string(0), let last = range.string(1) else {
            return out + "<p class=\"muted\">No document has a date (YYYY-MM-DD): no timeline.</p>\n"
        }
        let months = SVGTimeline.months(from: first, to: last)
        let top = Array(speakers.prefix(timelineSpeakers))
        guard !months.isEmpty, !top.isEmpty else { return out + "<p class=\"muted\">Nothing to chart.</p>\n" }
        let index = Dictionary(uniqueKeysWithValues: months.enumerated().map { ($1, $0) })
        var counts = top.map { _ in [Double?](repeating: 0, count: months.count) }
        var stance = top.map { _ in [Double?](repeating: nil, count: months.count) }
        var anyStance = false
        for (k, sp) in top.enumerated() {
            for row in try speakerMonths(sp.id) ?? SpeakerMonth.read(sp.id, from: db) {
                guard let i = index[row.month] else { continue }
                counts[k][i] = Double(row.quotes)
                if row.stanceQuotes > 0 { stance[k][i] = row.stanceMean; anyStance = true }
            }
        }
        let maxCount = counts.flatMap { $0.compactMap { $0 } }.max() ?? 1
        let quotes = SVGTimeline(months: months,
                                 lines: top.enumerated().map { .init(name: $1.name, color: palette[$0 % palette.count], values: counts[$0]) },
                                 yRange: 0...max(1, maxCount), yLabel: "quotes per month")
        out += "<p>Quotes per month of the \(top.count) most quoted speakers.</p>\n" + quotes.svg + "\n"
        if anyStance {
            let chart = SVGTimeline(months: months,
                                    lines: top.enumerated().map { .init(name: $1.name, color: palette[$0 % palette.count], values: stance[$0]) },
                                    yRange: -1...1, yLabel: "mean stance (all targets)", format: "%+.2f")
            out += "<p>Mean stance of their quotes per month (months without a scored quote are gaps).</p>\n" + chart.svg + "\n"
        } else {
            out += "<p class=\"muted\">No quote carries a stance score in this run: no stance timeline.</p>\n"
        }
        return out
    }

    static func writeProblems(_ db: SQLiteDatabase, to file: OutputFile) throws {
        let n = try db.integer("SELECT COUNT(*) FROM documents WHERE status != 'processed'") ?? 0
        var out = "<h2 id=\"inputs\">Inputs not analysed</h2>\n"
        guard n > 0 else {
            try file.write(out + "<p class=\"muted\">Every input was analysed.</p>\n")
            return
        }
        out += "<table>\n<thead><tr><th>input</th><th>status</th><th>reason</th></tr></thead>\n<tbody>\n"
        let s = try db.prepare("SELECT file, line, status, reason FROM documents WHERE status != 'processed' ORDER BY seq")
        while try s.step() {
            let input = s.string(0) ?? "", line = s.int(1) ?? 0
            out += "<tr><td><code>\(HTMLText.escape(line > 0 ? "\(input):\(line)" : input))</code></td><td>\(HTMLText.escape(s.string(2) ?? ""))</td><td>\(HTMLText.escape(s.string(3) ?? ""))</td></tr>\n"
            if out.utf8.count > 1 << 16 { try file.write(out); out = "" }
        }
        try file.write(out + "</tbody>\n</table>\n")
    }

    /// Appends the quote section written during the run (``ReportQuotes``), in chunks.
    static func copyQuotes(from part: String, shown: Int, total: Int, to file: OutputFile) throws {
        if shown >= total {
            try file.write("<h2 id=\"quotes\">Every quote</h2>\n")
        } else {
            try file.write("<h2 id=\"quotes\">The first \(shown) of \(total) quotes</h2>\n<p class=\"muted\">Whole documents in input order, up to the limit of <code>quotekit run --report-quotes N</code> (0 shows every quote). Every quote is in <code>quotes.jsonl</code>, <code>quotes.csv</code> and the <code>quotes</code> table of <code>quotekit.sqlite</code>, with a full-text index (<code>quotes_fts</code>).</p>\n")
        }
        try file.write("<p class=\"legend\"><span class=\"q\">quote</span><span class=\"speaker\">speaker</span><span class=\"cue\">cue</span><span class=\"pos\">positive evidence</span><span class=\"neg\">negative evidence</span></p>\n")
        guard let handle = FileHandle(forReadingAtPath: part) else {
            throw OutputFileError(path: part, reason: "the report's quote section is missing")
        }
        defer { try? handle.close() }
        while true {
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { break }
            try file.write(bytes: chunk)
        }
    }

    /// `+0.42`, `−0.10` (a true minus sign), or empty.
    static func signed(_ x: Double?) -> String {
        guard let x, x.isFinite else { return "" }
        let hundredths = Int((abs(x) * 100).rounded())
        let fraction = hundredths % 100
        return (x < 0 && hundredths > 0 ? "−" : "+") + String(hundredths / 100) + (fraction < 10 ? ".0" : ".") + String(fraction)
    }
}
