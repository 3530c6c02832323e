/// A hash table from token keys (already FNV-1a hashes) to values: open addressing with linear probing,
/// no re-hashing of the key and no reference counting on look-up. Every lexicon look-up on the hot path
/// goes through one; a Swift `Dictionary` costs a SipHash of the key per look-up.
struct KeyTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    /// 1 where a slot holds a key: the probe reads only these two arrays, so a miss (the common case on
    /// the hot path) never copies, retains or releases a value.
    private var used: [UInt8]
    private var values: [Value?]
    private var mask: Int
    /// How many keys are stored.
    private(set) var count = 0

    /// An empty table.
    init() {
        keys = [UInt64](repeating: 0, count: 8)
        used = [UInt8](repeating: 0, count: 8)
        values = [Value?](repeating: nil, count: 8)
        mask = 7
    }

    /// The slot holding `key`, or nil.
    @inline(__always) private func slot(_ key: UInt64) -> Int? {
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while used[i] != 0 {
            if keys[i] == key { return i }
            i = (i + 1) & mask
        }
        return nil
    }

    /// The value for `key`, if any.
    @inline(__always) subscript(key: UInt64) -> Value? {
        get { slot(key).flatMap { values[$0] } }
        set {
            guard let newValue else { return }   // removal is never needed: lexicons only grow
            // At most half full: a miss (the common case) then ends after one or two probes; at three
            // quarters, linear probing takes eight or so.
            if (count + 1) * 2 > mask + 1 { grow() }
            var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
            while used[i] != 0 && keys[i] != key { i = (i + 1) & mask }
            if used[i] == 0 { count += 1 }
            used[i] = 1
            keys[i] = key
            values[i] = newValue
        }
    }

    /// Whether `key` is stored.
    @inline(__always) func contains(_ key: UInt64) -> Bool { slot(key) != nil }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        let size = (mask + 1) * 2
        keys = [UInt64](repeating: 0, count: size)
        used = [UInt8](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
        mask = size - 1
        count = 0
        for (k, v) in zip(oldKeys, oldValues) { if let v { self[k] = v } }
    }
}
