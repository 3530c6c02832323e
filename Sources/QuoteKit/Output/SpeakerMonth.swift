/// One row of the `speaker_months` view: a speaker's quotes in the dated documents of one month.
struct SpeakerMonth: Equatable {
    /// `YYYY-MM`.
    var month: String
    var quotes: Int
    /// Quotes with a stance score, and their mean score (nil when there is none).
    var stanceQuotes: Int
    var stanceMean: Double?

    /// The view's rows for `speakerID`.
    static func read(_ speakerID: String, from db: SQLiteDatabase) throws -> [SpeakerMonth] {
        let s = try db.prepare("SELECT month, quotes, stance_quotes, stance_mean FROM speaker_months WHERE speaker_id = ?1")
        s.bind(1, speakerID)
        var out: [SpeakerMonth] = []
        while try s.step() {
            out.append(SpeakerMonth(month: s.string(0) ?? "", quotes: s.int(1) ?? 0, stanceQuotes: s.int(2) ?? 0, stanceMean: s.double(3)))
        }
        return out
    }
}
