import ArgumentParser
import Foundation
import QuoteKit

/// `quotekit run`: the batch job, from a corpus to one output folder.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Process a corpus in parallel into one folder: quotes.jsonl, quotes.csv, speakers.csv, quotekit.sqlite, report.html and run.json.",
        discussion: """
            Inputs: directories (read recursively, sorted), .txt/.md files with optional header lines \
            (Title:, Date:, Source:, URL:, Id:), .jsonl, .json, any of them gzip-compressed (.gz), and - \
            for JSONL on standard input. Every input is accounted for in run.json and the database: \
            processed, skipped (why) or failed (why, file and line). Exit status 1 when an input failed \
            (unless --keep-going), 64 for a usage error, 73 when the outputs cannot be written.
            """
    )

    @Argument(help: "Files, directories, or - for JSONL on standard input.")
    var inputs: [String]

    @Option(name: [.customShort("o"), .long], help: "The output folder (created if missing).")
    var out: String

    @Option(help: "Worker threads (default: the number of cores).")
    var workers: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Finish an interrupted run in the output folder: no document is lost or written twice.")
    var resume = false

    @Flag(help: "Exit 0 even when some inputs failed (they are still listed in run.json).")
    var keepGoing = false

    @Flag(name: .shortAndLong, help: "No progress display and no skip or warning messages (failures are still printed).")
    var quiet = false

    @Flag(help: "Print how long each phase took.")
    var timings = false

    @Flag(help: "Also report quotation marks that mark no statement (titles, names, scare quotes) as kind \"mention\".")
    var mentions = false

    @Option(name: .customLong("report-quotes"), help: "The most quotes report.html shows in full, whole documents in input order (0: all).")
    var reportQuotes: Int = BatchRun.defaultReportQuoteLimit

    @Option(name: .customLong("date-field"), help: "The field of a JSON article that holds its date (default: date); a dotted path reaches into objects (meta.publication_date).")
    var dateField: String = "date"

    @OptionGroup var lexicons: LexiconOptions

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give at least one input (a file, a directory or -)") }
        guard workers >= 1 else { throw ValidationError("--workers must be at least 1") }
        guard reportQuotes >= 0 else { throw ValidationError("--report-quotes must be 0 (all) or more") }
    }

    func run() throws {
        let loaded = try lexicons.load()
        var options = Pipeline.Options()
        options.keepMentions = mentions
        options.dateField = try Self.parse(dateField: dateField)
        var job = BatchRun(inputs: inputs, outputDirectory: out, workers: workers)
        job.resume = resume
        job.reportQuoteLimit = reportQuotes
        job.settings = [
            "lexicons": loaded.directory.standardizedFileURL.path,
            "speakers": lexicons.speakerFiles.joined(separator: "\n"),
            "mentions": String(mentions),
            "date_field": options.dateField.description,
        ]
        let meter = quiet ? nil : ProgressMeter(terminal: isatty(STDERR_FILENO) != 0)
        job.onProgress = { meter?.update($0) }
        job.onMessage = { message in
            if let meter { meter.message(message) } else if message.hasPrefix("failed:") { Console.error(message) }
        }
        let summary: BatchSummary
        do {
            summary = try job.run(pipeline: Pipeline(lexicons: loaded, options: options))
        } catch let error as BatchError {
            meter?.finish()
            if error.isUsageError { throw ValidationError(error.description) }
            Console.error("error: \(error)")
            throw ExitCode(73)
        }
        meter?.finish()
        if !quiet {
            var line = "done: \(summary.processed) documents analysed, \(summary.skipped) skipped, \(summary.failed) failed; "
            line += "\(summary.quotes) quotes by \(summary.speakersQuoted) speakers"
            if summary.unitsAlreadyDone > 0 { line += "; \(summary.processedThisRun) analysed by this run after \(summary.unitsAlreadyDone) inputs done before" }
            line += String(format: "; %.1f s; outputs in %@", summary.seconds, summary.outputDirectory)
            Console.error(line)
        }
        if timings {
            for (phase, seconds) in summary.timings { Console.error(String(format: "timing: %@ %.2f s", phase, seconds)) }
        }
        if summary.failed > 0 && !keepGoing { throw ExitCode(1) }
    }
}

extension RunCommand {
    /// The `--date-field` value, or a usage error naming it.
    static func parse(dateField text: String) throws -> DateField {
        guard let field = DateField(text) else { throw ValidationError("--date-field: '\(text)' is no field name or dotted path") }
        return field
    }
}
