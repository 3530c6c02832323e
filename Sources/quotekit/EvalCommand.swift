import ArgumentParser
import Foundation
import QuoteKit

/// `quotekit eval`: scores quotes and speakers (or sentiment) against a gold file, as
/// `../shared/eval/score_quotes.py` (and `score_sentiment.py`) would, optionally against regression floors.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score extraction and attribution (or sentiment) against a gold JSONL file.",
        discussion: """
            Gold formats (../shared/eval/README.md): PolNeAR attributions, PDNC quotes with characters, news gold \
            with speakers and stances, sentiment ratings. Predictions are quotekit extract's output (or \
            quotekit sentiment's for sentiment gold); --run makes them by running QuoteKit on the gold texts. \
            Figures agree with score_quotes.py / score_sentiment.py on the same files. Exit status: 0, 1 when a \
            line of either file could not be used (the others are scored), 2 when a figure is under its floor.
            """
    )

    @Option(help: ArgumentHelp("The gold JSONL file.", valueName: "FILE"))
    var gold: String

    @Option(help: ArgumentHelp("Predictions JSONL (quotekit extract's output), or - for standard input.", valueName: "FILE"))
    var pred: String?

    @Flag(name: .customLong("run"), help: "Run QuoteKit on the gold texts instead of reading predictions.")
    var runPipeline = false

    @Option(help: ArgumentHelp("List up to N errors of each kind (missed, spurious, speaker, stance) with their context.", valueName: "N"))
    var errors = 0

    @Flag(help: "Print the figures as JSON (score_quotes.py --json's keys, plus QuoteKit's).")
    var json = false

    @Option(help: ArgumentHelp("Check the figures against the floors for this gold file's name in FILE (e.g. eval-floors.json).", valueName: "FILE"))
    var floors: String?

    @Option(help: ArgumentHelp("With --run: threads to analyse on (one analyzer each).", valueName: "N"))
    var jobs = 1

    @Option(name: .customLong("gold-band"), help: ArgumentHelp("Sentiment gold: ratings within ± this are neutral (score_sentiment.py --gold-band).", valueName: "X"))
    var goldBand = 0.0

    @OptionGroup var lexicons: LexiconOptions

    func validate() throws {
        guard (pred != nil) != runPipeline else { throw ValidationError("give exactly one of --pred FILE and --run") }
        guard errors >= 0 else { throw ValidationError("--errors must be 0 or more") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more") }
    }

    func run() throws {
        defer { Console.flush() }
        var floorTable: RegressionFloors?
        if let floors {
            do { floorTable = try RegressionFloors(contentsOf: URL(fileURLWithPath: floors)) } catch { throw ValidationError(error.description) }
        }
        var failed = false
        let (read, goldProblems) = EvaluationReader.gold(gold)
        for p in goldProblems { Console.error("failed: \(p)"); failed = true }
        guard let mode = read.first?.format else {
            Console.error("failed: \(gold): no gold documents")
            throw ExitCode(1)
        }
        // One file, one kind of scoring: sentiment ratings and quote annotations are not mixed.
        let isSentiment = mode == .sentiment
        let documents = read.filter { ($0.format == .sentiment) == isSentiment }
        if documents.count < read.count {
            Console.error("failed: \(gold): \(read.count - documents.count) documents are not in the \(isSentiment ? "sentiment" : "quote") format of the first; left out")
            failed = true
        }

        var predictions: [String: PredictionDocument]
        if let pred {
            let (byID, problems, warnings) = EvaluationReader.predictions(pred)
            for p in problems { Console.error("failed: \(p)"); failed = true }
            for w in warnings { Console.error("warning: \(w)") }
            predictions = byID
            let goldIDs = Set(documents.map(\.id))
            let extra = byID.keys.filter { !goldIDs.contains($0) }.sorted()
            if !extra.isEmpty { Console.error("warning: \(pred): \(extra.count) predicted documents have no gold document (ignored), e.g. \(extra.prefix(3).joined(separator: ", "))") }
        } else {
            let loaded = try lexicons.load()
            if isSentiment {
                predictions = EvaluationRunner.sentiment(for: documents, lexicons: loaded, jobs: jobs)
            } else {
                predictions = EvaluationRunner.quotes(for: documents, pipeline: Pipeline(lexicons: loaded), jobs: jobs)
            }
        }

        let report: EvaluationJSON
        if isSentiment {
            var evaluator = SentimentEvaluator(goldBand: goldBand)
            for d in documents { evaluator.add(d, predictions[d.id]) }
            report = evaluator.json()
            Console.write(json ? report.text() : evaluator.text())
        } else {
            var evaluator = QuoteEvaluator(errorLimit: errors)
            for d in documents { evaluator.add(d, predictions[d.id]) }
            for w in evaluator.warnings { Console.error("warning: \(w)") }
            if evaluator.warningCount > evaluator.warnings.count {
                Console.error("warning: \(evaluator.warningCount - evaluator.warnings.count) more predicted quotes with offsets outside their text")
            }
            report = evaluator.report.json(errors: errors > 0)
            Console.write(json ? report.text() : evaluator.report.text())
        }

        if let floorTable {
            let set = URL(fileURLWithPath: gold).lastPathComponent
            guard let shortfalls = floorTable.check(report, set: set) else {
                throw ValidationError("\(floors!): no floors for \(set)")
            }
            Console.flush()
            for s in shortfalls { Console.error("below floor: \(s)") }
            if !shortfalls.isEmpty { throw ExitCode(2) }
            let n = floorTable.floors[set]!.count
            Console.error("floors: \(set): \(n) of \(n) figures at or above their floors")
        }
        if failed { throw ExitCode(1) }
    }
}
