/// Finds sentences with ICU's `en@ss=standard` rules, then corrects ICU where the abbreviation lexicon
/// knows better (ICU splits after "Dr.", "Sen.", "U.S." before a capital, "a.m.").
///
/// ICU is asked only at candidate positions (a terminal punctuation token: . ! ? … 。 and the like),
/// with `following(offset)`, which reads only the text nearby. A sentence break can only follow such a
/// token, so this gives ICU's own boundaries at a fraction of a full pass. Paragraph ends always end a
/// sentence; a line break inside a paragraph (hard-wrapped text) does not.
struct SentenceSplitter {
    let lexicon: TextLexicon
    private let iterator = ICUBreakIterator.sentence()
    /// Whether ICU is asked even where its answer cannot change the sentences (tests compare the two).
    var asksICUWhenMoot = false

    init(lexicon: TextLexicon) { self.lexicon = lexicon }

    /// Splits the paragraphs of `text` (bytes at `p`) into sentences. `words` is the iterator that
    /// tokenized the text: ICU reads the windows it asks about from its UTF-16 copy.
    func split(_ text: inout AnalyzedText, _ p: UnsafePointer<UInt8>, count: Int, words: ICUBreakIterator) {
        var sentences: [TextRange] = []
        var sentenceTokens: [Range<Int>] = []
        sentences.reserveCapacity(count / 80)
        let tokens = text.tokens
        let terminals = text.terminalTokens
        var t = 0
        for (pi, para) in text.paragraphTokens.enumerated() {
            var sentenceStart = para.lowerBound
            var i = para.lowerBound
            let paraEnd = text.paragraphs[pi].end
            while t < terminals.count && Int(terminals[t]) < para.lowerBound { t += 1 }
            while t < terminals.count && Int(terminals[t]) < para.upperBound {
                if Int(terminals[t]) < i { t += 1; continue }
                i = Int(terminals[t])
                t += 1
                // The run of closers after the terminal: more terminals, closing marks, brackets, space.
                var j = i + 1
                var sawSpace = false
                // UAX #29's shape: Term+ Close* Sp* (after a space, only more space).
                while j < para.upperBound && (sawSpace ? tokens[j].kind == .whitespace : isCloser(tokens[j], p)) {
                    if tokens[j].kind == .whitespace { sawSpace = true }
                    j += 1
                }
                if j >= para.upperBound { break }  // the paragraph end closes the sentence anyway
                let next = text.nextNonSpace(j)
                // ICU breaks after ! and ? before lower case (“Why?” he asked; (GREAT!) for Japan): an
                // English sentence does not begin in lower case, so such a break is dropped.
                let continues = startsLowerCase(next, tokens, p) || endsAbbreviation(terminal: i, next: next, tokens, text, p)
                let paragraph = TextRange(text.paragraphs[pi].start, paraEnd)
                if !sawSpace || !plainBreak(terminal: i, next: j, tokens, p),
                   asksICUWhenMoot || !(continues && !(t < terminals.count && Int(terminals[t]) < j) && window(around: tokens[i].range.start, p, paragraph).end < paraEnd) {
                    // Ask ICU: its abbreviation suppressions (ss=standard) or its rules may decide
                    // otherwise. The boundary must follow this terminal with only closers between;
                    // otherwise ICU broke at a line break inside the paragraph, which is wrapping.
                    // (Not asked when its answer cannot matter: the sentence continues here either
                    // way, no terminal stands among the closers, which a "no" would have us look at
                    // next, and the window ends before the paragraph, so ICU cannot answer "no
                    // boundary before the paragraph end", which ends the paragraph's search.)
                    guard let b = icuBoundary(after: tokens[i].range.start, p, paragraph, words),
                          b < paraEnd else { break }
                    if tokens[j].range.start != b && !opensAt(j, boundary: b, tokens, p) { continue }
                }
                if !continues {
                    append(sentenceStart..<j, tokens, &sentences, &sentenceTokens)
                    sentenceStart = j
                }
                i = j
            }
            append(sentenceStart..<para.upperBound, tokens, &sentences, &sentenceTokens)
        }
        text.sentences = sentences
        text.sentenceTokens = sentenceTokens
    }

