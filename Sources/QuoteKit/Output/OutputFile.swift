import Foundation

/// An output file written through a buffer with write(2). Either appended to (a file a run grows, which
/// a resumed run first cuts back to its last checkpoint) or written whole under a temporary name and
/// renamed into place, so a reader never sees half a file.
final class OutputFile {
    /// Where the file ends up.
    let path: String
    private let writePath: String
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    /// Bytes in the file, buffered ones included.
    private(set) var size: Int
    /// Flush once this many bytes are buffered: 1 MiB keeps write(2) calls few.
    private static let flushThreshold = 1 << 20

    /// Opens `path` for appending after cutting it to `length` bytes (0: a new, empty file). A file
    /// shorter than `length` is an error: the checkpoint it was recorded at is not on disk.
    init(appendingTo path: String, truncatingTo length: Int) throws {
        self.path = path
        writePath = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputFileError(path: path, reason: String(cString: strerror(errno))) }
        let existing = Int(lseek(descriptor, 0, SEEK_END))
        guard existing >= length else {
            close(descriptor)
            throw OutputFileError(path: path, reason: "holds \(existing) bytes, but the last checkpoint recorded \(length)")
        }
        guard ftruncate(descriptor, off_t(length)) == 0, lseek(descriptor, off_t(length), SEEK_SET) >= 0 else {
            close(descriptor)
            throw OutputFileError(path: path, reason: String(cString: strerror(errno)))
        }
        size = length
    }

    /// Opens a temporary file beside `path`; ``commit()`` renames it to `path`.
    init(replacing path: String) throws {
        self.path = path
        writePath = path + ".partial"
        descriptor = open(writePath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputFileError(path: writePath, reason: String(cString: strerror(errno))) }
        size = 0
    }

    deinit { close(descriptor) }

    /// Appends `text` (UTF-8).
    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        size += text.utf8.count
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    /// Appends raw bytes.
    func write<C: Collection>(bytes: C) throws where C.Element == UInt8 {
        buffer.append(contentsOf: bytes)
        size += bytes.count
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    /// Hands the buffered bytes to the operating system: after this they survive the process being killed.
    func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw OutputFileError(path: writePath, reason: String(cString: strerror(errno)))
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and renames the temporary file into place (for files opened with ``init(replacing:)``).
    func commit() throws {
        try flush()
        guard writePath != path else { return }
        guard rename(writePath, path) == 0 else { throw OutputFileError(path: path, reason: String(cString: strerror(errno))) }
    }
}

/// An output file that cannot be written, with why.
struct OutputFileError: Error, CustomStringConvertible {
    /// The file.
    let path: String
    /// The operating system's reason.
    let reason: String

    var description: String { "\(path): \(reason)" }
}
