/// The corpus-wide `speakers` aggregates, kept up to date in memory as the writer stores each document
/// and written in one go when the rows are complete: reading the quotes table back at the end to group
/// it took about a third of the serial end of a run. A resumed run first reads the rows already stored
/// (``read(from:)``), in the order they were written, so its totals equal an uninterrupted run's.
///
/// Every value follows the definition in SQL the table had before (see ``BatchSchema``'s `speakers`):
/// text compared as UTF-8 bytes, means summed in quote order, the name, kind, role and organisation of the
/// latest dated document (dated before undated, then by day, then by input position).
struct SpeakerTotals {
    /// One speaker's running totals.
    struct Totals {
        /// Name, kind, role and organisation from the latest document naming the speaker, with its key.
        var name: (key: Latest, value: String)?
        var kind: (key: Latest, value: String)?
        var role: (key: Latest, value: String)?
        var organisation: (key: Latest, value: String)?
        var mentionedIn = 0
        var lastNamedDoc = -1
        /// The smallest speaker name a quote gives (the name when no document names the speaker).
        var quotedName: String?
        var quotes = 0, direct = 0, partial = 0, indirect = 0
        var documents = 0
        var lastQuotedDoc = -1
        var firstDate: String?, lastDate: String?
        var sentimentQuotes = 0, sentimentSum = 0.0
        var stanceQuotes = 0, stanceSum = 0.0
        var favor = 0, against = 0, none = 0
        var mentions = 0
        /// Quotes by month of dated documents (the `speaker_months` view), in the order months first come.
        var months: [MonthTotals] = []
        /// Whether a document names the speaker or a quote is attributed to it (mentions alone are not).
        var listed = false
    }

    /// A speaker's quotes in one month, as they add up.
    struct MonthTotals {
        var month: String
        var quotes = 0
        var stanceQuotes = 0
        var stanceSum = 0.0
    }

    /// How late a document is: dated after undated, then by day, then by input position.
    struct Latest: Comparable {
        /// The day as the number YYYYMMDD (ordered as the text `YYYY-MM-DD` is), -1 when undated.
        var day: Int32
        var seq: Int

        init(day: String?, seq: Int) {
            self.seq = seq
            guard let day, day.utf8.count == 10 else { self.day = -1; return }
            var n: Int32 = 0
            for b in day.utf8 where b != UInt8(ascii: "-") { n = n * 10 + Int32(b) - 48 }
            self.day = n
        }

        static func < (a: Latest, b: Latest) -> Bool { (a.day, a.seq) < (b.day, b.seq) }

        /// `a` before `b` in UTF-8 byte order (SQLite's BINARY collation).
        static func bytesPrecede(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }
    }

    /// Speakers beyond which the totals are dropped and the table is computed in SQL at the end instead
    /// (``BatchSchema/rebuildSpeakers``): about 400 bytes each, so at most about 60 MB of memory.
    static let maxSpeakers = 150_000

    /// False once more than ``maxSpeakers`` speakers were seen: ``speakers`` is then empty.
    private(set) var isComplete = true

    private(set) var speakers: [String: Totals] = [:]

    /// Adds a document naming `speakerID` (a `document_speakers` row of document `seq`).
    mutating func addNamed(_ speakerID: String, seq: Int, day: String?, name: String, kind: String, role: String?, organisation: String?) {
        let key = Latest(day: day, seq: seq)
        modify(speakerID) { t in
            t.listed = true
            if t.lastNamedDoc != seq { t.mentionedIn += 1; t.lastNamedDoc = seq }
            if Self.replaces(key, name, t.name.map { ($0.key, $0.value) }) { t.name = (key, name) }
            if Self.replaces(key, kind, t.kind.map { ($0.key, $0.value) }) { t.kind = (key, kind) }
            if let role, Self.replaces(key, role, t.role.map { ($0.key, $0.value) }) { t.role = (key, role) }
            if let organisation, Self.replaces(key, organisation, t.organisation.map { ($0.key, $0.value) }) {
                t.organisation = (key, organisation)
            }
        }
    }