    @inline(__always) private func isTerminal(_ t: Token, _ p: UnsafePointer<UInt8>) -> Bool {
        t.kind == .punctuation && Tokenizer.mayEndSentence(p, t.range.start, t.range.end)
    }

    /// ICU's first sentence boundary after `offset`, computed on a window of the paragraph around it.
    /// `following` on the whole text backs up to a safe point that can lie far behind (measured: about
    /// 4 µs a call on news text); the decision at a terminal depends only on the abbreviation before it
    /// and the next word, so 64 bytes each side are enough (ICU's longest suppressed abbreviation is
    /// far shorter).
    private func icuBoundary(after offset: Int, _ p: UnsafePointer<UInt8>, _ paragraph: TextRange,
                             _ words: ICUBreakIterator) -> Int? {
        iterator.following(offset, in: window(around: offset, p, paragraph), of: p, copiedBy: words)
    }

    /// The window of `paragraph` that ICU reads to decide at `offset`: 64 bytes each side, widened to
    /// whole scalars.
    @inline(__always)
    private func window(around offset: Int, _ p: UnsafePointer<UInt8>, _ paragraph: TextRange) -> TextRange {
        var start = max(paragraph.start, offset - 64)
        while start > paragraph.start && start < offset && p[start] & 0xC0 == 0x80 { start -= 1 }
        var end = min(paragraph.end, offset + 64)
        while end < paragraph.end && p[end] & 0xC0 == 0x80 { end += 1 }
        return TextRange(start, end)
    }

    /// A break that UAX #29 makes and no ICU suppression can undo, so ICU need not be asked: after `!`
    /// or `?`, or after `.` that follows a number, a lower-case word of two or more letters or a
    /// capitalised one of five or more, with no inner period (ICU's suppressions are short capitalised or
    /// dotted abbreviations), before a word that is not lower case. Asking ICU at every candidate costs as much as the whole tokenizer.
    @inline(__always)
    private func plainBreak(terminal i: Int, next j: Int, _ tokens: [Token], _ p: UnsafePointer<UInt8>) -> Bool {
        if startsLowerCase(j, tokens, p) { return false }
        let t = p[tokens[i].range.start]
        if t == 0x21 || t == 0x3F { return true }
        guard t == 0x2E, i > 0 else { return false }
        let w = tokens[i - 1]
        guard w.range.end == tokens[i].range.start else { return false }
        if w.kind == .number { return true }
        guard w.kind == .word, w.range.length >= 2 else { return false }
        let first = p[w.range.start]
        // Capitalised words of five letters or more ("Japan.", "Trump.") are not among ICU's suppressed
        // abbreviations; the abbreviation lexicon, applied after every break, covers any that are.
        guard (first >= 0x61 && first <= 0x7A) || (first >= 0x41 && first <= 0x5A && w.range.length >= 5) else { return false }
        for k in w.range.start..<w.range.end where p[k] == 0x2E { return false }
        return true
    }

    /// Whether ICU's boundary `b` follows a run of opening marks at token `j`, right after the terminal's
    /// closers: UAX #29 counts opening brackets and quotation marks among the "Close" characters that
    /// stay with the sentence before them, so where no space stands between (「…重い。『合意』で…」, Japanese
    /// has none) ICU breaks after the opening mark. The break is taken before it: the mark opens the
    /// next sentence.
    private func opensAt(_ j: Int, boundary b: Int, _ tokens: [Token], _ p: UnsafePointer<UInt8>) -> Bool {
        var k = j
        while k < tokens.count, tokens[k].range.end <= b, isOpener(tokens[k], p) { k += 1 }
        return k > j && tokens[k - 1].range.end == b
    }

