import Foundation

/// A flag the writer thread sets once and the worker threads read (with a lock: reads are rare, once
/// per input unit).
final class BatchFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    /// Sets the flag.
    func set() { lock.lock(); value = true; lock.unlock() }

    /// Whether the flag is set.
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
}
