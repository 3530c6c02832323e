import Foundation

/// Reads a file, a gzip stream or standard input line by line in 1 MiB chunks, so a large JSONL file is
/// never held in memory whole. Lines are raw bytes without their `\n` (and `\r`).
final class LineReader: IteratorProtocol {
    /// Bytes read per chunk: 1 MiB keeps read(2) calls few while a chunk stays small beside a worker's memory.
    static let chunkSize = 1 << 20

    private let readChunk: () -> [UInt8]
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    /// Bytes handed out so far, line breaks included (a line's end offset in the decompressed stream).
    private(set) var consumed = 0

    /// Lines of an open file or of standard input.
    init(handle: FileHandle) {
        readChunk = { [UInt8](handle.readData(ofLength: LineReader.chunkSize)) }
    }

    /// Lines of the chunks `read` returns (an empty chunk ends the input).
    init(chunks read: @escaping () -> [UInt8]) { readChunk = read }

    /// The first chunk of the input without consuming it (up to 1 MiB), to sniff a binary file.
    func peek() -> ArraySlice<UInt8> {
        if position == buffer.count && !atEnd { fill() }
        return buffer[position...]
    }

    private func fill() {
        let data = readChunk()
        if data.isEmpty { atEnd = true; return }
        buffer.removeFirst(position)
        position = 0
        buffer.append(contentsOf: data)
    }

    /// The next line, or nil at the end of the input.
    func next() -> [UInt8]? {
        while true {
            let found: Int? = buffer.withUnsafeBufferPointer { b in
                guard position < b.count, let base = b.baseAddress else { return nil }
                guard let hit = memchr(base + position, 0x0A, b.count - position) else { return nil }
                return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            }
            if let nl = found {
                var line = Array(buffer[position..<nl])
                consumed += nl + 1 - position
                position = nl + 1
                if line.last == 0x0D { line.removeLast() }
                return line
            }
            if atEnd {
                guard position < buffer.count else { return nil }
                var line = Array(buffer[position...])
                consumed += buffer.count - position
                position = buffer.count
                if line.last == 0x0D { line.removeLast() }
                return line
            }
            fill()
        }
    }
}
