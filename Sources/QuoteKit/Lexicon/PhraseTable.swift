/// Lexicon keys of one or more words, matched over a document's tokens by their normalised hashes.
///
/// Each key is tokenized by the same ``TextAnalyzer`` as documents, so "win-win", "don't" and
/// "according to" match exactly what the tokenizer makes of them. White space between words is skipped
/// (any amount, but not a paragraph break: the caller gives the token limit).
struct PhraseTable<Value: Sendable>: Sendable {
    // Entries live in flat arrays, so a look-up reads plain integers and copies (retains) a value only
    // when it returns one: per-word lists of entries holding arrays cost a retain and a release per
    // entry read.
    /// The entries that start with one word: the longest first, linked by ``next``.
    private struct Bucket: Sendable {
        /// The first entry (most words).
        var head: Int32
        /// The one-word entry, or -1.
        var single: Int32
        /// Whether some entry has more than one word.
        var hasLonger: Bool
    }
    /// Entries by the hash of their first word.
    private var byFirst = KeyTable<Bucket>()
    /// One bit per first word (``filterBit(_:)``): most tokens start no key, and one bit says so
    /// sooner than a probe of ``byFirst``.
    private var firstWords = [UInt64](repeating: 0, count: Self.filterWords)
    /// 256 words of 64 bits: a few hundred first words set about one bit in twenty.
    private static var filterWords: Int { 256 }
    /// The hashes of every entry's words after the first, back to back.
    private var restHashes: [UInt64] = []
    /// Per entry: where its later words start in ``restHashes``, and how many there are.
    private var restStart: [Int32] = []
    private var restCount: [Int32] = []
    /// Per entry: the next entry with the same first word (as many words or fewer), or -1.
    private var next: [Int32] = []
    /// Per entry: its value.
    private var values: [Value] = []
    /// The first two words of every key of two words or more (``pairKey(_:_:)``): a token whose next word
    /// starts no key with it ("the" before "talks") is settled without reading the entries.
    private var pairs = KeyTable<Bool>()
    /// The last word of every key: a phrase can end at a token only if its key is here.
    private var lastWords = KeyTable<Bool>()
    /// The most words in any key.
    private(set) var maximumLength = 0

    /// An empty table.
    init() {}

    /// A table of `entries` (keys in normalised form), tokenized with `analyzer`.
    init(_ entries: [(key: String, value: Value)], analyzer: TextAnalyzer) {
        for (key, value) in entries { insert(key, value, analyzer: analyzer) }
    }

    /// Adds one key. A later key with the same words replaces an earlier one.
    mutating func insert(_ key: String, _ value: Value, analyzer: TextAnalyzer) {
        insert(hashes: Self.hashes(of: key, analyzer: analyzer), value)
    }

    /// Adds one key given as word hashes (for keys folded differently from token keys). A later key with
    /// the same words replaces an earlier one.
    mutating func insert(hashes: [UInt64], _ value: Value) {
        guard let first = hashes.first else { return }
        let rest = hashes.dropFirst()
        let count = Int32(rest.count)
        var bucket = byFirst[first] ?? Bucket(head: -1, single: -1, hasLonger: false)
        // The same words again: the new value replaces the old.
        var e = bucket.head
        while e >= 0 {
            if restCount[Int(e)] == count, restHashes[Int(restStart[Int(e)])..<Int(restStart[Int(e)] + count)].elementsEqual(rest) {
                values[Int(e)] = value
                return
            }
            e = next[Int(e)]
        }
        let entry = Int32(values.count)
        restStart.append(Int32(restHashes.count))
        restCount.append(count)
        restHashes.append(contentsOf: rest)
        values.append(value)
        next.append(-1)
        // Keep the list longest first: link the entry before the first one with fewer words.
        var previous: Int32 = -1
        e = bucket.head
        while e >= 0, restCount[Int(e)] >= count {
            previous = e
            e = next[Int(e)]
        }
        next[Int(entry)] = e
        if previous < 0 { bucket.head = entry } else { next[Int(previous)] = entry }
        if count == 0 { bucket.single = entry } else { bucket.hasLonger = true }
        byFirst[first] = bucket
        let (word, bit) = Self.filterBit(first)
        firstWords[word] |= bit
        if let second = rest.first { pairs[Self.pairKey(first, second)] = true }
        lastWords[hashes[hashes.count - 1]] = true
        maximumLength = max(maximumLength, hashes.count)
    }

