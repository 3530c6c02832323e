/// A document's text after the text stage: tokens, paragraphs and sentences as views into its bytes.
///
/// Every range here is in UTF-8 byte offsets; ``scalarOffsets`` converts them for output.
public struct AnalyzedText: Sendable {
    /// The text as given.
    public let text: String
    /// The text's UTF-8 bytes; every ``TextRange`` indexes into them.
    public let bytes: [UInt8]
    /// Every ICU word-break segment in order, whitespace included: joined, they give back `text`.
    public internal(set) var tokens: [Token] = []
    /// The normalised forms of all tokens, back to back (see ``Token/normalized``).
    public internal(set) var normalizedBytes: [UInt8] = []
    /// Paragraphs (see ``ParagraphSplitter`` for the rule), trimmed of surrounding white space.
    public internal(set) var paragraphs: [TextRange] = []
    /// The tokens of each paragraph (indices into ``tokens``), parallel to ``paragraphs``.
    public internal(set) var paragraphTokens: [Range<Int>] = []
    /// Sentences (ICU `en@ss=standard`, corrected by the abbreviation lexicon), never across paragraphs.
    public internal(set) var sentences: [TextRange] = []
    /// The tokens of each sentence, parallel to ``sentences``.
    public internal(set) var sentenceTokens: [Range<Int>] = []
    /// Indices of the quotation-mark tokens, in order (as the tokenizer found them; some become
    /// apostrophes when classified).
    var markTokens: [Int32] = []
    /// Indices of punctuation tokens that may end a sentence (. ! ? and kin), in order.
    var terminalTokens: [Int32] = []
    /// Indices of the tokens that are not white space, in order (about half of all tokens in prose): a
    /// pass that has nothing to do at white space reads these rather than every token.
    var nonSpaceTokens: [Int32] = []
    /// Problems met while analysing (text too large, and the like). Analysis itself never throws.
    public internal(set) var warnings: [String] = []
    /// Which sentences are headlines in title case, read once per sentence asked about.
    let titleCaseSentences = TitleCaseSentences()
    /// Converts UTF-8 offsets to Unicode-scalar offsets. Built on each call (one pass over the bytes):
    /// outputs take it once per document.
    public func makeScalarOffsets() -> ScalarOffsets { ScalarOffsets(bytes: bytes) }

    init(text: String) {
        self.text = text
        self.bytes = Array(text.utf8)
    }

    /// The document text in `range` (a copy: use for output, not in rules).
    public func string(_ range: TextRange) -> String {
        let s = max(0, min(range.start, bytes.count)), e = max(s, min(range.end, bytes.count))
        return String(decoding: bytes[s..<e], as: UTF8.self)
    }

    /// Writes the text in `range` as a JSON string, straight from the document's bytes.
    public func writeJSONString(_ range: TextRange, to json: inout JSONWriter) {
        let s = max(0, min(range.start, bytes.count)), e = max(s, min(range.end, bytes.count))
        // Cut inside a scalar (never at token boundaries): decode, replacing the broken sequence.
        if (s < bytes.count && bytes[s] & 0xC0 == 0x80) || (e < bytes.count && bytes[e] & 0xC0 == 0x80) {
            json.string(string(range))
        } else {
            json.string(utf8: bytes[s..<e])
        }
    }

    /// The text of token `i`.
    public func string(token i: Int) -> String { string(tokens[i].range) }

    /// The normalised form of token `i` (NFKC, case-folded, apostrophes straight).
    public func normalized(token i: Int) -> String {
        String(decoding: normalizedBytes[tokens[i].normalized], as: UTF8.self)
    }

    /// The index of the first non-space token at or after `i` (or `tokens.count`).
    @inline(__always) func nextNonSpace(_ i: Int) -> Int {
        var j = i
        while j < tokens.count && tokens[j].kind == .whitespace { j += 1 }
        return j
    }

    /// The index of the last non-space token at or before `i` (or -1).
    @inline(__always) func previousNonSpace(_ i: Int) -> Int {
        var j = i
        while j >= 0 && tokens[j].kind == .whitespace { j -= 1 }
        return j
    }

    /// The index of the sentence holding token `i` (the nearest before it when `i` is between sentences).
    func sentenceIndex(ofToken i: Int) -> Int { Self.index(of: i, in: sentenceTokens) }

    /// The index of the paragraph holding token `i`.
    func paragraphIndex(ofToken i: Int) -> Int { Self.index(of: i, in: paragraphTokens) }

    /// Binary search for the token range holding `i` among sorted, disjoint ranges.
    private static func index(of i: Int, in ranges: [Range<Int>]) -> Int {
        var lo = 0, hi = ranges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ranges[mid].upperBound <= i { lo = mid + 1 } else { hi = mid }
        }
        return min(lo, max(0, ranges.count - 1))
    }

    /// The number of word and number tokens inside `range`.
    func wordCount(in range: TextRange) -> Int {
        var n = 0
        var i = tokenIndex(at: range.start)
        while i < tokens.count && tokens[i].range.start < range.end {
            if tokens[i].kind == .word || tokens[i].kind == .number { n += 1 }
            i += 1
        }
        return n
    }

    /// Whether token `i` is a gerund-like continuation the writer adds (", adding ...", ", saying ...").
    func cueLike(_ i: Int) -> Bool {
        let r = tokens[i].range
        guard tokens[i].kind == .word, r.length > 4 else { return false }
        return bytes[r.end - 3] == UInt8(ascii: "i") && bytes[r.end - 2] == UInt8(ascii: "n") && bytes[r.end - 1] == UInt8(ascii: "g")
    }

    /// The index of the token that starts at or covers byte `offset` (binary search).
    func tokenIndex(at offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(tokens[mid].end) <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