    /// Adds a quote of document `seq` attributed to `speakerID` (quotes of kind `mention` do not count).
    mutating func addQuote(_ speakerID: String, seq: Int, day: String?, speaker: String?, kind: String,
                           sentiment: Double?, stance: Double?, stanceLabel: String?) {
        guard kind != "mention" else { return }
        modify(speakerID) { t in
            t.listed = true
            if let speaker, t.quotedName.map({ Latest.bytesPrecede(speaker, $0) }) ?? true { t.quotedName = speaker }
            t.quotes += 1
            switch kind {
            case "direct": t.direct += 1
            case "partial": t.partial += 1
            case "indirect": t.indirect += 1
            default: break
            }
            if t.lastQuotedDoc != seq { t.documents += 1; t.lastQuotedDoc = seq }
            if let day {
                if t.firstDate.map({ Latest.bytesPrecede(day, $0) }) ?? true { t.firstDate = day }
                if t.lastDate.map({ Latest.bytesPrecede($0, day) }) ?? true { t.lastDate = day }
                let month = String(decoding: day.utf8.prefix(7), as: UTF8.self)
                let m = t.months.lastIndex { $0.month == month } ?? {
                    t.months.append(MonthTotals(month: month))
                    return t.months.count - 1
                }()
                t.months[m].quotes += 1
                if let stance, stance.isFinite { t.months[m].stanceQuotes += 1; t.months[m].stanceSum += stance }
            }
            // A value the database cannot store (not finite) is stored as NULL: not counted.
            if let sentiment, sentiment.isFinite { t.sentimentQuotes += 1; t.sentimentSum += sentiment }
            if let stance, stance.isFinite { t.stanceQuotes += 1; t.stanceSum += stance }
            switch stanceLabel {
            case "favor": t.favor += 1
            case "against": t.against += 1
            case "none": t.none += 1
            default: break
            }
        }
    }

    /// Adds `count` mentions of `speakerID`.
    mutating func addMentions(_ speakerID: String, count: Int = 1) {
        modify(speakerID) { $0.mentions += count }
    }

    /// Adds everything `record`, document `seq`, contributes.
    mutating func add(_ record: BatchRecord, seq: Int, day: String?) {
        for s in record.speakers {
            addNamed(s.id, seq: seq, day: day, name: s.name, kind: s.kind, role: s.role, organisation: s.organisation)
        }
        for q in record.quotes {
            // (A partial quote inside its speaker's statement is part of it: counted once.)
            guard let id = q.speakerID, q.within == nil else { continue }
            addQuote(id, seq: seq, day: day, speaker: q.speaker, kind: q.kind, sentiment: q.sentiment?.compound,
                     stance: q.stance?.score, stanceLabel: q.stance?.label)
        }
        // A document's mentions come speaker by speaker: one update per speaker, not per mention.
        let mentions = record.mentions
        var i = 0
        while i < mentions.count {
            var j = i + 1
            while j < mentions.count && mentions[j].speakerID == mentions[i].speakerID { j += 1 }
            addMentions(mentions[i].speakerID, count: j - i)
            i = j
        }
    }

