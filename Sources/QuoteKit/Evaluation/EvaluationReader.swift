import Foundation

/// Reads gold and prediction JSONL files for ``QuoteEvaluator`` and ``SentimentEvaluator``. Blank lines are
/// skipped; a line that cannot be used is reported as an ``InputProblem`` with `file:line: reason` and left
/// out, and the other lines are read. `-` reads standard input.
public enum EvaluationReader {
    /// The gold documents of `path`, in file order, and the lines that failed.
    public static func gold(_ path: String) -> (documents: [GoldDocument], problems: [InputProblem]) {
        var documents: [GoldDocument] = []
        var problems: [InputProblem] = []
        readObjects(path, problems: &problems) { object, line throws(EvaluationInputError) in
            documents.append(try GoldDocument(json: object))
        }
        return (documents, problems)
    }

    /// The predictions of `path` by document id (a repeated id: the later line wins, as in the reference
    /// scorer, with a warning), the lines that failed, and warnings.
    public static func predictions(_ path: String) -> (byID: [String: PredictionDocument], problems: [InputProblem], warnings: [String]) {
        var byID: [String: PredictionDocument] = [:]
        var lineOf: [String: Int] = [:]
        var problems: [InputProblem] = []
        var warnings: [String] = []
        readObjects(path, problems: &problems) { object, line throws(EvaluationInputError) in
            let p = try PredictionDocument(json: object)
            if let earlier = lineOf[p.id] { warnings.append("\(path):\(line): id \(p.id) repeats line \(earlier); the later line is used") }
            byID[p.id] = p
            lineOf[p.id] = line
        }
        return (byID, problems, warnings)
    }

    /// Calls `body` with each line's JSON object and its 1-based line number; a line `body` rejects becomes a
    /// problem like a malformed one.
    static func readObjects(_ path: String, problems: inout [InputProblem],
                            _ body: ([String: Any], Int) throws(EvaluationInputError) -> Void) {
        let handle: FileHandle
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(InputProblem(file: path, line: 0, severity: .failed, reason: "no such file or directory"))
                return
            }
            guard !isDirectory.boolValue, let h = FileHandle(forReadingAtPath: path) else {
                problems.append(InputProblem(file: path, line: 0, severity: .failed,
                                             reason: isDirectory.boolValue ? "a directory, not a JSONL file" : "cannot open for reading"))
                return
            }
            handle = h
        }
        defer { if path != "-" { try? handle.close() } }
        readObjects(from: LineReader(handle: handle), file: path, problems: &problems, body)
    }

    /// Calls `body` with the JSON object of each of `lines` (raw bytes without their line break) and its
    /// 1-based line number; blank lines are skipped, a line that is not a JSON object is a problem of `file`.
    static func readObjects<Lines: IteratorProtocol>(from lines: Lines, file path: String, problems: inout [InputProblem],
                                                    _ body: ([String: Any], Int) throws(EvaluationInputError) -> Void)
    where Lines.Element == [UInt8] {
        var lines = lines
        var n = 0
        while let line = lines.next() {
            n += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard String(validating: line, as: UTF8.self) != nil else {
                problems.append(InputProblem(file: path, line: n, severity: .failed,
                                             reason: "invalid UTF-8 at byte \(TextDecoding.firstInvalidOffset(line)) of the line"))
                continue
            }
            let object: Any
            do { object = try JSONSerialization.jsonObject(with: Data(Self.escapingByteOrderMarks(line, first: n == 1)), options: [.fragmentsAllowed]) } catch {
                problems.append(InputProblem(file: path, line: n, severity: .failed, reason: "malformed JSON: \(DocumentReader.describe(error))"))
                continue
            }
            guard let dict = object as? [String: Any] else {
                problems.append(InputProblem(file: path, line: n, severity: .failed, reason: "not a JSON object"))
                continue
            }
            do throws(EvaluationInputError) { try body(dict, n) } catch {
                problems.append(InputProblem(file: path, line: n, severity: .failed, reason: error.description))
            }
        }
    }

    /// The line with each U+FEFF written as the escape `\ufeff`, and a byte-order mark that opens the file
    /// dropped. Foundation's `JSONSerialization` (Swift 6.3, Linux) silently drops a raw U+FEFF that follows an
    /// escape sequence inside a string (`"…\n\u{FEFF}This…"`), which shifts every later offset of that
    /// document by one; the escaped form survives. U+FEFF is valid JSON only inside strings, so the escape
    /// changes nothing else.
    static func escapingByteOrderMarks(_ line: [UInt8], first: Bool) -> [UInt8] {
        var line = line[...]
        if first && line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
        guard line.count >= 3, line.contains(0xEF) else { return Array(line) }
        var out: [UInt8] = []
        out.reserveCapacity(line.count + 16)
        var i = line.startIndex
        while i < line.endIndex {
            if line[i] == 0xEF && i + 2 < line.endIndex && line[i + 1] == 0xBB && line[i + 2] == 0xBF {
                out.append(contentsOf: Array("\\ufeff".utf8))
                i += 3
            } else {
                out.append(line[i])
                i += 1
            }
        }
        return out
    }
}
