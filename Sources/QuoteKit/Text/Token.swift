/// One ICU word-break segment of a document: a view (byte offsets) plus what the tokenizer decided.
/// Kept to 24 bytes: a document holds one per word and one per space.
public struct Token: Sendable {
    @usableFromInline var start: Int32
    @usableFromInline var end: Int32
    /// FNV-1a hash of the normalised form: the key for lexicon look-ups.
    public var key: UInt64
    @usableFromInline var normStart: Int32
    @usableFromInline var normLength: UInt16
    /// What the token is.
    public var kind: TokenKind
    /// Bits 0-6: the quotation mark (0: none; else 1 + role*4 + level*2 + family). Bit 7:
    /// ``hasTripledLetter``.
    @usableFromInline var mark: UInt8

    init(start: Int, end: Int, kind: TokenKind, normStart: Int, normLength: Int, key: UInt64) {
        self.start = Int32(start)
        self.end = Int32(end)
        self.key = key
        self.normStart = Int32(normStart)
        self.normLength = UInt16(min(normLength, Int(UInt16.max)))
        self.kind = kind
        self.mark = 0
    }

    /// Where the token stands (UTF-8 offsets into the document text).
    @inlinable public var range: TextRange {
        get { TextRange(Int(start), Int(end)) }
        set { start = Int32(newValue.start); end = Int32(newValue.end) }
    }

    /// Where the normalised form (NFKC, case-folded, curly apostrophes as ') stands in
    /// ``AnalyzedText/normalizedBytes``; empty for whitespace.
    public var normalized: Range<Int> { Int(normStart)..<Int(normStart) + Int(normLength) }

    /// Whether one letter stands three times in a row, in either case ("goooood", "YESSS"): the
    /// tokenizer notes it while it reads the bytes, so scoring need not read them again for
    /// stretched words.
    var hasTripledLetter: Bool {
        get { mark & 0x80 != 0 }
        set { mark = newValue ? mark | 0x80 : mark & 0x7F }
    }

    /// The mark's classification when `kind == .quotationMark`.
    public var quote: QuotationMark? {
        get {
            let code = mark & 0x7F
            guard code != 0 else { return nil }
            let m = code - 1
            return QuotationMark(role: QuotationMark.Role(rawValue: m >> 2) ?? .ambiguous,
                                 level: (m >> 1) & 1 == 0 ? .double : .single,
                                 family: m & 1 == 0 ? .straight : .typographic)
        }
        set {
            guard let q = newValue else { mark &= 0x80; return }
            mark = (mark & 0x80) | (1 + (q.role.rawValue << 2) + (q.level == .single ? 2 : 0) + (q.family == .typographic ? 1 : 0))
        }
    }

    /// True for whitespace.
    @inline(__always) public var isSpace: Bool { kind == .whitespace }
}
