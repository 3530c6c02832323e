/// The ``WordTable`` answer for each token of one document, looked up once and read by every scan of
/// that document: the sentiment of each sentence or quote, the document's main target, the stance of
/// each quote. A sentiment and a stance analyzer made for the same thread can share one (see
/// ``StanceAnalyzer/init(sharingWordLookupsOf:)``), so a word scored for both is looked up once.
///
/// The whole document is looked up on first use. The document is recognised by its token array:
/// the cells hold that array, so while they do its storage cannot be freed, reused or changed in place
/// (a change copies it first), and the same storage means the same tokens.
final class TokenCells {
    /// What the table says about one token: its entry and flags, as ``WordTable/Cell`` without the key,
    /// and what the scan needs to know of the token itself, so that it reads the token only when it
    /// makes a slot of it.
    struct Cell {
        /// The fields in one word, so that the filter writes a token's cell with one store (four
        /// stores of the separate fields cost more): ``entry`` in bits 0-31, ``flags`` 32-39,
        /// ``phrases`` 40-47, ``singles`` 48-55, and bits 56-63 about the token: punctuation (56), a
        /// word with a tripled letter (57), ``pairStartsPhrase`` (58).
        private var bits: UInt64 = 0xFFFF_FFFF

        init() {}

        /// A cell with no entry for token `t`.
        @inline(__always) init(_ t: Token) {
            let info: UInt64 = (t.kind == .punctuation ? 1 : 0) | (t.kind == .word && t.hasTripledLetter ? 2 : 0)
            bits = 0xFFFF_FFFF | info << 56
        }

        /// Index into ``WordTable/entries``, or -1: no entry.
        @inline(__always) var entry: Int32 {
            get { Int32(truncatingIfNeeded: bits) }
            set { bits = bits & ~0xFFFF_FFFF | UInt64(UInt32(bitPattern: newValue)) }
        }
        @inline(__always) var flags: LexiconFlag {
            get { LexiconFlag(rawValue: byte(32)) }
            set { setByte(32, newValue.rawValue) }
        }
        @inline(__always) var phrases: LexiconFlag {
            get { LexiconFlag(rawValue: byte(40)) }
            set { setByte(40, newValue.rawValue) }
        }
        @inline(__always) var singles: LexiconFlag {
            get { LexiconFlag(rawValue: byte(48)) }
            set { setByte(48, newValue.rawValue) }
        }
        @inline(__always) private func byte(_ shift: UInt64) -> UInt8 { UInt8(truncatingIfNeeded: bits >> shift) }
        @inline(__always) private mutating func setByte(_ shift: UInt64, _ value: UInt8) {
            bits = bits & ~(0xFF << shift) | UInt64(value) << shift
        }

        /// The token is punctuation.
        @inline(__always) var isPunctuation: Bool { bits & 1 << 56 != 0 }
        /// The token is a word with a letter written three times in a row ("goooood").
        @inline(__always) var isStretchedWord: Bool { bits & 1 << 57 != 0 }
        /// ``WordTable/startsPhrase(_:_:)`` for this token and the next non-space token of the
        /// document (false when there is none); set only when `phrases` is not empty.
        @inline(__always) var pairStartsPhrase: Bool {
            get { bits & 1 << 58 != 0 }
            set { bits = newValue ? bits | 1 << 58 : bits & ~(1 << 58) }
        }
    }

    /// The look-ups of one document, as a scan reads them: views of the storage of the ``TokenCells``
    /// that made them, valid until it looks up another document (so for one scan).
    struct Document {
        /// Parallel to the document's tokens.
        var cells: UnsafePointer<Cell>
        /// The tokens a scan visits (not white space nor quotation marks), in order.
        var scanned: UnsafeBufferPointer<Int32>
        /// The tokens (not white space or quotation marks) whose word starts a `stance-targets.tsv`
        /// key, in order: a scan for targets alone reads only these.
        var targetTokens: UnsafeBufferPointer<Int32>
    }

