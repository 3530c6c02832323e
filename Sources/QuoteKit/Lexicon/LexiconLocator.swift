import Foundation

/// Finds the default `Lexicons/` folder without flags: beside the executable (and its parents, which
/// covers `.build/release/quotekit` inside a checkout), then the source tree this library was built
/// from, then `$QUOTEKIT_LEXICONS`.
public enum LexiconLocator {
    /// The environment variable that names a lexicon folder.
    public static let environmentVariable = "QUOTEKIT_LEXICONS"

    /// The places looked at, in order.
    public static func candidates(executable: String = CommandLine.arguments.first ?? "") -> [URL] {
        var places: [URL] = []
        let exe = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        var dir = exe
        for _ in 0..<5 {
            places.append(dir.appendingPathComponent("Lexicons"))
            dir = dir.deletingLastPathComponent()
        }
        // This file is Sources/QuoteKit/Lexicon/LexiconLocator.swift in the checkout it was built from.
        let sourceRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        places.append(sourceRoot.appendingPathComponent("Lexicons"))
        if let env = ProcessInfo.processInfo.environment[environmentVariable], !env.isEmpty {
            places.append(URL(fileURLWithPath: env))
        }
        return places
    }

    /// The first candidate that holds a lexicon folder, or an error listing every place looked at.
    public static func defaultDirectory() throws -> URL {
        let places = candidates()
        for place in places where FileManager.default.fileExists(atPath: place.appendingPathComponent("speech-verbs.tsv").path) {
            return place
        }
        let list = places.map { "  " + $0.path }.joined(separator: "\n")
        throw LexiconError(file: "Lexicons", line: 0, reason: "no lexicon folder found; looked in:\n\(list)\nset \(environmentVariable) or pass --lexicons DIR")
    }
}
