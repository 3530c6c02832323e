import ArgumentParser
import Foundation
import QuoteKit

/// `quotekit stream`: the mapper for Spark `rdd.pipe` and Hadoop Streaming.
struct StreamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stream",
        abstract: "Read article JSONL on standard input; write one output JSON line per input line, in order.",
        discussion: """
            Each line that holds an article gives its line in the output schema; any other line gives \
            {"id": ..., "error": reason} or {"id": ..., "skipped": reason}, so output lines pair with \
            input lines one to one. Bad lines never change the exit status (a cluster would retry the \
            task): look for "error" in the output.
            """
    )

    @Option(help: "Worker threads (default: the number of cores; use 1 under Spark, which runs one task per core).")
    var workers: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Also report quotation marks that mark no statement (titles, names, scare quotes) as kind \"mention\".")
    var mentions = false

    @Option(name: .customLong("date-field"), help: "The field of a JSON article that holds its date (default: date); a dotted path reaches into objects (meta.publication_date).")
    var dateField: String = "date"

    @OptionGroup var lexicons: LexiconOptions

    func validate() throws {
        guard workers >= 1 else { throw ValidationError("--workers must be at least 1") }
    }

    func run() throws {
        var options = Pipeline.Options()
        options.keepMentions = mentions
        options.dateField = try Self.parse(dateField: dateField)
        let mapper = StreamMapper(pipeline: Pipeline(lexicons: try lexicons.load(), options: options), workers: workers)
        try mapper.run(input: FileHandle.standardInput, output: FileHandle.standardOutput)
    }
}

extension StreamCommand {
    /// The `--date-field` value, or a usage error naming it.
    static func parse(dateField text: String) throws -> DateField {
        guard let field = DateField(text) else { throw ValidationError("--date-field: '\(text)' is no field name or dotted path") }
        return field
    }
}
