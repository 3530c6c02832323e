import Foundation

/// A user's valence lexicon in a published third-party format, read to override or extend `valence.tsv`.
///
/// Keys are brought to the key form (``Normalizer/key(_:)``); when two lines give the same key, the later
/// one wins (VADER's own file has such duplicates, and refusing them would make it unusable). A value of
/// 0 makes a word neutral.
public struct UserLexicon: Sendable {
    /// A file format.
    public enum Format: String, Sendable, CaseIterable {
        /// VADER's `vader_lexicon.txt`: `word<TAB>mean<TAB>...`, no header; columns after the mean
        /// (standard deviation, raw ratings) are ignored. The mean is already on -4...+4.
        case vader
        /// AFINN (`AFINN-111.txt`, `AFINN-165.txt`): `word<TAB>integer` with the integer in -5...+5,
        /// rescaled to -4...+4 by ``afinnScale``.
        case afinn
    }

    /// One entry: a key in key form and its valence on -4...+4.
    public struct Entry: Sendable, Equatable {
        /// The key (NFKC, case-folded, single spaces).
        public let key: String
        /// Valence on -4...+4.
        public let valence: Double
    }

    /// AFINN's -5...+5 onto QuoteKit's -4...+4: the two scales share their zero and their ends, so a
    /// linear map is 4/5.
    public static let afinnScale = 0.8

    /// The file's path, for messages.
    public let path: String
    /// The format it was read as.
    public let format: Format
    /// The entries, in file order (a later duplicate replaces an earlier one when applied).
    public let entries: [Entry]

    /// Reads `FORMAT:PATH` (for example `vader:lexicons/vader_lexicon.txt`); throws ``LexiconError``.
    public init(specification: String) throws {
        guard let colon = specification.firstIndex(of: ":") else {
            throw LexiconError(file: specification, line: 0, reason: "expected FORMAT:PATH with FORMAT one of \(Self.formatNames)")
        }
        let name = specification[..<colon].lowercased()
        let path = String(specification[specification.index(after: colon)...])
        guard let format = Format(rawValue: name) else {
            throw LexiconError(file: path, line: 0, reason: "unknown lexicon format '\(name)' (expected one of \(Self.formatNames))")
        }
        try self.init(contentsOf: URL(fileURLWithPath: path), format: format)
    }

    /// Reads the file at `url` in `format`; throws ``LexiconError`` naming `file:line` for a bad line.
    public init(contentsOf url: URL, format: Format) throws {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw LexiconError(file: url.path, line: 0, reason: "cannot read: \(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LexiconError(file: url.path, line: 0, reason: "not valid UTF-8")
        }
        try self.init(text: text, format: format, path: url.path)
    }

    /// Parses `text` in `format`, naming `path` in errors.
    public init(text: String, format: Format, path: String) throws {
        self.path = path
        self.format = format
        var entries: [Entry] = []
        var lineNumber = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(raw)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            func fail(_ reason: String) -> LexiconError { LexiconError(file: path, line: lineNumber, reason: reason) }
            let key = Normalizer.key(String(fields[0]))
            if key.isEmpty { throw fail("empty word") }
            let valence: Double
            switch format {
            case .vader:
                guard fields.count >= 2 else { throw fail("expected word<TAB>mean[<TAB>...], found no TAB") }
                guard let mean = Double(fields[1].trimmingCharacters(in: .whitespaces)), mean.isFinite else {
                    throw fail("mean must be a number, found '\(fields[1])'")
                }
                guard abs(mean) <= 4 else { throw fail("mean must be within -4...4, found \(fields[1])") }
                valence = mean
            case .afinn:
                guard fields.count == 2 else {
                    throw fail("expected word<TAB>integer (2 columns), found \(fields.count) column\(fields.count == 1 ? "" : "s")")
                }
                guard let score = Int(fields[1].trimmingCharacters(in: .whitespaces)) else {
                    throw fail("score must be a whole number, found '\(fields[1])'")
                }
                guard (-5...5).contains(score) else { throw fail("score must be within -5...5, found \(score)") }
                valence = Double(score) * Self.afinnScale
            }
            entries.append(Entry(key: key, valence: valence))
        }
        self.entries = entries
    }

    private static var formatNames: String { Format.allCases.map(\.rawValue).joined(separator: ", ") }
}
