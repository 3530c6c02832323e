import CZlib

/// Reads the decompressed bytes of a gzip file (zlib) in chunks. A file that is not gzip reads through
/// unchanged, so a mislabelled `.gz` still reads.
final class GzipReader {
    private let file: OpaquePointer
    /// The zlib message of the data error that ended reading, if one did (a truncated or corrupt stream).
    private(set) var error: String?

    /// Opens `path`; nil when it cannot be opened.
    init?(path: String) {
        guard let f = qk_gz_open(path) else { return nil }
        file = f
    }

    deinit { qk_gz_close(file) }

    /// Up to `count` decompressed bytes; empty at the end of the data or after a data error (see ``error``).
    func read(upTo count: Int) -> [UInt8] {
        guard error == nil else { return [] }
        var chunk = [UInt8](repeating: 0, count: count)
        let n = chunk.withUnsafeMutableBufferPointer { qk_gz_read(file, $0.baseAddress, Int32(count)) }
        if n < 0 {
            let message = String(cString: qk_gz_error(file))
            error = message.isEmpty ? "corrupt gzip data" : message
            return []
        }
        chunk.removeSubrange(Int(n)...)
        return chunk
    }

    /// How many compressed bytes have been consumed so far (for progress against the file size).
    var compressedOffset: Int { Int(qk_gz_compressed_offset(file)) }

    /// The whole decompressed content, or the data error's message.
    static func contents(of path: String) -> Result<[UInt8], InputProblem> {
        guard let reader = GzipReader(path: path) else {
            return .failure(InputProblem(file: path, line: 0, severity: .failed, reason: "cannot open for reading"))
        }
        var all: [UInt8] = []
        while true {
            let chunk = reader.read(upTo: LineReader.chunkSize)
            if chunk.isEmpty { break }
            all.append(contentsOf: chunk)
        }
        if let error = reader.error {
            return .failure(InputProblem(file: path, line: 0, severity: .failed, reason: "gzip: \(error)"))
        }
        return .success(all)
    }
}
