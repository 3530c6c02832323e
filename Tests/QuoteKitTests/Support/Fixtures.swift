import Foundation
@testable import QuoteKit

/// Shared test fixtures: the repository's lexicons, loaded once, and paths into the checkout.
enum Fixtures {
    /// The checkout's root folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    /// `Lexicons/` in the checkout.
    static let lexiconDirectory = root.appendingPathComponent("Lexicons")
    /// `Corpus/` in the checkout.
    static let corpusDirectory = root.appendingPathComponent("Corpus")
    /// `../shared` beside the checkout (the seed article and the evaluation data), when present.
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")

    /// The repository's lexicons (a test fails loudly if they do not load).
    static let lexicons: Lexicons = {
        do { return try Lexicons(directory: lexiconDirectory) } catch { fatalError("lexicons do not load: \(error)") }
    }()

    /// A temporary copy of the repository's lexicon files with `file` replaced by `contents` (the caller
    /// removes it).
    static func lexiconCopy(replacing file: String, with contents: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qk-lexicons-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: lexiconDirectory.path) where name.hasSuffix(".tsv") {
            try FileManager.default.copyItem(at: lexiconDirectory.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        try contents.write(to: dir.appendingPathComponent(file), atomically: true, encoding: .utf8)
        return dir
    }

    /// The `LexiconError` that `load` throws for a copy of the repository's lexicons without `file`
    /// (nil when it loads: a test expecting an error records that).
    static func errorLoadingWithout(_ file: String, _ load: (URL) throws -> Void) throws -> LexiconError? {
        let dir = try lexiconCopy(replacing: file, with: "")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.removeItem(at: dir.appendingPathComponent(file))
        do { try load(dir) } catch let error as LexiconError { return error }
        return nil
    }

    /// A text analyzer with the repository's lexicons (one per call: analyzers are not shared).
    static func analyzer() -> TextAnalyzer { TextAnalyzer(lexicon: lexicons.text) }

    /// The seed article's text.
    static func seedArticle() throws -> String { try sharedText("seed/article.txt") }

    /// A file of `../shared` (the seed article, the evaluation data: third-party text, kept out of the
    /// repository), or an error that says where it was looked for and why it is needed.
    static func sharedText(_ relativePath: String) throws -> String {
        let url = shared.appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else { throw MissingSharedFile(path: url.path) }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// `../shared` is not beside the checkout (see README, Set-up).
    struct MissingSharedFile: Error, CustomStringConvertible {
        let path: String
        var description: String {
            "\(path) not found: the seed-article tests need ../shared beside the checkout (it is not in the repository; see README, Set-up)"
        }
    }
}