    /// The storage, reused from document to document: room for `capacity` tokens in each buffer.
    private struct Storage {
        /// The document looked up (held so that its storage stays its own).
        var tokens: [Token] = []
        var capacity = 0
        var cells = UnsafeMutablePointer<Cell>.allocate(capacity: 0)
        var scanned = UnsafeMutablePointer<Int32>.allocate(capacity: 0)
        var targetTokens = UnsafeMutablePointer<Int32>.allocate(capacity: 0)
        /// The indices of the tokens that may have an entry.
        var candidates = UnsafeMutablePointer<Int32>.allocate(capacity: 0)
        var document: Document

        init() {
            document = Document(cells: UnsafePointer(cells), scanned: UnsafeBufferPointer(start: scanned, count: 0),
                                targetTokens: UnsafeBufferPointer(start: targetTokens, count: 0))
        }

        func deallocate() {
            cells.deallocate(); scanned.deallocate(); targetTokens.deallocate(); candidates.deallocate()
        }

        /// Room for `count` tokens in each buffer.
        mutating func reserve(_ count: Int) {
            guard capacity < count else { return }
            deallocate()
            capacity = max(count, 2 * capacity)
            cells = .allocate(capacity: capacity)
            scanned = .allocate(capacity: capacity)
            targetTokens = .allocate(capacity: capacity)
            candidates = .allocate(capacity: capacity)
        }
    }

    /// All the state in one stored property: each access to a class's `var` is checked for
    /// exclusivity at run time, so a scan claims it once.
    private var storage = Storage()

    deinit { storage.deallocate() }

    /// The look-ups of `text`'s tokens in `table`, made unless they are already this document's.
    @inline(__always)
    func lookUp(_ text: AnalyzedText, in table: WordTable) -> Document {
        if !Self.isDocument(text.tokens, storage.tokens) { Self.lookUp(text, table, into: &storage) }
        return storage.document
    }

    /// One look-up per token that is not white space, in two passes: the filter over those tokens
    /// (``AnalyzedText/nonSpaceTokens``; it also writes the cells of tokens with no entry and the
    /// scanned tokens), then the table for those it lets through.
    private static func lookUp(_ text: AnalyzedText, _ table: WordTable, into s: inout Storage) {
        let tokens = text.tokens
        let count = tokens.count
        s.tokens = tokens
        s.reserve(count)
        var targets = 0
        let scannedCount = tokens.withUnsafeBufferPointer { toks in
            let (n, m) = text.nonSpaceTokens.withUnsafeBufferPointer { nonSpace in
                table.filter(toks, nonSpace: nonSpace, candidates: s.candidates, scanned: s.scanned, cells: s.cells)
            }
            for c in 0..<n {
                let k = Int(s.candidates[c])
                let key = toks[k].key
                let found = table.probe(key)
                guard found.entry >= 0 else { continue }
                var cell = s.cells[k]
                cell.entry = found.entry
                cell.flags = found.flags
                cell.phrases = found.phrases
                cell.singles = found.singles
                if !found.phrases.isEmpty {
                    var j = k + 1
                    while j < count && toks[j].kind == .whitespace { j += 1 }
                    cell.pairStartsPhrase = j < count && table.startsPhrase(key, toks[j].key)
                }
                s.cells[k] = cell
                if found.flags.contains(.target) && toks[k].kind != .quotationMark {
                    s.targetTokens[targets] = Int32(k)
                    targets += 1
                }
            }
            return m
        }
        s.document = Document(cells: UnsafePointer(s.cells), scanned: UnsafeBufferPointer(start: s.scanned, count: scannedCount),
                              targetTokens: UnsafeBufferPointer(start: s.targetTokens, count: targets))
    }

    /// Whether `tokens` is the array the cells were made for (the same storage).
    private static func isDocument(_ tokens: [Token], _ document: [Token]) -> Bool {
        guard tokens.count == document.count else { return false }
        return tokens.withUnsafeBufferPointer { a in document.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress } }
    }
}
