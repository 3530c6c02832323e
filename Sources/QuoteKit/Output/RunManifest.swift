import Foundation

/// `run.json`, the manifest: the inputs and settings, totals, every run that worked on the folder
/// (timings: the only part that differs between identical runs), and one entry per input item with
/// its status (processed, skipped or failed), reason, file and line. Written from the database.
enum RunManifest {
    /// The manifest format, for readers to check.
    static let format = "quotekit-run 1"

    /// Writes the manifest from `db` (atomically). One document entry per line, so the file greps well.
    static func export(_ db: SQLiteDatabase, to path: String) throws {
        let file = try OutputFile(replacing: path)
        var w = JSONWriter()
        w.beginObject()
        w.field("format", format)
        w.field("quotekit", QuoteKitVersion.string)
        let first = try db.prepare("SELECT inputs, options FROM runs ORDER BY id LIMIT 1")
        if try first.step() {
            w.key("inputs"); w.beginArray()
            for input in strings(first.string(0)) { w.string(input) }
            w.endArray()
            w.key("settings"); w.beginObject()
            let settings = settings(first.string(1))
            for key in settings.keys.sorted() { w.field(key, settings[key]) }
            w.endObject()
        }
        w.key("outputs"); w.beginArray()
        for name in [BatchRun.FileName.quotesJSONL, BatchRun.FileName.quotesCSV, BatchRun.FileName.speakersCSV,
                     BatchDatabase.fileName, BatchRun.FileName.report] { w.string(name) }
        w.endArray()

        w.key("totals"); w.beginObject()
        var totals: [String: Int] = ["processed": 0, "skipped": 0, "failed": 0]
        let t = try db.prepare("SELECT status, COUNT(*) FROM documents GROUP BY status")
        while try t.step() { totals[t.string(0) ?? ""] = t.int(1) ?? 0 }
        w.field("inputs", totals.values.reduce(0, +))
        for k in ["processed", "skipped", "failed"] { w.field(k, totals[k] ?? 0) }
        w.field("quotes", try db.integer("SELECT COUNT(*) FROM quotes") ?? 0)
        w.field("speakers_quoted", try db.integer("SELECT COUNT(*) FROM speakers WHERE quotes > 0") ?? 0)
        w.endObject()

        w.key("runs"); w.beginArray()
        let r = try db.prepare("""
            SELECT id, started, finished, status, resumed, workers, units_already_done, processed, skipped, failed,
                   quotes, seconds, peak_memory_bytes FROM runs ORDER BY id
            """)
        while try r.step() {
            w.beginObject()
            w.field("id", r.int(0) ?? 0)
            w.field("started", r.string(1))
            w.field("finished", r.string(2))
            w.field("status", r.string(3))
            w.field("resumed", r.int(4) == 1)
            w.field("workers", r.int(5) ?? 0)
            w.field("units_already_done", r.int(6) ?? 0)
            for (i, k) in ["processed", "skipped", "failed", "quotes"].enumerated() {
                w.key(k)
                if let v = r.int(Int32(7 + i)) { w.int(v) } else { w.null() }
            }
            w.key("seconds")
            if let v = r.double(11) { w.number(v) } else { w.null() }
            w.key("peak_memory_bytes")
            if let v = r.int(12) { w.int(v) } else { w.null() }
            w.endObject()
        }
        w.endArray()
        w.key("documents")
        try file.write(w.output + "[\n")

        let d = try db.prepare("SELECT seq, id, file, line, status, reason, quotes, warnings FROM documents ORDER BY seq")
        var first_ = true
        var chunk = ""
        while try d.step() {
            var e = JSONWriter()
            e.beginObject()
            e.field("seq", d.int(0) ?? 0)
            e.field("id", d.string(1))
            e.field("file", d.string(2))
            e.field("line", d.int(3) ?? 0)
            e.field("status", d.string(4))
            if let reason = d.string(5) { e.field("reason", reason) }
            if d.string(4) == "processed" { e.field("quotes", d.int(6) ?? 0) }
            if let warnings = d.string(7) {
                e.key("warnings"); e.beginArray()
                for m in strings(warnings) { e.string(m) }
                e.endArray()
            }
            e.endObject()
            chunk += (first_ ? "  " : ",\n  ") + e.output
            first_ = false
            if chunk.utf8.count > 1 << 16 {
                try file.write(chunk)
                chunk = ""
            }
        }
        try file.write(chunk + (first_ ? "]}\n" : "\n]}\n"))
        try file.commit()
    }

    /// A JSON array of strings as the database stores it.
    static func strings(_ json: String?) -> [String] {
        guard let json, let value = try? JSONSerialization.jsonObject(with: Data(json.utf8)) else { return [] }
        return value as? [String] ?? []
    }

    /// A JSON object of strings as the database stores it.
    static func settings(_ json: String?) -> [String: String] {
        guard let json, let value = try? JSONSerialization.jsonObject(with: Data(json.utf8)) else { return [:] }
        return value as? [String: String] ?? [:]
    }
}