    /// ``longestMatch(in:at:limit:)`` with each token's key given by `keyOf` (e.g. diacritic-folded).
    @inline(__always)
    func longestMatch(in text: AnalyzedText, at start: Int, limit: Int, keyOf: (Int) -> UInt64) -> (value: Value, end: Int)? {
        guard start < text.tokens.count else { return nil }
        return longestMatch(first: keyOf(start), in: text.tokens, at: start, limit: limit, keyOf: keyOf)
    }

    /// The longest entry whose first word hash is `first` and whose later words match `keyOf` of the
    /// tokens after `start` (white space skipped), ending before `limit`.
    @inline(__always)
    private func longestMatch(first: UInt64, in tokens: [Token], at start: Int, limit: Int,
                              keyOf: (Int) -> UInt64) -> (value: Value, end: Int)? {
        guard let bucket = byFirst[first] else { return nil }
        let limit = min(limit, tokens.count)
        // The next word and its key, read once for all the entries: a common first word ("the") has
        // many, and most differ at their second word.
        var second = start + 1
        var secondKey: UInt64 = 0
        if bucket.hasLonger {
            while second < limit && tokens[second].kind == .whitespace { second += 1 }
            if second < limit { secondKey = keyOf(second) }
            if second >= limit || !pairs.contains(Self.pairKey(first, secondKey)) {
                return bucket.single >= 0 ? (values[Int(bucket.single)], start + 1) : nil
            }
        }
        var e = bucket.head
        outer: while e >= 0 {
            defer { e = next[Int(e)] }
            let from = Int(restStart[Int(e)]), count = Int(restCount[Int(e)])
            // A one-word entry (the only kind when no entry is longer, so `second` was not read).
            guard count > 0 else { return (values[Int(e)], start + 1) }
            guard restHashes[from] == secondKey else { continue }
            var i = second + 1
            for k in (from + 1)..<(from + count) {
                while i < limit && tokens[i].kind == .whitespace { i += 1 }
                guard i < limit, keyOf(i) == restHashes[k] else { continue outer }
                i += 1
            }
            return (values[Int(e)], i)
        }
        return nil
    }

    /// One hash for a pair of word hashes (order matters).
    @inline(__always) static func pairKey(_ a: UInt64, _ b: UInt64) -> UInt64 {
        (a &* 0x9E37_79B9_7F4A_7C15) ^ (b &+ 0x632B_E59B_D9B4_E019)
    }

    /// The non-space token hashes of `key`.
    static func hashes(of key: String, analyzer: TextAnalyzer) -> [UInt64] {
        if let words = KeyHash.ofLetterWords(key) { return words }
        let t = analyzer.analyze(key)
        return t.tokens.filter { $0.kind != .whitespace }.map(\.key)
    }

    /// True when some key starts with the word of token hash `key`.
    @inline(__always) func mayStart(_ key: UInt64) -> Bool {
        let (word, bit) = Self.filterBit(key)
        return firstWords[word] & bit != 0 && byFirst.contains(key)
    }

    /// Where a first word's bit stands in ``firstWords``: the hash's top bits (FNV-1a mixes them best).
    @inline(__always) private static func filterBit(_ key: UInt64) -> (word: Int, bit: UInt64) {
        let h = Int(truncatingIfNeeded: key >> 50)   // 14 bits
        return (h >> 6, 1 << UInt64(h & 63))
    }

    /// True when some key ends with the word of token hash `key`.
    @inline(__always) func mayEnd(_ key: UInt64) -> Bool { lastWords.contains(key) }

    /// The longest key that starts at token `start` and ends before token `limit`: its value and the
    /// index after its last token.
    func longestMatch(in text: AnalyzedText, at start: Int, limit: Int? = nil) -> (value: Value, end: Int)? {
        let tokens = text.tokens
        guard start < tokens.count else { return nil }
        return longestMatch(first: tokens[start].key, in: tokens, at: start, limit: limit ?? tokens.count) { tokens[$0].key }
    }

    /// Whether a single-word key equal to token hash `key` exists; its value.
    func single(_ key: UInt64) -> Value? {
        guard let bucket = byFirst[key], bucket.single >= 0 else { return nil }
        return values[Int(bucket.single)]
    }
}
