import Foundation
import Testing
@testable import QuoteKit

@Suite("Batch: same input, same output", .serialized)
struct BatchDeterminismTests {
    @Test("byte-identical outputs whatever the number of workers; quotes.jsonl is extract's output")
    func workers() throws {
        let input = try BatchFixtures.folder("det-in")
        _ = try BatchFixtures.repeatedCorpus(at: input.appendingPathComponent("articles.jsonl"), bytes: 400_000)
        let inputs = [Fixtures.corpusDirectory.path, input.path]
        var outs: [URL] = []
        for workers in [1, 2, 5] {
            let out = try BatchFixtures.folder("det-out-\(workers)")
            let r = try CLI.run(["run"] + inputs + ["--out", out.path, "--workers", String(workers), "-q"])
            #expect(r.status == 0, "\(r.stderr)")
            outs.append(out)
        }
        try BatchFixtures.expectSameOutputs(outs[0], outs[1])
        try BatchFixtures.expectSameOutputs(outs[0], outs[2])
        // quotes.jsonl holds exactly the output schema lines of `extract`, in input order.
        var expected = ""
        for path in inputs { expected += try CLI.run(["extract", path]).stdout }
        #expect(try String(contentsOf: outs[0].appendingPathComponent("quotes.jsonl"), encoding: .utf8) == expected)
    }
}
