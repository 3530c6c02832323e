import Foundation

/// One lexicon file, parsed and validated (format: `Lexicons/FORMAT.md`).
public struct LexiconTable: Sendable {
    /// A column's declared type.
    public enum ColumnType: Sendable { case text, number, int, list }

    /// One entry line.
    public struct Row: Sendable {
        /// The 1-based line number in the file.
        public let line: Int
        /// The fields, one per column.
        public let fields: [String]

        /// The key (first field).
        public var key: String { fields[0] }
    }

    /// The only format version this build reads.
    public static let formatVersion = "quotekit-lexicon 1"

    /// The file's path, for messages.
    public let path: String
    /// The `name` header.
    public let name: String
    /// Column names, in order.
    public let columns: [String]
    /// Column types, parallel to `columns`.
    public let types: [ColumnType]
    /// The entries, in file order.
    public let rows: [Row]

    /// Reads and validates the file at `url`.
    public init(contentsOf url: URL) throws {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw LexiconError(file: url.path, line: 0, reason: "cannot read: \(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LexiconError(file: url.path, line: 0, reason: "not valid UTF-8")
        }
        try self.init(text: text, path: url.path)
    }

    /// Parses and validates `text`, naming `path` in errors.
    public init(text: String, path: String) throws {
        self.path = path
        var headers: [String: String] = [:]
        var rows: [Row] = []
        var columns: [String] = []
        var types: [ColumnType] = []
        var inHeader = true
        var keyIsID = false
        var seen: [String: Int] = [:]
        var lineNumber = 0
        for rawLine in Self.lines(of: text) {
            lineNumber += 1
            var line = rawLine
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.hasPrefix("#") {
                if inHeader, let colon = line.firstIndex(of: ":") {
                    let key = Self.trimmed(line[line.index(after: line.startIndex)..<colon])
                    let value = Self.trimmed(line[line.index(after: colon)...])
                    if key == "columns" {
                        // Column names are TAB-separated; tolerate the space after "columns:".
                        let raw = line[line.index(after: colon)...].drop { $0 == " " }
                        headers[key] = String(raw)
                    } else if !key.contains(" ") {
                        headers[key] = value
                    }
                }
                continue
            }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            if inHeader {
                inHeader = false
                guard let format = headers["format"] else {
                    throw LexiconError(file: path, line: lineNumber, reason: "missing '# format: \(Self.formatVersion)' header before the first entry")
                }
                guard format == Self.formatVersion else {
                    throw LexiconError(file: path, line: 0, reason: "unknown format version '\(format)' (this build reads '\(Self.formatVersion)')")
                }
                guard let cols = headers["columns"], !cols.isEmpty else {
                    throw LexiconError(file: path, line: lineNumber, reason: "missing '# columns:' header")
                }
                for spec in cols.split(separator: "\t") {
                    let parts = spec.trimmingCharacters(in: .whitespaces).split(separator: ":", maxSplits: 1)
                    columns.append(String(parts[0]))
                    switch parts.count > 1 ? String(parts[1]) : "text" {
                    case "text": types.append(.text)
                    case "number": types.append(.number)
                    case "int": types.append(.int)
                    case "list": types.append(.list)
                    case let other:
                        throw LexiconError(file: path, line: 0, reason: "column '\(parts[0])' has unknown type '\(other)'")
                    }
                }
                keyIsID = headers["key"] == "id"
            }
            let fields = Self.fields(of: line)
            guard fields.count == columns.count else {
                throw LexiconError(file: path, line: lineNumber, reason: "expected \(columns.count) TAB-separated columns (\(columns.joined(separator: ", "))), found \(fields.count)")
            }
            for (i, type) in types.enumerated() {
                switch type {
                case .number where Double(fields[i]) == nil || !(Double(fields[i])!.isFinite):
                    throw LexiconError(file: path, line: lineNumber, reason: "column '\(columns[i])' must be a number, found '\(fields[i])'")
                case .int where Int(fields[i]) == nil:
                    throw LexiconError(file: path, line: lineNumber, reason: "column '\(columns[i])' must be a whole number, found '\(fields[i])'")
                default: break
                }
            }
            let key = fields[0]
            if key.isEmpty {
                throw LexiconError(file: path, line: lineNumber, reason: "empty key")
            }
            if keyIsID {
                if !key.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) {
                    throw LexiconError(file: path, line: lineNumber, reason: "id '\(key)' must be lower-case letters, digits and '-'")
                }
            } else {
                let normal = Normalizer.key(key)
                if normal != key {
                    throw LexiconError(file: path, line: lineNumber, reason: "key '\(key)' is not normalised (expected '\(normal)': NFKC, lower case, straight apostrophe, single spaces)")
                }
            }
            if let first = seen[key] {
                throw LexiconError(file: path, line: lineNumber, reason: "duplicate key '\(key)' (first on line \(first))")
            }
            seen[key] = lineNumber
            rows.append(Row(line: lineNumber, fields: fields))
        }
        if inHeader && headers["format"] != nil && headers["format"] != Self.formatVersion {
            throw LexiconError(file: path, line: 0, reason: "unknown format version '\(headers["format"]!)' (this build reads '\(Self.formatVersion)')")
        }
        self.name = headers["name"] ?? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        self.columns = columns
        self.types = types
        self.rows = rows
    }

    /// The lines of `text`, split at "\n" and "\r\n" (the line breaks a `Character` split on them finds),
    /// read as UTF-8 bytes: a line feed is a character of its own, or the end of "\r\n" (grapheme rules
    /// GB3-GB5), so the byte split gives the same lines at a fraction of the cost of a `Character` split.
    static func lines(of text: String) -> [Substring] {
        var out: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            if utf8[i] == 0x0A {
                // "\r\n" is one separator: the line ends before its CR (a character boundary, GB5).
                var end = i
                if end != start, case let p = utf8.index(before: end), utf8[p] == 0x0D { end = p }
                out.append(text[start..<end])
                start = utf8.index(after: i)
            }
            utf8.formIndex(after: &i)
        }
        out.append(text[start..<utf8.endIndex])
        return out
    }

    /// The TAB-separated fields of `line`, empty ones kept: split on the bytes (a TAB is always a
    /// character of its own, grapheme rules GB4-GB5).
    static func fields(of line: Substring) -> [String] {
        var out: [String] = []
        let utf8 = line.utf8
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            if utf8[i] == 0x09 {
                out.append(String(line[start..<i]))
                start = utf8.index(after: i)
            }
            utf8.formIndex(after: &i)
        }
        out.append(String(line[start..<utf8.endIndex]))
        return out
    }

    /// The index of column `name`; throws naming the file when it is missing.
    public func column(_ name: String) throws -> Int {
        guard let i = columns.firstIndex(of: name) else {
            throw LexiconError(file: path, line: 0, reason: "missing column '\(name)' (has: \(columns.joined(separator: ", ")))")
        }
        return i
    }

    /// The numeric value of `row` in column `index` (validated on load).
    public func number(_ row: Row, _ index: Int) -> Double { Double(row.fields[index]) ?? 0 }

    /// The `|`-separated values of `row` in column `index`.
    public func list(_ row: Row, _ index: Int) -> [String] {
        row.fields[index].split(separator: "|").map { Self.trimmed($0) }.filter { !$0.isEmpty }
    }

    /// `s.trimmingCharacters(in: .whitespaces)`, trimmed on the bytes when `s` is ASCII (where that set
    /// holds only space and TAB): Foundation's trim costs far more than the rest of a field's parsing.
    static func trimmed(_ s: Substring) -> String {
        let utf8 = s.utf8
        guard !utf8.contains(where: { $0 >= 0x80 }) else { return s.trimmingCharacters(in: .whitespaces) }
        var start = utf8.startIndex, end = utf8.endIndex
        while start != end, utf8[start] == 0x20 || utf8[start] == 0x09 { utf8.formIndex(after: &start) }
        while start != end, case let p = utf8.index(before: end), utf8[p] == 0x20 || utf8[p] == 0x09 { end = p }
        return String(s[start..<end])
    }
}
