import Foundation

/// Walks the inputs (files, directory trees, `-` for standard input) in a stable order and hands on
/// every ``InputUnit``: each non-blank JSONL line, each other file whole, and each input that yields
/// nothing as a problem. It reads and decompresses; it never decodes or parses.
///
/// File formats go by name, after removing a `.gz` suffix (gzip files are decompressed with zlib):
/// `.jsonl` / `.ndjson` are read line by line, never whole; `.json` and everything else are read whole.
/// Directories are read recursively in sorted path order, hidden files left out, documentation files
/// (README, LICENSE, CONTRIBUTING) skipped with a reason.
struct InputScanner {
    /// The inputs, in the order given.
    let paths: [String]
    /// Units before this index are handed on as ``InputUnit/Content/alreadyDone``, without reading whole
    /// files (a resumed run: an earlier run accounted for them). JSONL lines are still read, to count them.
    var skipBefore = 0

    /// Calls `body` with every unit, in order.
    func scan(_ body: (InputUnit) throws -> Void) throws {
        try withoutActuallyEscaping(body) { body in
            var state = State(skipBefore: skipBefore, body: body)
            for path in paths { try state.scan(path) }
        }
    }

    /// The inputs' total size on disk, or nil when standard input is among them (its size is unknown).
    static func totalBytes(of paths: [String]) -> Int? {
        var total = 0
        for path in paths {
            if path == "-" { return nil }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                for file in DocumentReader.files(under: path) { total += fileSize(file) }
            } else {
                total += fileSize(path)
            }
        }
        return total
    }

    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// What the walk has seen so far.
    private struct State {
        let skipBefore: Int
        let body: (InputUnit) throws -> Void
        var index = 0
        /// On-disk bytes of the input files finished so far.
        var base = 0

        init(skipBefore: Int, body: @escaping (InputUnit) throws -> Void) {
            self.skipBefore = skipBefore
            self.body = body
        }

        var skipping: Bool { index < skipBefore }

        mutating func emit(_ file: String, line: Int, _ content: InputUnit.Content, at offset: Int) throws {
            try body(InputUnit(file: file, line: line, content: skipping ? .alreadyDone : content, position: base + offset))
            index += 1
        }

        mutating func problem(_ file: String, line: Int = 0, _ severity: InputProblem.Severity, _ reason: String, at offset: Int = 0) throws {
            try emit(file, line: line, .problem(InputProblem(file: file, line: line, severity: severity, reason: reason)), at: offset)
        }

        mutating func scan(_ path: String) throws {
            if path == "-" {
                try scanStandardInput()
                return
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                try problem(path, .failed, "no such file or directory")
                return
            }
            guard isDirectory.boolValue else {
                try scanFile(path)
                return
            }
            let files = DocumentReader.files(under: path)
            if files.isEmpty { try problem(path, .skipped, "no files in the directory") }
            for file in files {
                let name = URL(fileURLWithPath: file).lastPathComponent
                if DocumentReader.documentationNames.contains(name.lowercased()) {
                    try problem(file, .skipped, "documentation file, not an article", at: InputScanner.fileSize(file))
                    base += InputScanner.fileSize(file)
                    continue
                }
                try scanFile(file)
            }
        }

        mutating func scanFile(_ path: String) throws {
            var lower = path.lowercased()
            let gzip = lower.hasSuffix(".gz")
            if gzip { lower.removeLast(3) }
            let size = InputScanner.fileSize(path)
            defer { base += size }
            if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") {
                try scanLines(path, gzip: gzip, size: size)
                return
            }
            if skipping {
                try emit(path, line: 0, .alreadyDone, at: size)
                return
            }
            let bytes: [UInt8]
            if gzip {
                switch GzipReader.contents(of: path) {
                case .success(let b): bytes = b
                case .failure(let p): try emit(path, line: 0, .problem(p), at: size); return
                }
            } else {
                guard let data = FileManager.default.contents(atPath: path) else {
                    try problem(path, .failed, "cannot read", at: size)
                    return
                }
                bytes = [UInt8](data)
            }
            try emit(path, line: 0, .file(bytes, lower.hasSuffix(".json") ? .json : .text), at: size)
        }

        /// A JSONL file, line by line.
        mutating func scanLines(_ path: String, gzip: Bool, size: Int) throws {
            let reader: LineReader
            let gz: GzipReader?
            let handle: FileHandle?
            if gzip {
                guard let g = GzipReader(path: path) else { try problem(path, .failed, "cannot open for reading", at: size); return }
                gz = g
                handle = nil
                reader = LineReader { g.read(upTo: LineReader.chunkSize) }
            } else {
                guard let h = FileHandle(forReadingAtPath: path) else { try problem(path, .failed, "cannot open for reading", at: size); return }
                gz = nil
                handle = h
                reader = LineReader(handle: h)
            }
            defer { try? handle?.close() }
            let head = reader.peek()
            if head.isEmpty && gz?.error == nil {
                try problem(path, .skipped, "empty file", at: size)
                return
            }
            if TextDecoding.looksBinary(Array(head.prefix(8192))) {
                try problem(path, .skipped, "binary file (control bytes in the first 8 KiB)", at: size)
                return
            }
            var n = 0
            var found = false
            while let line = reader.next() {
                n += 1
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                found = true
                try emit(path, line: n, .jsonLine(line), at: min(size, gz?.compressedOffset ?? reader.consumed))
            }
            if let error = gz?.error {
                try problem(path, line: n + 1, .failed, "gzip: \(error); the rest of the file is lost", at: size)
            } else if !found {
                try problem(path, .skipped, "no articles (only blank lines)", at: size)
            }
        }

        mutating func scanStandardInput() throws {
            let reader = LineReader(handle: FileHandle.standardInput)
            var lines: [[UInt8]] = []
            // The format is decided by the first non-blank line: JSONL when it starts with `{`.
            while let line = reader.next() {
                lines.append(line)
                if line.contains(where: { $0 != 0x20 && $0 != 0x09 }) { break }
            }
            let first = lines.last?.first(where: { $0 != 0x20 && $0 != 0x09 })
            if first == UInt8(ascii: "{") {
                var n = 0
                var pending = lines[...]
                while let line = pending.popFirst() ?? reader.next() {
                    n += 1
                    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                    try emit("-", line: n, .jsonLine(line), at: reader.consumed)
                }
                return
            }
            var all: [UInt8] = []
            for l in lines { all.append(contentsOf: l); all.append(0x0A) }
            while let l = reader.next() { all.append(contentsOf: l); all.append(0x0A) }
            if !all.isEmpty { all.removeLast() }
            if all.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }) {
                try problem("-", .skipped, "empty input", at: reader.consumed)
            } else {
                try emit("-", line: 0, .file(all, .text), at: reader.consumed)
            }
        }
    }
}
