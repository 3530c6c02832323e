import ArgumentParser
import Foundation
import QuoteKit

/// `--lexicons DIR`, shared by every subcommand that analyses text.
struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("lexicons"), help: "Lexicon folder (default: the Lexicons/ folder found beside the executable or in the source tree, or $QUOTEKIT_LEXICONS).")
    var directory: String?

    @Option(name: .customLong("speakers"), help: "A speaker registry of your own (the speakers.tsv format), merged over the default one; repeatable.")
    var speakerFiles: [String] = []

    /// The loaded lexicons, or a clean exit with the loader's `file:line: reason`.
    func load() throws -> Lexicons {
        do {
            let extra = speakerFiles.map { URL(fileURLWithPath: $0) }
            if let directory { return try Lexicons(directory: URL(fileURLWithPath: directory), speakerRegistries: extra) }
            return try Lexicons.loadDefault(speakerRegistries: extra)
        } catch let error as LexiconError {
            throw ValidationError(error.description)
        }
    }
}
