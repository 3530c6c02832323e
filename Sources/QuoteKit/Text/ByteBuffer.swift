/// A growable byte buffer without Swift array bookkeeping on each append: the tokenizer writes every
/// token's normalised form through it.
struct ByteBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(16, capacity)
        base = .allocate(capacity: self.capacity)
    }

    func deallocate() { base.deallocate() }

    private mutating func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        let bigger = max(capacity * 2, count + extra)
        let fresh = UnsafeMutablePointer<UInt8>.allocate(capacity: bigger)
        fresh.update(from: base, count: count)
        base.deallocate()
        base = fresh
        capacity = bigger
    }

    @inline(__always) mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    mutating func append(contentsOf bytes: [UInt8]) {
        reserve(bytes.count)
        for b in bytes { base[count] = b; count += 1 }
    }

    /// Appends `p[0..<n]` lower-cased and returns its FNV-1a hash, or returns nil (appending nothing)
    /// when a byte is not ASCII.
    @inline(__always) mutating func appendLowercasedASCII(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64? {
        reserve(n)
        var h = KeyHash.seed
        let out = base + count
        for i in 0..<n {
            let b = p[i]
            if b >= 0x80 { return nil }
            let l = b &- 0x41 < 26 ? b | 0x20 : b
            out[i] = l
            h = KeyHash.add(l, to: h)
        }
        count += n
        return h
    }

    /// The bytes written, as an array.
    func array() -> [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }
}
