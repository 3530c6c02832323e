/// `speakers.csv`: one row per speaker over the whole corpus (the database's `speakers` table), most
/// quoted first. Name, kind, role and organisation are as the latest dated document gives them; the
/// sentiment and stance means stay empty while no quote carries a score.
enum SpeakerCSV {
    /// The header row's column names, which are also the `speakers` table's.
    static let columns = [
        "speaker_id", "name", "kind", "role", "organisation", "quotes", "direct", "partial", "indirect",
        "documents", "mentioned_in", "mentions", "first_date", "last_date", "sentiment_quotes", "sentiment_mean",
        "stance_quotes", "stance_mean", "stance_favor", "stance_against", "stance_none",
    ]

    /// Writes the file from `db` (atomically).
    static func export(_ db: SQLiteDatabase, to path: String) throws {
        let file = try OutputFile(replacing: path)
        var out = ""
        CSVRow.append(columns, to: &out)
        let sqlColumns = columns.map { $0 == "speaker_id" ? "id" : $0 }.joined(separator: ", ")
        let s = try db.prepare("SELECT \(sqlColumns) FROM speakers ORDER BY quotes DESC, mentioned_in DESC, id")
        let means: Set<Int> = [columns.firstIndex(of: "sentiment_mean")!, columns.firstIndex(of: "stance_mean")!]
        while try s.step() {
            var fields: [String?] = []
            for i in 0..<columns.count {
                let c = Int32(i)
                if means.contains(i) {
                    fields.append(CSVRow.number(s.double(c)))
                } else {
                    fields.append(s.string(c))
                }
            }
            CSVRow.append(fields, to: &out)
            if out.utf8.count > 1 << 16 {
                try file.write(out)
                out = ""
            }
        }
        try file.write(out)
        try file.commit()
    }
}
