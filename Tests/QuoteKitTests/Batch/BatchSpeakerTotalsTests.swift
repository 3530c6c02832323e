import Foundation
import Testing
@testable import QuoteKit

@Suite("Batch: speaker totals kept in memory")
struct BatchSpeakerTotalsTests {
    @Test("the speakers table equals its SQL definition over the stored rows, to the last bit of every mean")
    func sameAsSQL() throws {
        // The sample articles twice over, some dated on other days and some undated, so that "the latest
        // dated document" and first and last dates have choices to make.
        let bodies = try BatchFixtures.sampleBodies()
        let folder = try BatchFixtures.folder("speaker-totals")
        let input = folder.appendingPathComponent("corpus.jsonl")
        var lines: [String] = []
        for round in 0..<2 {
            for (i, b) in bodies.enumerated() {
                let date = (i + round) % 3 == 0 ? nil : String(format: "2025-%02d-%02d", (i * 5 + round) % 12 + 1, i % 28 + 1)
                lines.append(BatchFixtures.jsonLine(id: "r\(round)-\(i)", text: b.text, date: date, source: b.source))
            }
        }
        try (lines.joined(separator: "\n") + "\n").write(to: input, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let r = try CLI.run(["run", input.path, "--out", out.path, "-q", "--workers", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        let db = out.appendingPathComponent("quotekit.sqlite")
        let totals = try BatchFixtures.exactRows(db, "speakers")
        #expect(totals.count > 10)
        #expect(totals == (try BatchFixtures.speakersBySQL(db)))

        // The months the report charts: the speaker_months view's rows, means to the last bit.
        let sql = try SQLiteDatabase(path: db.path, readOnly: true)
        let inMemory = try SpeakerTotals.read(from: sql)
        let ids = try sql.prepare("SELECT id FROM speakers")
        var dated = 0
        while try ids.step() {
            let id = try #require(ids.string(0))
            let mine = try #require(inMemory.months(of: id)).sorted { $0.month < $1.month }
            let view = try SpeakerMonth.read(id, from: sql).sorted { $0.month < $1.month }
            #expect(mine == view, "\(id)")
            dated += mine.count
        }
        #expect(dated > 10)
    }

    @Test("past the most speakers it keeps, the totals give up and send the report to the database")
    func tooManySpeakers() {
        var totals = SpeakerTotals()
        totals.addQuote("a", seq: 0, day: "2025-03-04", speaker: "A", kind: "direct", sentiment: nil, stance: 0.5, stanceLabel: "favor")
        #expect(totals.months(of: "a") == [SpeakerMonth(month: "2025-03", quotes: 1, stanceQuotes: 1, stanceMean: 0.5)])
        for i in 0..<SpeakerTotals.maxSpeakers { totals.addMentions("s\(i)") }
        #expect(!totals.isComplete)
        #expect(totals.months(of: "a") == nil)
        #expect(totals.speakers.isEmpty)
    }
}
