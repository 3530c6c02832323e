import Foundation

/// Reads documents from a file, a directory tree or standard input (`-`), one at a time, and accounts
/// for every input: each comes out as a document or as an ``InputProblem``.
///
/// Formats, by file name (a `.gz` suffix is removed first and the file decompressed): `.jsonl` /
/// `.ndjson` (one article a line: `id`, `text`, optional `title`, `date`, `source`, `url`), `.json` (one
/// such object or an array of them), anything else as plain text with optional header lines (`Title:`,
/// `Date:`, `Source:`, `URL:`, `Id:`) ended by a blank line. Standard input is JSONL when its first
/// non-blank byte is `{`, plain text otherwise. ``InputScanner`` finds the units; this type parses them.
public struct DocumentReader {
    /// One item read: a document with any warnings about it, or a problem.
    public enum Item {
        case document(Document, warnings: [String])
        case problem(InputProblem)
    }

    /// File names in a directory that are documentation, not articles.
    static let documentationNames: Set<String> = ["readme.md", "readme.txt", "license", "license.md", "contributing.md"]

    /// Where a JSON article's date is read from (``DateField``).
    public var dateField = DateField()

    /// A reader taking a JSON article's date from `dateField`.
    public init(dateField: DateField = DateField()) {
        self.dateField = dateField
    }

    /// Calls `body` with every item under `path` in a stable order (directory entries sorted by path).
    public func read(_ path: String, _ body: (Item) throws -> Void) throws {
        try InputScanner(paths: [path]).scan { unit in
            for item in items(in: unit) { try body(item) }
        }
    }

