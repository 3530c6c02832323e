import Foundation

/// Reads a file (or standard input) line by line in 1 MiB chunks, so a large JSONL file is never held
/// in memory whole. Lines are raw bytes without their `\n` (and `\r`).
final class LineReader: IteratorProtocol {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private static let chunk = 1 << 20

    init(handle: FileHandle) { self.handle = handle }

    /// The next line, or nil at the end of the input.
    func next() -> [UInt8]? {
        while true {
            if let nl = buffer[position...].firstIndex(of: 0x0A) {
                var line = Array(buffer[position..<nl])
                position = nl + 1
                if line.last == 0x0D { line.removeLast() }
                return line
            }
            if atEnd {
                guard position < buffer.count else { return nil }
                var line = Array(buffer[position...])
                position = buffer.count
                if line.last == 0x0D { line.removeLast() }
                return line
            }
            let data = handle.readData(ofLength: Self.chunk)
            if data.isEmpty { atEnd = true }
            buffer.removeFirst(position)
            position = 0
            buffer.append(contentsOf: data)
        }
    }
}
