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

    /// A text analyzer with the repository's lexicons (one per call: analyzers are not shared).
    static func analyzer() -> TextAnalyzer { TextAnalyzer(lexicon: lexicons.text) }

    /// The seed article's text.
    static func seedArticle() throws -> String {
        try String(contentsOf: shared.appendingPathComponent("seed/article.txt"), encoding: .utf8)
    }
}
