import ArgumentParser
import Foundation
import QuoteKit

/// `quotekit tokenize`: tokens, sentences and paragraphs, for checking what the rules see.
struct TokenizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Print tokens, sentences and paragraphs as JSONL (or a table, for debugging rules)."
    )

    enum Format: String, ExpressibleByArgument { case jsonl, table }

    @Argument(help: "A text or JSONL file, a directory, or - for standard input.")
    var input: String

    @Option(help: "jsonl (default) or table.")
    var format: Format = .jsonl

    @OptionGroup var lexicons: LexiconOptions

    func run() throws {
        defer { Console.flush() }
        let analyzer = TextAnalyzer(lexicon: try lexicons.load().text)
        try InputDocuments.forEach([input]) { document in
            let analysed = analyzer.analyze(document.text)
            Console.write(format == .table ? TokenTable.render(analysed, id: document.id)
                                           : TokenJSON.encode(analysed, id: document.id))
        }
    }
}
