import ArgumentParser
import QuoteKit

/// The `quotekit` command line: each subcommand parses, resolves paths, calls the library and prints.
@main
struct QuoteKitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotekit",
        abstract: "Who said what in the news, and how they feel about the deal.",
        version: QuoteKitVersion.string,
        subcommands: [RunCommand.self, ExtractCommand.self, SpeakersCommand.self, SentimentCommand.self, EvalCommand.self, StreamCommand.self, TokenizeCommand.self]
    )
}
