import Foundation

/// Reads documents from a file, a directory tree or standard input (`-`), one at a time, and accounts
/// for every input: each comes out as a document or as an ``InputProblem``.
///
/// Formats, by file name: `.jsonl` (one article a line: `id`, `text`, optional `title`, `date`,
/// `source`, `url`), `.json` (one such object or an array of them), anything else as plain text with
/// optional header lines (`Title:`, `Date:`, `Source:`, `URL:`, `Id:`) ended by a blank line. Standard
/// input is JSONL when its first non-blank byte is `{`, plain text otherwise.
public struct DocumentReader {
    /// One item read: a document with any warnings about it, or a problem.
    public enum Item {
        case document(Document, warnings: [String])
        case problem(InputProblem)
    }

    /// File names in a directory that are documentation, not articles.
    static let documentationNames: Set<String> = ["readme.md", "readme.txt", "license", "license.md", "contributing.md"]

    public init() {}

    /// Calls `body` with every item under `path` in a stable order (directory entries sorted by path).
    public func read(_ path: String, _ body: (Item) throws -> Void) throws {
        if path == "-" {
            try readStandardInput(body)
            return
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            try body(.problem(InputProblem(file: path, line: 0, severity: .failed, reason: "no such file or directory")))
            return
        }
        if isDirectory.boolValue {
            for file in Self.files(under: path) {
                let name = URL(fileURLWithPath: file).lastPathComponent
                if Self.documentationNames.contains(name.lowercased()) {
                    try body(.problem(InputProblem(file: file, line: 0, severity: .skipped, reason: "documentation file, not an article")))
                    continue
                }
                try readFile(file, body)
            }
        } else {
            try readFile(path, body)
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

    func readFile(_ path: String, _ body: (Item) throws -> Void) throws {
        let lower = path.lowercased()
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") {
            guard let handle = FileHandle(forReadingAtPath: path) else {
                try body(.problem(InputProblem(file: path, line: 0, severity: .failed, reason: "cannot open for reading")))
                return
            }
            defer { try? handle.close() }
            try readJSONLines(LineReader(handle: handle), file: path, body)
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            try body(.problem(InputProblem(file: path, line: 0, severity: .failed, reason: "cannot read")))
            return
        }
        let bytes = [UInt8](data)
        if bytes.isEmpty {
            try body(.problem(InputProblem(file: path, line: 0, severity: .skipped, reason: "empty file")))
            return
        }
        if TextDecoding.looksBinary(bytes) {
            try body(.problem(InputProblem(file: path, line: 0, severity: .skipped, reason: "binary file (control bytes in the first 8 KiB)")))
            return
        }
        if lower.hasSuffix(".json") {
            try readJSONArray(bytes, file: path, body)
        } else {
            try body(plainText(bytes, id: path, file: path))
        }
    }

    private func readStandardInput(_ body: (Item) throws -> Void) throws {
        let reader = LineReader(handle: FileHandle.standardInput)
        var lines: [[UInt8]] = []
        // Decide the format from the first non-blank line.
        while let line = reader.next() {
            lines.append(line)
            if line.contains(where: { $0 != 0x20 && $0 != 0x09 }) { break }
        }
        let first = lines.last?.first(where: { $0 != 0x20 && $0 != 0x09 })
        if first == UInt8(ascii: "{") {
            var pending = lines[...]
            let source = AnyIterator<[UInt8]> {
                if let l = pending.popFirst() { return l }
                return reader.next()
            }
            try readJSONLines(source, file: "-", body)
        } else {
            var all: [UInt8] = []
            for l in lines { all.append(contentsOf: l); all.append(0x0A) }
            while let l = reader.next() { all.append(contentsOf: l); all.append(0x0A) }
            if !all.isEmpty { all.removeLast() }
            if all.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }) {
                try body(.problem(InputProblem(file: "-", line: 0, severity: .skipped, reason: "empty input")))
            } else {
                try body(plainText(all, id: "-", file: "-"))
            }
        }
    }

    private func readJSONLines<S: IteratorProtocol>(_ lines: S, file: String, _ body: (Item) throws -> Void) throws where S.Element == [UInt8] {
        var lines = lines
        var n = 0
        while let line = lines.next() {
            n += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            try body(article(json: line, file: file, line: n, fallbackID: "\(file):\(n)"))
        }
    }

    private func readJSONArray(_ bytes: [UInt8], file: String, _ body: (Item) throws -> Void) throws {
        let value: Any
        do { value = try JSONSerialization.jsonObject(with: Data(bytes)) } catch {
            try body(.problem(InputProblem(file: file, line: 0, severity: .failed, reason: "malformed JSON: \(Self.describe(error))")))
            return
        }
        let objects = (value as? [Any]) ?? [value]
        for (i, o) in objects.enumerated() {
            guard let dict = o as? [String: Any] else {
                try body(.problem(InputProblem(file: file, line: 0, severity: .failed, reason: "item \(i + 1) is not a JSON object")))
                continue
            }
            try body(article(dict, file: file, line: 0, fallbackID: "\(file)#\(i + 1)"))
        }
    }

    /// One JSONL line as a document or a problem.
    func article(json line: [UInt8], file: String, line n: Int, fallbackID: String) -> Item {
        let (text, invalid) = TextDecoding.decode(line)
        if let invalid {
            return .problem(InputProblem(file: file, line: n, severity: .failed, reason: "invalid UTF-8 at byte \(invalid) of the line"))
        }
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: Data(text.utf8)) } catch {
            return .problem(InputProblem(file: file, line: n, severity: .failed, reason: "malformed JSON: \(Self.describe(error))"))
        }
        guard let dict = object as? [String: Any] else {
            return .problem(InputProblem(file: file, line: n, severity: .failed, reason: "not a JSON object"))
        }
        return article(dict, file: file, line: n, fallbackID: fallbackID)
    }

    private func article(_ dict: [String: Any], file: String, line: Int, fallbackID: String) -> Item {
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
        return .document(Document(id: id, text: text, title: dict["title"] as? String, date: dict["date"] as? String,
                                  source: dict["source"] as? String, url: dict["url"] as? String), warnings: [])
    }

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
