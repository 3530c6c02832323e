import Foundation

/// Buffered standard output and unbuffered standard error.
enum Console {
    nonisolated(unsafe) private static var pending: [UInt8] = []

    /// Writes `text` and a newline to standard output (buffered; flushed at 64 KiB and at exit).
    static func write(_ text: String) {
        pending.append(contentsOf: text.utf8)
        pending.append(0x0A)
        if pending.count >= 1 << 16 { flush() }
    }

    /// Writes the UTF-8 bytes `utf8` and a newline to standard output (buffered like ``write(_:)``).
    static func write(utf8: [UInt8]) {
        pending.append(contentsOf: utf8)
        pending.append(0x0A)
        if pending.count >= 1 << 16 { flush() }
    }

    /// Writes what is buffered.
    static func flush() {
        guard !pending.isEmpty else { return }
        pending.withUnsafeBytes { FileHandle.standardOutput.write(Data($0)) }
        pending.removeAll(keepingCapacity: true)
    }

    /// Writes a line to standard error.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
