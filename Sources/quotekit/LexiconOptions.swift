import ArgumentParser
import Foundation
import QuoteKit

/// `--lexicons DIR`, shared by every subcommand that analyses text.
struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("lexicons"), help: "Lexicon folder (default: the Lexicons/ folder found beside the executable or in the source tree, or $QUOTEKIT_LEXICONS).")
    var directory: String?

    /// The loaded lexicons, or a clean exit with the loader's `file:line: reason`.
    func load() throws -> Lexicons {
        do {
            if let directory { return try Lexicons(directory: URL(fileURLWithPath: directory)) }
            return try Lexicons.loadDefault()
        } catch let error as LexiconError {
            throw ValidationError(error.description)
        }
    }
}
