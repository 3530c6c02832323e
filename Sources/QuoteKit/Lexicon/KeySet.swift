/// A set of token keys (already FNV-1a hashes), looked up like a ``KeyTable``: no re-hashing of the key,
/// where a `Set<UInt64>` costs a SipHash of the key per look-up. For the word lists read per token.
struct KeySet: Sendable {
    private var table = KeyTable<Bool>()

    /// An empty set.
    init() {}

    /// The set of `keys`.
    init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        for k in keys { insert(k) }
    }

    /// Adds `key`.
    mutating func insert(_ key: UInt64) { table[key] = true }

    /// Whether `key` is in the set.
    @inline(__always) func contains(_ key: UInt64) -> Bool { table.contains(key) }
}
