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

    /// Appends the key form of `p[0..<n]` when it can be made without ICU, and returns its FNV-1a
    /// hash: ASCII is lower-cased; the typographic punctuation news is full of (– — “ ” and ‘ ’, which
    /// become ') is NFKC_Casefold-stable, so it is copied. Returns nil, appending nothing, for anything
    /// else (the caller asks ICU). Sets `tripled` when one ASCII letter stands three times in a row
    /// (either case), as ``Tokenizer/hasTripledLetter(_:_:)`` defines it.
    @inline(__always) mutating func appendLowercasedASCII(_ p: UnsafePointer<UInt8>, _ n: Int, tripled: inout Bool) -> UInt64? {
        reserve(n)
        var h = KeyHash.seed
        let out = base + count
        var i = 0, o = 0
        var last: UInt8 = 0, run = 0  // the last lower-cased ASCII byte and how often it stands in a row
        while i < n {
            let b = p[i]
            if b < 0x80 {
                let l = b &- 0x41 < 26 ? b | 0x20 : b
                out[o] = l
                h = KeyHash.add(l, to: h)
                run = l == last ? run + 1 : 1
                last = l
                if run >= 3 && l &- 0x61 < 26 { tripled = true }
                i += 1; o += 1
                continue
            }
            last = 0
            // E2 80 93/94 (– —), 98/99 (‘ ’ → '), 9C/9D (“ ”).
            guard b == 0xE2, i + 2 < n, p[i + 1] == 0x80 else { return nil }
            let c = p[i + 2]
            switch c {
            case 0x98, 0x99:
                out[o] = 0x27
                h = KeyHash.add(0x27, to: h)
                o += 1
            case 0x93, 0x94, 0x9C, 0x9D:
                out[o] = 0xE2; out[o + 1] = 0x80; out[o + 2] = c
                h = KeyHash.add(c, to: KeyHash.add(0x80, to: KeyHash.add(0xE2, to: h)))
                o += 3
            default:
                return nil
            }
            i += 3
        }
        count += o
        return h
    }

    /// ``appendLowercasedASCII(_:_:tripled:)`` for the common token: at most 8 bytes, all ASCII, worked
    /// on as one 64-bit word, without a branch on its length (lower-casing, copy, the tripled-letter
    /// test and eight hash rounds, those past `n` discarded). 8 bytes must be readable at `p`, though
    /// only `p[0..<n]` is used. Returns nil, appending nothing, when a byte is not ASCII. (Measured on
    /// the generated news text: text stage 53.6 -> 56.1 MB/s, mostly from the mispredicted exits of the
    /// byte loop's hash.)
    @inline(__always) mutating func appendShortASCII(_ p: UnsafePointer<UInt8>, _ n: Int, tripled: inout Bool) -> UInt64? {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let mask: UInt64 = n >= 8 ? ~0 : (1 << UInt64(truncatingIfNeeded: n &* 8)) &- 1
        let w = UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)) & mask
        guard w & highs == 0 else { return nil }
        // Bytes below 0x80 plus at most 0x7F never carry into the next byte: bit 7 of b + (0x80 - x)
        // is set when b >= x. Upper case is 0x41...0x5A; lower-case letters 0x61...0x7A.
        let upper = (w &+ 0x3F &* ones) & ~(w &+ 0x25 &* ones) & highs
        let l = w | (upper >> 2)
        reserve(8)
        UnsafeMutableRawPointer(base + count).storeBytes(of: l.littleEndian, as: UInt64.self)
        count += n
        // One letter three times in a row: a zero byte in (l ^ l>>8) | (l ^ l>>16) at a lower-case
        // letter of l (the bytes past n are 0, never a letter).
        let x = (l ^ (l >> 8)) | (l ^ (l >> 16))
        let zero = ~(((x & (0x7F &* ones)) &+ 0x7F &* ones) | x) & highs
        let letter = (l &+ 0x1F &* ones) & ~(l &+ 0x05 &* ones) & highs
        if zero & letter != 0 { tripled = true }
        // Eight rounds, those past n masked off: a loop of n rounds mispredicts its exit at every token.
        var h = KeyHash.seed
        var v = l
        for r in 0..<8 {
            let keep = UInt64(bitPattern: Int64(r &- n) >> 63)  // all ones while r < n
            h = (KeyHash.add(UInt8(truncatingIfNeeded: v), to: h) & keep) | (h & ~keep)
            v >>= 8
        }
        return h
    }

    /// The bytes written, as an array.
    func array() -> [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }
}
