/// What the scoring lexicons say about a word as the first word of their keys, built once at load time.
///
/// Most keys are one word, so the entry carries their values directly and the scan needs no other
/// look-up; `phrases` says which tables also have longer keys starting with the word, for which the
/// scan asks that table's ``PhraseTable`` for the longest match.
struct WordEntry: Sendable {
    /// Tables with a key starting with this word.
    var flags: LexiconFlag = []
    /// Tables with a key of two or more words starting with this word.
    var phrases: LexiconFlag = []
    /// The one-word keys' values, where `flags` has the table.
    var valence = 0.0
    var booster = 0.0
    var cue = StanceCue(weight: 0, targets: StanceCue.anyTarget)
    var contrast = ContrastMarker(before: 1, after: 1, mainClause: .after)
    var hedge = HedgeKind.hedge
    var target = -1
    /// A negator that follows the word it negates (Japanese 歓迎しない), not one that comes before it.
    var negatorFollows = false
    /// Whether the one-word key of each table exists (a word may start only longer keys).
    var singles: LexiconFlag = []
}

/// An open-addressing hash table from token key to ``WordEntry``.
///
/// Token keys are already FNV-1a hashes, so a look-up is a multiply, a shift and usually one compare:
/// several times cheaper than `Dictionary`, which hashes the key again. Every word of a scored document
/// pays this one look-up (``TokenCells``); most words are in no lexicon, and a 64 Kbit filter (8 KB, in the first-level
/// cache) turns nine in ten of those away before the table is read. A place of the table (a ``Cell``,
/// 16 bytes) holds the key, the entry's index and the entry's flags, so a look-up reads one cache line
/// and the scan reads the entry itself only when one of its keys can match.
struct WordTable: Sendable {
    /// One place of the table.
    struct Cell: Sendable {
        var key: UInt64 = 0
        /// Index into ``WordTable/entries``, or -1: no entry (an empty place, or the answer for a key
        /// with no entry).
        var entry: Int32 = -1
        /// The entry's ``WordEntry/flags``, ``WordEntry/phrases`` and ``WordEntry/singles``.
        var flags: LexiconFlag = []
        var phrases: LexiconFlag = []
        var singles: LexiconFlag = []
    }

    private var filter: [UInt64]
    private var cells: [Cell]
    private(set) var entries: [WordEntry]
    private var mask: Int
    private var shift: UInt64
    /// The first two words of every key of two words or more, of any table
    /// (``PhraseTable/pairKey(_:_:)``), and a 16 Kbit filter of them: most pairs that begin with a word
    /// such as "a" or "in" begin no key, and the filter says so from the first-level cache.
    private var pairs = KeyTable<Bool>()
    private var pairFilter = [UInt64](repeating: 0, count: WordTable.pairFilterBits / 64)
    private static let pairFilterBits = 1 << 14

    /// A table of `entries`, at most a third full (short probe runs), with the `pairs` of first
    /// two words of the keys of two words or more.
    init(_ byKey: [UInt64: WordEntry], pairs: Set<UInt64> = []) {
        var bits = 4
        while (1 << bits) < byKey.count * 3 { bits += 1 }
        let size = 1 << bits
        cells = [Cell](repeating: Cell(), count: size)
        entries = []
        entries.reserveCapacity(byKey.count)
        mask = size - 1
        shift = UInt64(64 - bits)
        filter = [UInt64](repeating: 0, count: Self.filterBits / 64)
        for (k, e) in byKey {
            let f = Self.filterBit(k)
            filter[f >> 6] |= 1 << UInt64(f & 63)
            entries.append(e)
            let cell = Cell(key: k, entry: Int32(entries.count - 1), flags: e.flags, phrases: e.phrases, singles: e.singles)
            var i = Self.place(k, shift, mask)
            while cells[i].entry >= 0 && cells[i].key != k { i = (i + 1) & mask }
            cells[i] = cell
        }
        for p in pairs {
            self.pairs[p] = true
            let f = Self.filterBit(p) & (Self.pairFilterBits - 1)
            pairFilter[f >> 6] |= 1 << UInt64(f & 63)
        }
    }

