/// Splits text into ICU word-break segments, gives each a ``TokenKind`` and its normalised key form.
/// Lossless: the segments cover the text exactly, whitespace included.
struct Tokenizer {
    /// The word iterator; after ``tokenize(_:count:into:)`` it holds the text's UTF-16 copy.
    let iterator = ICUBreakIterator.word()

    /// Appends the tokens of `p[0..<count]` to `text`.
    func tokenize(_ p: UnsafePointer<UInt8>, count: Int, into text: inout AnalyzedText) {
        var tokens: [Token] = []
        tokens.reserveCapacity(count / 2 + 16)  // news text makes about 0.36 tokens a byte
        var norm = ByteBuffer(capacity: count + 64)
        defer { norm.deallocate() }
        iterator.setTextCopyingToUTF16(p, length: count)
        var marks: [Int32] = []
        var terminals: [Int32] = []
        // Written without `Array.append`'s checks (a token is at least a byte, so `count` bounds them).
        let nonSpace = UnsafeMutablePointer<Int32>.allocate(capacity: count + 1)
        defer { nonSpace.deallocate() }
        var nonSpaceCount = 0
        var start = 0
        // Boundaries come from ICU a run at a time (see ICUBreakIterator.nextRun).
        let run = 64
        let ends = UnsafeMutablePointer<Int32>.allocate(capacity: 2 * run), statuses = ends + run
        defer { ends.deallocate() }
        var k = 0, n = 0
        while true {
            if k == n {
                if n < run && n > 0 { break }
                n = iterator.nextRun(in: p, ends: ends, statuses: statuses, capacity: run)
                k = 0
                if n == 0 { break }
            }
            let end = Int(ends[k]), status = statuses[k]
            k += 1
            // ICU gives a segment that starts with white space no rule status (its word, number, kana
            // and ideograph rules all start elsewhere), so half the segments need not (and nextRun does
            // not) ask for one.
            let kind = Self.isASCIISpace(p[start]) ? .whitespace : Self.kind(p, start, end, status: status)
            if kind == .whitespace {
                tokens.append(Token(start: start, end: end, kind: kind, normStart: norm.count, normLength: 0, key: KeyHash.seed))
                start = end
                continue
            }
            // `` and '' (the Penn Treebank convention) are one double mark each; ICU splits them.
            if kind == .quotationMark, end - start == 1, let last = tokens.last, last.kind == .quotationMark,
               last.end == Int32(start), last.end - last.start == 1, p[start] == p[Int(last.start)],
               p[start] == 0x60 || p[start] == 0x27 {
                tokens[tokens.count - 1].end = Int32(end)
                tokens[tokens.count - 1].normLength += 1
                tokens[tokens.count - 1].key = KeyHash.add(p[start], to: last.key)
                norm.append(p[start])

                start = end
                continue
            }
            // ''' after a word closes a single quotation and then a double one (...at all,''' she
            // said): the '' joined first becomes ' and this mark joins the second, making ' then ''.
            if kind == .quotationMark, end - start == 1, p[start] == 0x27, tokens.count >= 2, let last = tokens.last,
               last.kind == .quotationMark, last.end == Int32(start), last.end - last.start == 2, p[Int(last.start)] == 0x27,
               tokens[tokens.count - 2].kind != .whitespace, tokens[tokens.count - 2].end == last.start {
                tokens[tokens.count - 1].end = last.start + 1
                tokens[tokens.count - 1].normLength = 1
                tokens[tokens.count - 1].key = KeyHash.add(0x27, to: KeyHash.seed)
                let normStart = norm.count
                norm.append(0x27); norm.append(0x27)
                marks.append(Int32(tokens.count))
                nonSpace[nonSpaceCount] = Int32(tokens.count); nonSpaceCount += 1
                tokens.append(Token(start: start - 1, end: end, kind: kind, normStart: normStart, normLength: 2,
                                    key: KeyHash.add(0x27, to: KeyHash.add(0x27, to: KeyHash.seed))))
                start = end
                continue
            }
            let normStart = norm.count
            var tripled = false
            // Most tokens are short ASCII words: one 64-bit word (read past the token, not the text).
            var hash = end - start <= 8 && count - start >= 8 ? norm.appendShortASCII(p + start, end - start, tripled: &tripled) : nil
            if hash == nil { hash = norm.appendLowercasedASCII(p + start, end - start, tripled: &tripled) }
            if hash == nil {
                tripled = Self.hasTripledLetter(p + start, end - start)
                // Not ASCII: ICU's NFKC_Casefold (rare in English news, so the copy does not matter).
                var h = KeyHash.seed
                var folded: [UInt8] = []
                Normalizer.appendKeyForm(p + start, end - start, to: &folded, hash: &h)
                norm.append(contentsOf: folded)
                hash = h
            }
            if kind == .quotationMark { marks.append(Int32(tokens.count)) }
            else if kind == .punctuation && Self.mayEndSentence(p, start, end) { terminals.append(Int32(tokens.count)) }
            nonSpace[nonSpaceCount] = Int32(tokens.count); nonSpaceCount += 1
            tokens.append(Token(start: start, end: end, kind: kind, normStart: normStart, normLength: norm.count - normStart, key: hash!))
            if tripled { tokens[tokens.count - 1].hasTripledLetter = true }
            start = end
        }
        text.tokens = tokens
        text.normalizedBytes = norm.array()
        text.markTokens = marks
        text.terminalTokens = terminals
        text.nonSpaceTokens = Array(UnsafeBufferPointer(start: nonSpace, count: nonSpaceCount))
    }

