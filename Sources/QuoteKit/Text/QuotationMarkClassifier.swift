/// Decides, for every quotation-mark token, whether it opens, closes or is ambiguous, and turns
/// apostrophes that ICU left standing alone (’90s, rock ’n’ roll, the Trumps’ plans) back into
/// punctuation. Works paragraph by paragraph: what a mark means depends on the marks before it.
struct QuotationMarkClassifier {
    let lexicon: TextLexicon

    func classify(_ text: inout AnalyzedText, _ p: UnsafePointer<UInt8>) {
        var m = 0
        let marks = text.markTokens
        for para in text.paragraphTokens {
            while m < marks.count && Int(marks[m]) < para.lowerBound { m += 1 }
            let first = m
            while m < marks.count && Int(marks[m]) < para.upperBound { m += 1 }
            if m > first { classifyParagraph(&text.tokens, para, marks[first..<m], p) }
        }
    }

    private func classifyParagraph(_ tokens: inout [Token], _ para: Range<Int>, _ marks: ArraySlice<Int32>,
                                   _ p: UnsafePointer<UInt8>) {
        var doubleOpen = false      // a double-level opening mark is waiting for its closer
        var lowDoubleOpen = false   // ... and it was „ (so “ closes it)
        var singleOpen = 0          // single-level openings waiting
        var lowSingleOpen = false   // ... and the last was ‚ (so ‘ closes it)
        for mi in marks {
            let i = Int(mi)
            let r = tokens[i].range
            let scalar = Tokenizer.decodeScalar(p, r.start, r.end)
            guard let glyph = QuotationGlyph.classify(scalar) else { continue }
            let before = spaceLike(before: i, tokens, para, p)
            let after = spaceLike(after: i, tokens, para, p)
            var role = glyph.role
            var family = glyph.family

            // Two marks typed as one ('' or ``) are a double quotation mark, never an apostrophe
            // (''witches'': the s before the closing '' makes no possessive).
            if r.length == 2 && (p[r.start] == 0x27 || p[r.start] == 0x60) {
                // `` always opens; '' closes in the Penn Treebank convention but opens too in some
                // archives ('' ... ''), so context decides it like a straight mark.
                let opens = p[r.start] == 0x60 || (before && !after) || (before == after && !doubleOpen)
                tokens[i].quote = QuotationMark(role: opens ? .opening : .closing, level: .double, family: .typographic)
                doubleOpen = opens
                continue
            }
            if glyph.level == .single, isApostrophe(i, scalar: scalar, before: before, after: after,
                                                    singleOpen: singleOpen, tokens, para, p) {
                tokens[i].kind = .punctuation
                continue
            }
            switch scalar {
            case 0x22, 0x27:
                role = before && !after ? .opening : !before && after ? .closing : .ambiguous
            case 0x201C:
                // German „...“, or a “ typed for ” after a word ("It's unusual,“ said ...").
                if lowDoubleOpen || (doubleOpen && !before && after) { role = .closing }
            case 0x201D, 0xBB:
                if !doubleOpen && before && !after { role = .opening }  // Swedish ”...”, Danish »...«
            case 0xAB:
                if doubleOpen && !before && after { role = .closing }
            case 0x2018:
                if lowSingleOpen && !before { role = .closing }  // German ‚...‘
            case 0x2019:
                if before && !after { role = singleOpen == 0 ? .opening : .ambiguous }
            default:
                break
            }
            family = glyph.family
            tokens[i].quote = QuotationMark(role: role, level: glyph.level, family: family)
            switch (glyph.level, role) {
            case (.double, .opening): doubleOpen = true; lowDoubleOpen = scalar == 0x201E
            case (.double, .closing): doubleOpen = false; lowDoubleOpen = false
            case (.single, .opening): singleOpen += 1; lowSingleOpen = scalar == 0x201A
            case (.single, .closing): singleOpen = max(0, singleOpen - 1); lowSingleOpen = false
            default: break
            }
        }
    }

    /// A single mark that is an apostrophe, not a quotation mark.
    private func isApostrophe(_ i: Int, scalar: UInt32, before: Bool, after: Bool, singleOpen: Int,
                              _ tokens: [Token], _ para: Range<Int>, _ p: UnsafePointer<UInt8>) -> Bool {
        guard scalar == 0x27 || scalar == 0x2019 || scalar == 0x2018 else { return false }
        let next = i + 1 < para.upperBound ? i + 1 : nil
        let prev = i > para.lowerBound ? i - 1 : nil
        // ’90s, ’25: elided century before digits.
        if before, let n = next, tokens[n].range.start == tokens[i].range.end, p[tokens[n].range.start] &- 0x30 < 10 {
            return true
        }
        // ’n’, ’em, ’til: a known elision right after the mark ...
        if before, let n = next, tokens[n].kind == .word, lexicon.elisions.contains(tokens[n].key),
           n + 1 >= para.upperBound || tokens[n + 1].kind == .whitespace || tokens[n + 1].kind == .quotationMark
            || tokens[n + 1].kind == .punctuation {
            return true
        }
        // ... or the mark closing one (rock ’n’ roll).
        if after, let q = prev, tokens[q].kind == .word, lexicon.elisions.contains(tokens[q].key),
           q - 1 >= para.lowerBound, tokens[q - 1].kind == .punctuation,
           tokens[q - 1].range.end == tokens[q].range.start {
            return true
        }
        // the Trumps’ plans: after a word ending in s, with no single quotation open.
        if scalar != 0x2018, !before, after, singleOpen == 0, let q = prev, tokens[q].kind == .word {
            let last = p[tokens[q].range.end - 1]
            if last == 0x73 || last == 0x53 { return true }
        }
        return false
    }

    /// Whether the mark at `i` has white space, a paragraph start or opening punctuation before it.
    private func spaceLike(before i: Int, _ tokens: [Token], _ para: Range<Int>, _ p: UnsafePointer<UInt8>) -> Bool {
        if i == para.lowerBound { return true }
        let t = tokens[i - 1]
        switch t.kind {
        case .whitespace: return true
        case .quotationMark: return t.quote?.role == .opening
        case .punctuation:
            let b = p[t.range.start]
            // ( [ { and dashes (– — are E2 80 93 / E2 80 94) and the slash open a quotation.
            return b == 0x28 || b == 0x5B || b == 0x7B || b == 0x2F || b == 0x2D || (b == 0xE2 && t.range.length == 3 && p[t.range.start + 1] == 0x80 && (p[t.range.start + 2] == 0x93 || p[t.range.start + 2] == 0x94))
        default: return false
        }
    }

    /// Whether the mark at `i` has white space, a paragraph end or closing punctuation after it.
    private func spaceLike(after i: Int, _ tokens: [Token], _ para: Range<Int>, _ p: UnsafePointer<UInt8>) -> Bool {
        if i + 1 >= para.upperBound { return true }
        let t = tokens[i + 1]
        switch t.kind {
        case .whitespace, .quotationMark: return true
        case .punctuation:
            let b = p[t.range.start]
            return b != 0x28 && b != 0x5B && b != 0x7B
        default: return false
        }
    }
}
