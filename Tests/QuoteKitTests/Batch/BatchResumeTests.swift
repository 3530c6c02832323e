import Foundation
import Testing
@testable import QuoteKit

@Suite("Batch: --resume after kill -9", .serialized)
struct BatchResumeTests {
    /// Starts `quotekit run`, waits until the database records at least `units` more input units than
    /// `after`, then kills the process with SIGKILL. Returns the units recorded before the kill, or nil
    /// when the run finished first.
    static func runAndKill(input: URL, out: URL, extra: [String], after: Int) throws -> Int? {
        let binary = try #require(CLI.binary)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["run", input.path, "--out", out.path, "-q"] + extra
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let db = out.appendingPathComponent("quotekit.sqlite")
        var recorded: Int?
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning && Date() < deadline {
            usleep(50_000)
            guard FileManager.default.fileExists(atPath: db.path),
                  let units = try? BatchFixtures.integer(db, "SELECT units FROM progress WHERE id = 1 AND complete = 0") else { continue }
            if units > after {
                kill(process.processIdentifier, SIGKILL)
                recorded = units
                break
            }
        }
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal ? recorded : nil
    }

    @Test("a run killed twice and resumed twice writes what an uninterrupted run writes, no document lost or doubled")
    func killAndResume() throws {
        let input = try BatchFixtures.folder("resume-in").appendingPathComponent("corpus.jsonl")
        // Large enough that a debug build takes several seconds (checkpoints come every second).
        let documents = try BatchFixtures.repeatedCorpus(at: input, bytes: 2_500_000)
        let whole = try BatchFixtures.folder("resume-whole")
        #expect(try CLI.run(["run", input.path, "--out", whole.path, "-q"]).status == 0)

        let out = try BatchFixtures.folder("resume-out")
        let first = try Self.runAndKill(input: input, out: out, extra: ["--workers", "2"], after: 0)
        try #require(first != nil, "the run finished before it could be killed: make the corpus larger")
        // Not allowed without --resume.
        #expect(try CLI.run(["run", input.path, "--out", out.path, "-q"]).status == 64)
        let second = try Self.runAndKill(input: input, out: out, extra: ["--resume", "--workers", "1"], after: first!)
        let last = try CLI.run(["run", input.path, "--out", out.path, "--resume", "--workers", "2"])
        #expect(last.status == 0, "\(last.stderr)")
        if second != nil { #expect(last.stderr.contains("resuming")) }

        try BatchFixtures.expectSameOutputs(whole, out)
        let db = out.appendingPathComponent("quotekit.sqlite")
        // The speaker totals, carried over from the stored rows on each resume, are the SQL definition's.
        let totals = try BatchFixtures.exactRows(db, "speakers"), bySQL = try BatchFixtures.speakersBySQL(db)
        #expect(!totals.isEmpty && totals == bySQL)
        #expect(try BatchFixtures.integer(db, "SELECT COUNT(*) FROM documents") == documents)
        #expect(try BatchFixtures.integer(db, "SELECT COUNT(DISTINCT id) FROM documents") == documents)
        let runs = try BatchFixtures.rows(db, "runs", except: ["started", "finished", "seconds", "peak_memory_bytes", "inputs", "options", "quotekit"])
        #expect(runs.count == (second == nil ? 2 : 3))
        #expect(runs.last?.contains("finished") == true)
        #expect(runs.dropLast().allSatisfy { $0.contains("interrupted") })
        // The finished run cannot be resumed again, and says so.
        let again = try CLI.run(["run", input.path, "--out", out.path, "--resume"])
        #expect(again.status == 0 && again.stderr.contains("already finished"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(".report-quotes.part").path))
    }

    @Test("--resume refuses other inputs")
    func otherInputs() throws {
        let input = try BatchFixtures.folder("resume-other").appendingPathComponent("corpus.jsonl")
        _ = try BatchFixtures.repeatedCorpus(at: input, bytes: 2_500_000)
        let out = try BatchFixtures.folder("resume-other-out")
        _ = try Self.runAndKill(input: input, out: out, extra: [], after: 0)
        let r = try CLI.run(["run", Fixtures.corpusDirectory.path, "--out", out.path, "--resume"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("cannot resume"))
    }
}