    /// The totals of the rows already in `db`, read in the order they were written.
    static func read(from db: SQLiteDatabase) throws -> SpeakerTotals {
        var totals = SpeakerTotals()
        let named = try db.prepare("""
            SELECT ds.speaker_id, ds.doc, d.day, ds.name, ds.kind, ds.role, ds.organisation
            FROM document_speakers ds JOIN documents d ON d.seq = ds.doc ORDER BY ds.rowid
            """)
        while try named.step() {
            totals.addNamed(named.string(0) ?? "", seq: named.int(1) ?? 0, day: named.string(2), name: named.string(3) ?? "",
                            kind: named.string(4) ?? "", role: named.string(5), organisation: named.string(6))
        }
        let quoted = try db.prepare("""
            SELECT q.speaker_id, q.doc, d.day, q.speaker, q.kind, q.sentiment_compound, q.stance_score, q.stance_label
            FROM quotes q JOIN documents d ON d.seq = q.doc WHERE q.speaker_id IS NOT NULL AND q.within_quote IS NULL ORDER BY q.id
            """)
        while try quoted.step() {
            totals.addQuote(quoted.string(0) ?? "", seq: quoted.int(1) ?? 0, day: quoted.string(2), speaker: quoted.string(3),
                            kind: quoted.string(4) ?? "", sentiment: quoted.double(5), stance: quoted.double(6),
                            stanceLabel: quoted.string(7))
        }
        let mentioned = try db.prepare("SELECT speaker_id, COUNT(*) FROM mentions GROUP BY speaker_id")
        while try mentioned.step() { totals.addMentions(mentioned.string(0) ?? "", count: mentioned.int(1) ?? 0) }
        return totals
    }

    /// The speaker's quotes by month, as the `speaker_months` view gives them; nil when the totals were
    /// dropped (too many speakers) and the view must be read instead.
    func months(of speakerID: String) -> [SpeakerMonth]? {
        guard isComplete else { return nil }
        return (speakers[speakerID]?.months ?? []).map {
            SpeakerMonth(month: $0.month, quotes: $0.quotes, stanceQuotes: $0.stanceQuotes,
                         stanceMean: $0.stanceQuotes > 0 ? $0.stanceSum / Double($0.stanceQuotes) : nil)
        }
    }

    /// Replaces the `speakers` table with these totals, in id order.
    func write(to db: SQLiteDatabase) throws {
        try db.execute("DELETE FROM speakers")
        let insert = try db.prepare("INSERT INTO speakers VALUES (\((1...21).map { "?\($0)" }.joined(separator: ", ")))")
        let ids = speakers.keys.sorted(by: Latest.bytesPrecede)
        for id in ids {
            guard let t = speakers[id], t.listed else { continue }
            insert.bind(1, id)
            insert.bind(2, t.name?.value ?? t.quotedName ?? id)
            insert.bind(3, t.kind?.value)
            insert.bind(4, t.role?.value)
            insert.bind(5, t.organisation?.value)
            insert.bind(6, t.quotes)
            insert.bind(7, t.direct)
            insert.bind(8, t.partial)
            insert.bind(9, t.indirect)
            insert.bind(10, t.documents)
            insert.bind(11, t.mentionedIn)
            insert.bind(12, t.mentions)
            insert.bind(13, t.firstDate)
            insert.bind(14, t.lastDate)
            insert.bind(15, t.sentimentQuotes)
            insert.bind(16, t.sentimentQuotes > 0 ? t.sentimentSum / Double(t.sentimentQuotes) : nil)
            insert.bind(17, t.stanceQuotes)
            insert.bind(18, t.stanceQuotes > 0 ? t.stanceSum / Double(t.stanceQuotes) : nil)
            insert.bind(19, t.favor)
            insert.bind(20, t.against)
            insert.bind(21, t.none)
            try insert.run()
        }
    }

    /// Whether the value `value` of a document at `key` replaces `current`: SQL's `MAX(key || value)`,
    /// later documents first, then the larger value.
    private static func replaces(_ key: Latest, _ value: String, _ current: (Latest, String)?) -> Bool {
        guard let (k, v) = current else { return true }
        return k < key || (k == key && Latest.bytesPrecede(v, value))
    }

    private mutating func modify(_ speakerID: String, _ body: (inout Totals) -> Void) {
        guard isComplete else { return }
        body(&speakers[speakerID, default: Totals()])
        if speakers.count > Self.maxSpeakers { isComplete = false; speakers = [:] }
    }
}
