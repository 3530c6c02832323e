import Foundation
import Testing
@testable import QuoteKit

@Suite("Batch: quotekit stream", .serialized)
struct StreamCommandTests {
    @Test("one output line per input line, in order, bad lines answered with their id and an error")
    func lineForLine() throws {
        let bodies = try BatchFixtures.sampleBodies()
        var lines: [String] = []
        for (i, b) in bodies.prefix(12).enumerated() { lines.append(BatchFixtures.jsonLine(id: "a\(i)", text: b.text)) }
        lines.insert(#"{"id": "broken", "text": "no end"#, at: 3)
        lines.insert("", at: 5)
        lines.insert(#"{"id": 42}"#, at: 7)
        lines.insert(#"{"id": "empty", "text": ""}"#, at: 8)
        lines.insert("[1, 2]", at: 9)
        var input = Data(lines.joined(separator: "\n").utf8)
        input.append(contentsOf: Array("\n{\"id\": \"bad-bytes\", \"text\": \"x".utf8) + [0xC3, 0x28] + Array("\"}\n".utf8))
        let r = try CLI.runData(["stream", "--workers", "3"], input: input)
        #expect(r.status == 0)
        let out = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(out.count == lines.count + 1)
        let objects = try out.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(objects[3]["id"] as? String == "broken" && (objects[3]["error"] as? String)?.hasPrefix("malformed JSON") == true)
        #expect(objects[5]["id"] is NSNull && objects[5]["skipped"] as? String == "blank line")
        #expect(objects[7]["id"] as? String == "42" && objects[7]["error"] as? String == "no string field \"text\"")
        #expect(objects[8]["id"] as? String == "empty" && objects[8]["skipped"] != nil)
        #expect(objects[9]["id"] is NSNull && objects[9]["error"] as? String == "not a JSON object")
        #expect(objects.last?["id"] as? String == "bad-bytes" && (objects.last?["error"] as? String)?.hasPrefix("invalid UTF-8") == true)
        // The good lines are extract's output, in order.
        let good = lines.filter { $0.hasPrefix("{\"id\":\"a") }
        let extract = try CLI.run(["extract", "-"], input: good.joined(separator: "\n") + "\n")
        let streamed = objects.enumerated().filter { (($0.element["id"] as? String) ?? "").hasPrefix("a") }.map { String(out[$0.offset]) }
        #expect(streamed.joined(separator: "\n") + "\n" == extract.stdout)
    }

    @Test("--date-field: each line's date from a dotted path, as in extract")
    func dateField() throws {
        let input = #"{"id": "a", "meta": {"published": "2016-05-01"}, "text": "The president said the economy was growing."}"# + "\n"
            + #"{"id": "b", "meta": {"published": "2025-05-01"}, "text": "The president said the economy was growing."}"# + "\n"
        let r = try CLI.run(["stream", "--workers", "1", "--date-field", "meta.published"], input: input)
        #expect(r.status == 0)
        let docs = r.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(docs.map { $0["date"] as? String } == ["2016-05-01", "2025-05-01"])
        let speakers = docs.map { (($0["quotes"] as? [[String: Any]])?.first?["speaker"] as? [String: Any])?["id"] as? String }
        #expect(speakers[0] != "donald-trump" && speakers[1] == "donald-trump")
    }

    @Test("the same output with one worker and with several")
    func workers() throws {
        let dir = try BatchFixtures.folder("stream")
        let file = dir.appendingPathComponent("a.jsonl")
        _ = try BatchFixtures.repeatedCorpus(at: file, bytes: 300_000)
        let input = try Data(contentsOf: file)
        let one = try CLI.runData(["stream", "--workers", "1"], input: input)
        let four = try CLI.runData(["stream", "--workers", "4"], input: input)
        #expect(one.status == 0 && four.status == 0)
        #expect(one.stdout == four.stdout)
        #expect(one.stdout.split(separator: "\n").count == String(decoding: input, as: UTF8.self).split(separator: "\n").count)
    }
}

extension CLI {
    /// Runs `quotekit arguments...` with raw bytes on standard input (written from another thread, so a
    /// large input cannot deadlock against a full output pipe).
    static func runData(_ arguments: [String], input: Data) throws -> Result {
        guard let binary else {
            Issue.record("the quotekit binary was not built (run swift build first)")
            return Result(status: -1, stdout: "", stderr: "")
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), inp = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inp
        try process.run()
        let writer = Thread {
            inp.fileHandleForWriting.write(input)
            try? inp.fileHandleForWriting.close()
        }
        writer.start()
        let errData = LockedData()
        let errReader = Thread { errData.set(err.fileHandleForReading.readDataToEndOfFile()) }
        errReader.start()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while errData.get() == nil { usleep(1000) }
        return Result(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                      stderr: String(decoding: errData.get() ?? Data(), as: UTF8.self))
    }
}

/// Data handed between threads.
final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?
    func set(_ d: Data) { lock.lock(); data = d; lock.unlock() }
    func get() -> Data? { lock.lock(); defer { lock.unlock() }; return data }
}
