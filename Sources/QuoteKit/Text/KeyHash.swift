/// FNV-1a (64-bit) over a token's normalised bytes: how lexicon entries are looked up without making
/// a `String` per token. The constants are FNV's published offset basis and prime.
enum KeyHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inline(__always) static func add(_ byte: UInt8, to hash: UInt64) -> UInt64 {
        (hash ^ UInt64(byte)) &* prime
    }

    /// The hash of a whole key string (already in key form).
    static func of(_ key: String) -> UInt64 {
        var h = seed
        for b in key.utf8 { h = add(b, to: h) }
        return h
    }

    /// The hash of `bytes`.
    static func of<C: Collection>(bytes: C) -> UInt64 where C.Element == UInt8 {
        var h = seed
        for b in bytes { h = add(b, to: h) }
        return h
    }

    /// The keys of the non-space tokens of `text` when it holds only ASCII letters and spaces, read
    /// from its bytes: ICU makes one word of each run of letters (word-break rule WB5) and its key form
    /// is the run in lower case. Saves analysing a lexicon entry (most are such words); nil for any
    /// other text, which must be analysed.
    static func ofLetterWords(_ text: String) -> [UInt64]? {
        var out: [UInt64] = []
        var h = seed
        var inWord = false
        for b in text.utf8 {
            if b == 0x20 {
                if inWord { out.append(h); h = seed; inWord = false }
            } else if b | 0x20 &- 0x61 < 26 {
                h = add(b | 0x20, to: h)
                inWord = true
            } else {
                return nil
            }
        }
        if inWord { out.append(h) }
        return out
    }
}
