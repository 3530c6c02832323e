import ArgumentParser
import Foundation
import QuoteKit

/// `quotekit extract`: quotes, speakers and scores of each document, in the output schema.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Find every quote and its speaker; write the output schema as JSONL (or a table)."
    )

    enum Format: String, ExpressibleByArgument { case jsonl, table }

    @Argument(help: "Text or JSONL files, directories, or - for standard input.")
    var inputs: [String]

    @Option(help: "jsonl (default) or table.")
    var format: Format = .jsonl

    @Flag(help: "Also report quotation marks that mark no statement (titles, names, scare quotes) as kind \"mention\".")
    var mentions = false

    @Option(name: .customLong("date-field"), help: "The field of a JSON article that holds its date (default: date); a dotted path reaches into objects (meta.publication_date).")
    var dateField: String = "date"

    @OptionGroup var lexicons: LexiconOptions

    func run() throws {
        defer { Console.flush() }
        var options = Pipeline.Options()
        options.keepMentions = mentions
        options.dateField = try Self.parse(dateField: dateField)
        let analyzer = Pipeline(lexicons: try lexicons.load(), options: options).makeAnalyzer()
        try InputDocuments.forEach(inputs, dateField: options.dateField) { document in
            let analysis = analyzer.analyze(document)
            if format == .table { Console.write(QuoteTable.render(analysis)) } else { Console.write(utf8: AnalysisJSON.utf8(analysis)) }
        }
    }
}

extension ExtractCommand {
    /// The `--date-field` value, or a usage error naming it.
    static func parse(dateField text: String) throws -> DateField {
        guard let field = DateField(text) else { throw ValidationError("--date-field: '\(text)' is no field name or dotted path") }
        return field
    }
}
