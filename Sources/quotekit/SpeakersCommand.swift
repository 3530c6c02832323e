import ArgumentParser
import Foundation
import QuoteKit

/// `quotekit speakers`: per-speaker quotes, sentiment and stance across a corpus.
struct SpeakersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speakers",
        abstract: "Per-speaker quote counts, mean sentiment and stance per target (95% intervals), by month."
    )

    enum Format: String, ExpressibleByArgument { case table, jsonl }

    @Argument(help: "Text or JSONL files, directories, or - for standard input.")
    var inputs: [String]

    @Option(help: "table (default) or jsonl.")
    var format: Format = .table

    @Flag(help: "Add a line per speaker and month (documents with a Date).")
    var byMonth = false

    @OptionGroup var lexicons: LexiconOptions

    func run() throws {
        defer { Console.flush() }
        let analyzer = Pipeline(lexicons: try lexicons.load()).makeAnalyzer()
        var aggregator = SpeakerAggregator()
        try InputDocuments.forEach(inputs) { document in
            aggregator.add(analyzer.analyze(document))
        }
        Console.write(format == .table ? SpeakerTable.render(aggregator.result, byMonth: byMonth)
                                       : SpeakerTable.jsonLines(aggregator.result))
    }
}
