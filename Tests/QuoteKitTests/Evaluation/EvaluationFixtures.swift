import Foundation
import Testing
@testable import QuoteKit

/// Paths and helpers shared by the evaluation tests: the fixtures written for them, the reference scorers
/// beside the checkout, and an in-process run of the evaluator.
enum EvaluationFixtures {
    /// `Tests/QuoteKitTests/Fixtures-eval/`.
    static let directory = Fixtures.root.appendingPathComponent("Tests/QuoteKitTests/Fixtures-eval")

    /// A fixture's path.
    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// `../shared/eval/<name>`, when present.
    static func referenceScorer(_ name: String) -> String? {
        let p = Fixtures.shared.appendingPathComponent("eval/\(name)").path
        return FileManager.default.fileExists(atPath: p) ? p : nil
    }

    /// The quote report of `gold` against `pred` (fixture names or paths), as `quotekit eval --json` prints it.
    static func quoteReport(gold: String, pred: String, errors: Int = 0) -> (json: EvaluationJSON, evaluator: QuoteEvaluator) {
        let (documents, goldProblems) = EvaluationReader.gold(gold.hasPrefix("/") ? gold : path(gold))
        precondition(goldProblems.isEmpty, "\(goldProblems)")
        let (predictions, predProblems, _) = EvaluationReader.predictions(pred.hasPrefix("/") ? pred : path(pred))
        precondition(predProblems.isEmpty, "\(predProblems)")
        var evaluator = QuoteEvaluator(errorLimit: errors)
        for d in documents { evaluator.add(d, predictions[d.id]) }
        return (evaluator.report.json(errors: errors > 0), evaluator)
    }

    /// Runs `python3 args...` and returns its standard output, or nil when python3 is not installed; a run
    /// that fails is a test failure.
    static func python(_ args: [String]) throws -> String? {
        let candidates = ["/usr/bin/python3", "/usr/local/bin/python3"] +
            (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/python3" }
        guard let python = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = args
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let output = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            Issue.record("python3 \(args.joined(separator: " ")) exited with \(process.terminationStatus)")
            return nil
        }
        return output
    }

    /// Writes `lines` to a fresh temporary file and returns its path.
    static func temporaryFile(_ lines: [String], suffix: String = ".jsonl") throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("qk-eval-\(UUID().uuidString)\(suffix)")
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// Whether every figure of `reference` (the reference scorer's JSON, parsed) is in `ours` with the same
    /// value; returns the differences, empty when they agree. Listed errors compare their common fields.
    static func differences(reference: Any, ours: Any, path: String = "") -> [String] {
        switch (reference, ours) {
        case (let r as [String: Any], let o as [String: Any]):
            return r.keys.sorted().flatMap { k -> [String] in
                guard let ov = o[k] else { return ["\(path)\(k): missing (reference \(r[k]!))"] }
                return differences(reference: r[k]!, ours: ov, path: path + k + ".")
            }
        case (let r as [Any], let o as [Any]):
            guard r.count == o.count else { return ["\(path): \(r.count) items in the reference, \(o.count) here"] }
            return zip(r, o).enumerated().flatMap { differences(reference: $1.0, ours: $1.1, path: path + "\($0).") }
        case (let r as NSNumber, let o as NSNumber):
            return r.doubleValue == o.doubleValue ? [] : ["\(path): reference \(r), here \(o)"]
        case (let r as String, let o as String):
            return r == o ? [] : ["\(path): reference \(r), here \(o)"]
        case (is NSNull, is NSNull):
            return []
        default:
            return ["\(path): reference \(reference), here \(ours)"]
        }
    }

    /// Parses JSON text.
    static func parse(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }
}