    /// Fibonacci hashing: the top bits of key × 2^64/φ spread FNV's weak low bits over the table.
    @inline(__always) private static func place(_ key: UInt64, _ shift: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) & mask
    }

    /// The size of the filter in bits: 2^16, so 6,000 keys set under a tenth of them.
    private static let filterBits = 1 << 16

    /// The key's bit in the filter: bits 32-47 of the same product, independent of the table's place.
    @inline(__always) private static func filterBit(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: ((key &* 0x9E37_79B9_7F4A_7C15) >> 32) & 0xFFFF)
    }

    /// Whether some key of two words or more, in any table, starts with the words of hashes `first`
    /// and `second`: when not, a word's one-word keys are all that can match at it, and no
    /// ``PhraseTable`` needs to be asked.
    @inline(__always) func startsPhrase(_ first: UInt64, _ second: UInt64) -> Bool {
        let pair = PhraseTable<Bool>.pairKey(first, second)
        let f = Self.filterBit(pair) & (Self.pairFilterBits - 1)
        guard pairFilter.withUnsafeBufferPointer({ $0[f >> 6] }) & (1 << UInt64(f & 63)) != 0 else { return false }
        return pairs.contains(pair)
    }

    /// The cell of `key`; its ``Cell/entry`` is -1 when no key starts with the word.
    @inline(__always) func cell(_ key: UInt64) -> Cell {
        let f = Self.filterBit(key)
        let word = filter.withUnsafeBufferPointer { $0[f >> 6] }
        if word & (1 << UInt64(f & 63)) == 0 { return Cell() }
        return probe(key)
    }

    /// ``cell(_:)`` without the filter.
    @inline(__always) func probe(_ key: UInt64) -> Cell {
        cells.withUnsafeBufferPointer { c in
            var i = Self.place(key, shift, mask)
            while true {
                let found = c[i]
                if found.key == key && found.entry >= 0 { return found }
                if found.entry < 0 { return Cell() }
                i = (i + 1) & mask
            }
        }
    }

    /// Writes to `candidates` the indices of the tokens `nonSpace` lists (those of `tokens` that are not
    /// white space) that the filter lets through (every token with an entry, and about one in ten of the
    /// others), and to `scanned` those that are not quotation marks either, in order; sets each listed
    /// token's cell to one with no entry (white space gets no cell: no scan reads one). Returns how many
    /// of each. Each buffer must have room for `nonSpace.count`, `cells` for `tokens.count`.
    ///
    /// Without a branch per token: whether a token passes decides only how far the counts move, so a
    /// run of tokens costs no mispredicted jumps, and the table is read afterwards for the few that pass.
    func filter(_ tokens: UnsafeBufferPointer<Token>, nonSpace: UnsafeBufferPointer<Int32>, candidates: UnsafeMutablePointer<Int32>,
                scanned: UnsafeMutablePointer<Int32>, cells: UnsafeMutablePointer<TokenCells.Cell>) -> (candidates: Int, scanned: Int) {
        filter.withUnsafeBufferPointer { bits in
            var n = 0, m = 0
            for index in nonSpace {
                let k = Int(index)
                let t = tokens[k]
                let f = Self.filterBit(t.key)
                candidates[n] = index
                n &+= Int(truncatingIfNeeded: (bits[f >> 6] >> UInt64(f & 63)) & 1)
                scanned[m] = index
                m &+= t.kind == .quotationMark ? 0 : 1
                cells[k] = TokenCells.Cell(t)
            }
            return (n, m)
        }
    }

    /// The index in ``entries`` of `key`'s entry, or -1.
    @inline(__always) func index(_ key: UInt64) -> Int { Int(cell(key).entry) }
}