    /// True when `p[0..<n]` has one ASCII letter three times in a row (either case): the mark of a
    /// stretched word ("goooood", "yesss"), since English words never triple a letter.
    static func hasTripledLetter(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        var k = 2
        while k < n {
            let b = p[k] | 0x20
            if b == p[k - 1] | 0x20 && b == p[k - 2] | 0x20 && b &- 0x61 < 26 { return true }
            k += 1
        }
        return false
    }

    /// Sentence-final punctuation: . ! ? and their Unicode kin (… 。 ！ ？ ؟ । ‼ ⁇ ⁈ ⁉ ．).
    @inline(__always)
    static func mayEndSentence(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let b = p[start]
        if b < 0x80 { return b == 0x2E || b == 0x21 || b == 0x3F }
        switch decodeScalar(p, start, end) {
        case 0x2026, 0x3002, 0xFF01, 0xFF1F, 0x061F, 0x0964, 0x203C, 0x2047, 0x2048, 0x2049, 0xFF0E: return true
        default: return false
        }
    }

    /// The kind of the segment `p[start..<end]`, from ICU's rule status and, for status "none", from
    /// its first scalar.
    @inline(__always)
    static func kind(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int, status: Int32) -> TokenKind {
        switch status {
        case 100..<200: return .number
        case 200..<300: return .word
        case 300..<500: return .ideographic  // kana (300) and ideographs (400)
        default: break
        }
        let b = p[start]
        if b < 0x80 {
            if isASCIISpace(b) { return .whitespace }
            switch b {
            case 0x22, 0x27, 0x60: return .quotationMark
            case 0x24, 0x2B, 0x3C, 0x3D, 0x3E, 0x5E, 0x7C, 0x7E: return .symbol  // $ + < = > ^ | ~
            case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return .punctuation
            default: return b < 0x20 || b == 0x7F ? .symbol : .word
            }
        }
        return kindOfScalar(p, start, end)
    }

    /// Space, tab, line feed, carriage return, vertical tab, form feed.
    @inline(__always)
    static func isASCIISpace(_ b: UInt8) -> Bool {
        b == 0x20 || (b >= 0x09 && b <= 0x0D)
    }

    /// The kind of a segment whose first byte is not ASCII (kept out of line: it is the rare case).
    @inline(never)
    static func kindOfScalar(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> TokenKind {
        let scalar = decodeScalar(p, start, end)
        if QuotationGlyph.classify(scalar) != nil { return .quotationMark }
        guard let u = Unicode.Scalar(scalar) else { return .symbol }
        if u.properties.isWhitespace { return .whitespace }
        switch u.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return .punctuation
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return .word
        case .decimalNumber, .letterNumber, .otherNumber:
            return .number
        default:
            return .symbol
        }
    }

    /// ``mayEndSentence(_:_:_:)`` over an array.
    static func mayEndSentence(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        bytes.withUnsafeBufferPointer { mayEndSentence($0.baseAddress!, start, end) }
    }

    /// The first Unicode scalar of `p[start..<end]` (U+FFFD when malformed).
    @inline(__always)
    static func decodeScalar(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> UInt32 {
        let b0 = UInt32(p[start])
        if b0 < 0x80 { return b0 }
        func cont(_ i: Int) -> UInt32 { start + i < end ? UInt32(p[start + i] & 0x3F) : 0 }
        if b0 >= 0xF0 { return ((b0 & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3) }
        if b0 >= 0xE0 { return ((b0 & 0x0F) << 12) | (cont(1) << 6) | cont(2) }
        if b0 >= 0xC0 { return ((b0 & 0x1F) << 6) | cont(1) }
        return 0xFFFD
    }
}