    /// Every regular file under `path`, sorted, hidden files left out.
    static func files(under path: String) -> [String] {
        guard let e = FileManager.default.enumerator(atPath: path) else { return [] }
        var out: [String] = []
        while let rel = e.nextObject() as? String {
            if rel.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            let full = (path as NSString).appendingPathComponent(rel)
            var dir: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &dir), !dir.boolValue { out.append(full) }
        }
        return out.sorted()
    }

    /// The items of one unit, in order: one for a JSONL line or a text file, one per element of a JSON
    /// array, and at least one always (an empty array is a skipped problem). Never throws.
    func items(in unit: InputUnit) -> [Item] {
        switch unit.content {
        case .problem(let problem):
            return [.problem(problem)]
        case .alreadyDone:
            return []
        case .jsonLine(let line):
            return [article(json: line, file: unit.file, line: unit.line, fallbackID: "\(unit.file):\(unit.line)")]
        case .file(let bytes, let format):
            let path = unit.file
            if bytes.isEmpty {
                return [.problem(InputProblem(file: path, line: 0, severity: .skipped, reason: "empty file"))]
            }
            if TextDecoding.looksBinary(bytes) {
                return [.problem(InputProblem(file: path, line: 0, severity: .skipped, reason: "binary file (control bytes in the first 8 KiB)"))]
            }
            switch format {
            case .json: return jsonArray(bytes, file: path)
            case .text: return [plainText(bytes, id: path, file: path)]
            }
        }
    }

    private func jsonArray(_ bytes: [UInt8], file: String) -> [Item] {
        let data = Data(bytes)
        let value: Any
        do { value = try JSONSerialization.jsonObject(with: data) } catch {
            return [.problem(InputProblem(file: file, line: 0, severity: .failed, reason: "malformed JSON: \(Self.describe(error))"))]
        }
        return data.withUnsafeBytes { raw in
            guard let array = value as? [Any] else {
                guard let dict = value as? [String: Any] else {
                    return [.problem(InputProblem(file: file, line: 0, severity: .failed, reason: "item 1 is not a JSON object"))]
                }
                return [article(dict, raw: raw, file: file, line: 0, fallbackID: "\(file)#1")]
            }
            if array.isEmpty {
                return [.problem(InputProblem(file: file, line: 0, severity: .skipped, reason: "no articles (an empty JSON array)"))]
            }
            let spans = JSONSpans.elements(raw)
            return array.enumerated().map { i, o in
                guard let dict = o as? [String: Any], i < spans.count else {
                    return .problem(InputProblem(file: file, line: 0, severity: .failed, reason: "item \(i + 1) is not a JSON object"))
                }
                return article(dict, raw: UnsafeRawBufferPointer(rebasing: raw[spans[i]]), file: file, line: 0, fallbackID: "\(file)#\(i + 1)")
            }
        }
    }

    /// One JSONL line as a document or a problem.
    func article(json line: [UInt8], file: String, line n: Int, fallbackID: String) -> Item {
        if let invalid = TextDecoding.firstInvalidByte(line) {
            return .problem(InputProblem(file: file, line: n, severity: .failed, reason: "invalid UTF-8 at byte \(invalid) of the line"))
        }
        let data = Data(line)
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            return .problem(InputProblem(file: file, line: n, severity: .failed, reason: "malformed JSON: \(Self.describe(error))"))
        }
        guard let dict = object as? [String: Any] else {
            return .problem(InputProblem(file: file, line: n, severity: .failed, reason: "not a JSON object"))
        }
        return data.withUnsafeBytes { article(dict, raw: $0, file: file, line: n, fallbackID: fallbackID) }
    }

    /// The article in `dict`, parsed from the JSON text `raw` (where its other fields are copied from).
    private func article(_ dict: [String: Any], raw: UnsafeRawBufferPointer, file: String, line: Int, fallbackID: String) -> Item {
        guard let text = dict["text"] as? String else {
            return .problem(InputProblem(file: file, line: line, severity: .failed, reason: "no string field \"text\""))
        }
        let id: String
        switch dict["id"] {
        case let s as String: id = s
        case let n as NSNumber: id = n.stringValue
        default: id = fallbackID
        }
        if text.isEmpty {
            return .problem(InputProblem(file: file, line: line, severity: .skipped, reason: "document \(id) has empty text"))
        }
        // Every other field, and a title, date, source or url that is not a string (kept, not dropped),
        // as its JSON text came: copied, not parsed and written again.
        var fields: [String: String] = [:]
        for member in JSONSpans.members(raw) {
            if Self.articleKeys.contains(member.key) && (member.key == "id" || member.key == "text" || dict[member.key] is String) { continue }
            fields[member.key] = JSONSpans.compact(raw, member.value)
        }
        let date = dateField.value(in: dict)
        // A date field holding no string (a number, an object, null) leaves the document undated: say so.
        let warnings = date == nil && dateField.isPresent(in: dict)
            ? ["\(file):\(line): \(id): the date field \"\(dateField)\" holds no string; the document has no date"] : []
        return .document(Document(id: id, text: text, title: dict["title"] as? String, date: date,
                                  source: dict["source"] as? String, url: dict["url"] as? String, fields: fields),
                         warnings: warnings)
    }

    /// The fields an article's JSON object is read for; any other field is kept as it came.
    static let articleKeys: Set<String> = ["id", "text", "title", "date", "source", "url"]

    /// A plain-text file: optional header lines, a blank line, then the body.
    func plainText(_ bytes: [UInt8], id: String, file: String) -> Item {
        let (decoded, invalid) = TextDecoding.decode(bytes)
        var warnings: [String] = []
        if let invalid {
            warnings.append("\(file): invalid UTF-8 at byte \(invalid); invalid sequences replaced with U+FFFD")
        }
        var doc = Document(id: id, text: decoded)
        TextHeader.apply(to: &doc)
        if doc.text.allSatisfy(\.isWhitespace) {
            return .problem(InputProblem(file: file, line: 0, severity: .skipped, reason: "no text after the header lines"))
        }
        return .document(doc, warnings: warnings)
    }

    static func describe(_ error: Error) -> String {
        let ns = error as NSError
        return (ns.userInfo[NSDebugDescriptionErrorKey] as? String) ?? ns.localizedDescription
    }
}
