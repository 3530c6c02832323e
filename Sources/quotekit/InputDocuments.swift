import ArgumentParser
import QuoteKit

/// Reads every input in turn, reports skipped and failed inputs and warnings on standard error, and
/// hands each document to `body`. Throws exit code 1 at the end when any input failed.
enum InputDocuments {
    static func forEach(_ inputs: [String], dateField: DateField = DateField(), _ body: (Document) throws -> Void) throws {
        var failed = false
        for input in inputs {
            try DocumentReader(dateField: dateField).read(input) { item in
                switch item {
                case .problem(let problem):
                    Console.error("\(problem.severity.rawValue): \(problem)")
                    if problem.severity == .failed { failed = true }
                case .document(let document, let warnings):
                    for w in warnings { Console.error("warning: \(w)") }
                    try body(document)
                }
            }
        }
        if failed { throw ExitCode(1) }
    }
}
