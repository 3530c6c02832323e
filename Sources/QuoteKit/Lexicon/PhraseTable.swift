/// Lexicon keys of one or more words, matched over a document's tokens by their normalised hashes.
///
/// Each key is tokenized by the same ``TextAnalyzer`` as documents, so "win-win", "don't" and
/// "according to" match exactly what the tokenizer makes of them. White space between words is skipped
/// (any amount, but not a paragraph break: the caller gives the token limit).
struct PhraseTable<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        let rest: [UInt64]   // hashes of the words after the first
        let value: Value
    }
    /// Entries by the hash of their first word, longest first.
    private var byFirst = KeyTable<[Entry]>()
    /// The first two words of every key of two words or more (``pairKey(_:_:)``): a token whose next word
    /// starts no key with it ("the" before "talks") is settled without reading the entries.
    private var pairs = KeyTable<Bool>()
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
        var list = byFirst[first] ?? []
        let rest = Array(hashes.dropFirst())
        list.removeAll { $0.rest == rest }
        list.append(Entry(rest: rest, value: value))
        list.sort { $0.rest.count > $1.rest.count }
        byFirst[first] = list
        if let second = rest.first { pairs[Self.pairKey(first, second)] = true }
        maximumLength = max(maximumLength, hashes.count)
    }

    /// ``longestMatch(in:at:limit:)`` with each token's key given by `keyOf` (e.g. diacritic-folded).
    func longestMatch(in text: AnalyzedText, at start: Int, limit: Int, keyOf: (Int) -> UInt64) -> (value: Value, end: Int)? {
        let first = start < text.tokens.count ? keyOf(start) : 0
        guard start < text.tokens.count, let list = byFirst[first] else { return nil }
        let limit = min(limit, text.tokens.count)
        if !list[0].rest.isEmpty {
            var j = start + 1
            while j < limit && text.tokens[j].kind == .whitespace { j += 1 }
            if j >= limit || !pairs.contains(Self.pairKey(first, keyOf(j))) {
                return list[list.count - 1].rest.isEmpty ? (list[list.count - 1].value, start + 1) : nil
            }
        }
        outer: for entry in list {
            var i = start + 1
            for h in entry.rest {
                while i < limit && text.tokens[i].kind == .whitespace { i += 1 }
                guard i < limit, keyOf(i) == h else { continue outer }
                i += 1
            }
            return (entry.value, i)
        }
        return nil
    }

    /// One hash for a pair of word hashes (order matters).
    @inline(__always) static func pairKey(_ a: UInt64, _ b: UInt64) -> UInt64 {
        (a &* 0x9E37_79B9_7F4A_7C15) ^ (b &+ 0x632B_E59B_D9B4_E019)
    }

    /// The non-space token hashes of `key`.
    static func hashes(of key: String, analyzer: TextAnalyzer) -> [UInt64] {
        let t = analyzer.analyze(key)
        return t.tokens.filter { $0.kind != .whitespace }.map(\.key)
    }

    /// True when some key starts with the word of token hash `key`.
    @inline(__always) func mayStart(_ key: UInt64) -> Bool { byFirst.contains(key) }

    /// The longest key that starts at token `start` and ends before token `limit`: its value and the
    /// index after its last token.
    func longestMatch(in text: AnalyzedText, at start: Int, limit: Int? = nil) -> (value: Value, end: Int)? {
        guard start < text.tokens.count, let list = byFirst[text.tokens[start].key] else { return nil }
        let limit = min(limit ?? text.tokens.count, text.tokens.count)
        if !list[0].rest.isEmpty {
            var j = start + 1
            while j < limit && text.tokens[j].kind == .whitespace { j += 1 }
            if j >= limit || !pairs.contains(Self.pairKey(text.tokens[start].key, text.tokens[j].key)) {
                return list[list.count - 1].rest.isEmpty ? (list[list.count - 1].value, start + 1) : nil
            }
        }
        outer: for entry in list {
            var i = start + 1
            for h in entry.rest {
                while i < limit && text.tokens[i].kind == .whitespace { i += 1 }
                guard i < limit, text.tokens[i].key == h else { continue outer }
                i += 1
            }
            return (entry.value, i)
        }
        return nil
    }

    /// Whether a single-word key equal to token hash `key` exists; its value.
    func single(_ key: UInt64) -> Value? {
        byFirst[key]?.first(where: { $0.rest.isEmpty })?.value
    }
}