    /// An opening quotation mark or bracket.
    @inline(__always) private func isOpener(_ t: Token, _ p: UnsafePointer<UInt8>) -> Bool {
        switch t.kind {
        case .quotationMark: return t.quote?.role == .opening
        case .punctuation:
            let b = p[t.range.start]
            if b == 0x28 || b == 0x5B || b == 0x7B { return true }
            // CJK opening brackets: 〈 《 【 〔 〖 〘 〚 （ ［ ｛ (U+3008, 300A, 3010, 3014, 3016, 3018, 301A, FF08, FF3B, FF5B).
            switch Tokenizer.decodeScalar(p, t.range.start, t.range.end) {
            case 0x3008, 0x300A, 0x3010, 0x3014, 0x3016, 0x3018, 0x301A, 0xFF08, 0xFF3B, 0xFF5B: return true
            default: return false
            }
        default: return false
        }
    }

    /// What may stand between a terminal and the break: more terminals, closing quotes and brackets, space.
    @inline(__always) private func isCloser(_ t: Token, _ p: UnsafePointer<UInt8>) -> Bool {
        switch t.kind {
        case .whitespace: return true
        case .quotationMark: return t.quote?.role != .opening
        case .punctuation:
            let b = p[t.range.start]
            return b == 0x29 || b == 0x5D || b == 0x7D || isTerminal(t, p) || b >= 0x80
        default: return false
        }
    }

    /// Whether token `i` begins with a lower-case letter.
    private func startsLowerCase(_ i: Int, _ tokens: [Token], _ p: UnsafePointer<UInt8>) -> Bool {
        guard i < tokens.count, tokens[i].kind == .word else { return false }
        let b = p[tokens[i].range.start]
        if b < 0x80 { return b >= 0x61 && b <= 0x7A }
        let s = Tokenizer.decodeScalar(p, tokens[i].range.start, tokens[i].range.end)
        return Unicode.Scalar(s)?.properties.isLowercase ?? false
    }

    /// Whether the terminal `.` at `terminal` ends an abbreviation that does not end the sentence here.
    private func endsAbbreviation(terminal: Int, next: Int, _ tokens: [Token], _ text: AnalyzedText,
                                  _ p: UnsafePointer<UInt8>) -> Bool {
        let dot = tokens[terminal]
        guard p[dot.range.start] == 0x2E, terminal > 0 else { return false }
        let word = tokens[terminal - 1]
        guard word.kind == .word, word.range.end == dot.range.start, next < tokens.count else { return false }
        // A single capital letter is an initial ("Donald J. Trump", "Joseph R. Biden"): like a prenominal
        // abbreviation, it ends a sentence only before a sentence starter ("... Plan B. Then ...").
        if word.range.length == 1, p[word.range.start] >= 0x41 && p[word.range.start] <= 0x5A {
            return tokens[next].kind == .word && !lexicon.sentenceStarters.contains(tokens[next].key)
        }
        guard let kind = lexicon.abbreviations[KeyHash.add(0x2E, to: word.key)] else { return false }
        let n = tokens[next]
        let first = p[n.range.start]
        let nextIsLowerOrDigit = (first >= 0x61 && first <= 0x7A) || n.kind == .number
            || n.kind == .punctuation
        switch kind {
        case .title: return true
        case .prenominal: return !lexicon.sentenceStarters.contains(n.key)
        case .general: return nextIsLowerOrDigit
        }
    }

    private func append(_ r: Range<Int>, _ tokens: [Token], _ out: inout [TextRange], _ outTokens: inout [Range<Int>]) {
        var s = r.lowerBound, e = r.upperBound
        while s < e && tokens[s].kind == .whitespace { s += 1 }
        while e > s && tokens[e - 1].kind == .whitespace { e -= 1 }
        guard e > s else { return }
        out.append(TextRange(tokens[s].range.start, tokens[e - 1].range.end))
        outTokens.append(s..<e)
    }
}
