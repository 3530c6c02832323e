/// A hash table from token keys (already FNV-1a hashes) to values: open addressing with linear probing,
/// no re-hashing of the key and no reference counting on look-up. Every lexicon look-up on the hot path
/// goes through one; a Swift `Dictionary` costs a SipHash of the key per look-up.
struct KeyTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    /// How many keys are stored.
    private(set) var count = 0

    /// An empty table.
    init() {
        keys = [UInt64](repeating: 0, count: 8)
        values = [Value?](repeating: nil, count: 8)
        mask = 7
    }

    /// The value for `key`, if any.
    @inline(__always) subscript(key: UInt64) -> Value? {
        get {
            var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
            while true {
                guard let v = values[i] else { return nil }
                if keys[i] == key { return v }
                i = (i + 1) & mask
            }
        }
        set {
            guard let newValue else { return }   // removal is never needed: lexicons only grow
            if (count + 1) * 4 > (mask + 1) * 3 { grow() }
            var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
            while values[i] != nil && keys[i] != key { i = (i + 1) & mask }
            if values[i] == nil { count += 1 }
            keys[i] = key
            values[i] = newValue
        }
    }

    /// Whether `key` is stored.
    @inline(__always) func contains(_ key: UInt64) -> Bool { self[key] != nil }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        let size = (mask + 1) * 2
        keys = [UInt64](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
        mask = size - 1
        count = 0
        for (k, v) in zip(oldKeys, oldValues) { if let v { self[k] = v } }
    }
}
