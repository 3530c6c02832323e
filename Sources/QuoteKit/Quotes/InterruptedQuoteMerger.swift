/// One statement in several pieces, in the same paragraph:
/// - a quotation interrupted by its attribution (“We will,” he said, “win.”) or resumed after it
///   (“...,” said Gold, 83. “Clinton is strong.”): the second piece follows the first's attribution,
///   with no cue of its own outside it, or continues its sentence in lower case (“..., ” said Alice,
///   “and why ...,” she added);
/// - a quotation resumed after the writer's parenthesis (“... I think--” (she was ...) “--yes ...”), or
///   broken off and resumed with a dash on both sides, the narration between giving the second piece
///   no cue of its own (“... I think--” She paused. “--yes ...”);
/// - quoted alternatives joined by a conjunction (shouting “Off with his head!” or “Off with her head!”).
/// A quotation inside a bracketed aside with its own cue is its own statement; the pieces around the
/// aside are one (“I never--” (“You did,” said Ann)--“never said it.”).
/// Titles and other mentions are never merged.
struct InterruptedQuoteMerger {
    let lexicon: QuoteLexicon

    /// The most words an attribution between two pieces may have. Attributions with appositions run
    /// long ("said Dennis Gaskin, a retiree who worked at the Tropicana plant here that squeezes oranges
    /// into juice" has 17); past 40 words the writer has moved on.
    static let maximumAttributionWords = 40

    func merge(_ quotes: [Quote], text: AnalyzedText) -> [Quote] {
        var out: [Quote] = []
        var lastDirect: Int? = nil   // partial quotes inside an attribution ("one of the “big four”") are skipped
        var beforeAside: Int? = nil  // the statement a bracketed aside interrupted, resumed after it
        for q in quotes {
            if let d = lastDirect, canMerge(out[d], q, text) {
                out[d].pieces += q.pieces
                out[d].nested += q.nested
                if out[d].cue == nil, q.cue != nil { adoptCue(of: q, into: &out[d]) }
                continue
            }
            if let d = beforeAside, resumesAfterAside(out[d], q, text) {
                out[d].pieces += q.pieces
                out[d].nested += q.nested
                lastDirect = d
                beforeAside = nil
                continue
            }
            if q.kind == .direct, let d = lastDirect {
                let brackets = unmatchedBrackets(TextRange(out[d].range.end, q.range.start), text)
                if brackets.opened > 0 { beforeAside = beforeAside ?? d } else if brackets.closed > 0 { beforeAside = nil }
            }
            if let last = out.indices.last, areAlternatives(out[last], q, text) {
                out[last].pieces += q.pieces
                out[last].nested += q.nested
                if out[last].cue == nil, q.cue != nil { adoptCue(of: q, into: &out[last]) }
                continue
            }
            if q.kind == .direct { lastDirect = out.count }
            out.append(q)
        }
        return out
    }

    /// A piece's cue becomes the statement's when the first piece had none (“...” Then, “...,” she added).
    private func adoptCue(of q: Quote, into merged: inout Quote) {
        merged.cue = q.cue; merged.cueVerb = q.cueVerb; merged.cueToken = q.cueToken
        merged.cueInverted = q.cueInverted; merged.confidence = q.confidence
    }

    private func canMerge(_ a: Quote, _ b: Quote, _ text: AnalyzedText) -> Bool {
        guard a.kind == .direct, b.kind == .direct || b.kind == .partial, a.range.end <= b.range.start else { return false }
        let aEnd = text.tokenIndex(at: a.range.end)     // a's closing mark
        let bStart = text.tokenIndex(at: b.range.start)  // b's first content token
        guard aEnd < bStart, text.paragraphIndex(ofToken: aEnd) == text.paragraphIndex(ofToken: bStart) else { return false }
        let gap = TextRange(a.range.end, b.range.start)
        // a is inside a bracketed aside that closes before b: b is outside it, another statement.
        if unmatchedBrackets(gap, text).closed > 0 { return false }
        // b's own cue says the speaker goes on (“...,” she added; he went on, “...”): one more piece.
        if let verb = b.cueVerb, lexicon.continuationVerbs.contains(verb.lemma), let own = b.cue,
           text.paragraphIndex(ofToken: text.tokenIndex(at: own.start)) == text.paragraphIndex(ofToken: bStart),
           wordCount(aEnd..<bStart, text) <= Self.maximumAttributionWords {
            return true
        }
        if let cue = a.cue, gap.contains(cue) {
            guard wordCount(aEnd..<bStart, text) <= Self.maximumAttributionWords else { return false }
            // A fragment inside the attribution (said on “Face the Nation”) is the writer's; only one
            // continuing the interrupted sentence in lower case (he said, adding “and ...”) is a piece.
            if b.kind == .partial && !startsLowerCase(b, text) { return false }
            // b's own cue, if any, must be part of the same attribution ("said the Mock Turtle at last,
            // with a deep sigh,"): in the gap and in the sentence of a's cue. “...,” Smith said. Jones
            // replied: “...” is two statements.
            let ownCueInAttribution = b.cue.map { own in
                gap.contains(own) && text.sentenceIndex(ofToken: text.tokenIndex(at: own.start))
                    == text.sentenceIndex(ofToken: text.tokenIndex(at: cue.start))
            } ?? true
            return ownCueInAttribution || startsLowerCase(b, text)
        }
        // No attribution between: the writer's parenthesis (b's own cue, if any, inside it), or a dash
        // break with no cue of b's own (a cue would start a new attribution: “... so extremely--” Just
        // then she noticed ..., so she went on, “--likely to win ...”).
        if isParenthesis(aEnd..<bStart, text) { return b.cue.map { gap.contains($0) } ?? true }
        return b.cue == nil && isDashContinuation(a, b, text)
    }

    /// b takes up statement a right after a bracketed aside (which holds a quotation of its own), with
    /// no cue of b's own outside the aside: “A--” (“...,” said Ann)--“b ...”.
    private func resumesAfterAside(_ a: Quote, _ b: Quote, _ text: AnalyzedText) -> Bool {
        guard a.kind == .direct, b.kind == .direct, a.range.end <= b.range.start else { return false }
        let aEnd = text.tokenIndex(at: a.range.end)
        let bStart = text.tokenIndex(at: b.range.start)
        guard aEnd < bStart, text.paragraphIndex(ofToken: aEnd) == text.paragraphIndex(ofToken: bStart),
              isParenthesis(aEnd..<bStart, text) else { return false }
        return b.cue.map { TextRange(a.range.end, b.range.start).contains($0) } ?? true
    }

    /// “A” or “B”, “A,” and “B”: two quotations joined by a conjunction (and commas) only.
    private func areAlternatives(_ a: Quote, _ b: Quote, _ text: AnalyzedText) -> Bool {
        guard a.kind != .mention, a.kind != .indirect, b.kind == .partial, a.range.end <= b.range.start else { return false }
        let aEnd = text.tokenIndex(at: a.range.end)
        let bStart = text.tokenIndex(at: b.range.start)
        var conjunctions = 0, marks = 0
        for k in aEnd..<bStart {
            let t = text.tokens[k]
            switch t.kind {
            case .whitespace: continue
            case .quotationMark: marks += 1
            case .punctuation where text.bytes[t.range.start] == UInt8(ascii: ","): continue
            case .word where lexicon.cueContext[t.key] == .conjunction: conjunctions += 1
            default: return false
            }
        }
        // a's closing mark and b's opening mark, and one conjunction.
        return conjunctions == 1 && marks == 2
    }

    /// Tokens `range` (from a's closing mark to b's first content token) are the marks around one
    /// bracketed aside: ” (...) “.
    private func isParenthesis(_ range: Range<Int>, _ text: AnalyzedText) -> Bool {
        var k = text.nextNonSpace(range.lowerBound + 1)
        guard k < range.upperBound, text.tokens[k].kind == .punctuation, text.bytes[text.tokens[k].range.start] == UInt8(ascii: "(") else { return false }
        var depth = 0
        while k < range.upperBound {
            let t = text.tokens[k]
            if t.kind == .punctuation {
                let b = text.bytes[t.range.start]
                if b == UInt8(ascii: "(") { depth += 1 }
                if b == UInt8(ascii: ")") {
                    depth -= 1
                    if depth == 0 { break }
                }
            }
            k += 1
        }
        guard k < range.upperBound else { return false }
        // After the closing bracket: b's opening mark, perhaps after a comma, semicolon or dash ("(she
        // might well say this), “to go on ...").
        var open = text.nextNonSpace(k + 1)
        while open < range.upperBound, text.tokens[open].kind == .punctuation,
              isDash(open, text) || [UInt8(ascii: ","), UInt8(ascii: ";")].contains(text.bytes[text.tokens[open].range.start]) {
            open = text.nextNonSpace(open + 1)
        }
        return open < range.upperBound && text.tokens[open].kind == .quotationMark
            && text.nextNonSpace(open + 1) >= range.upperBound
    }

    /// Brackets in `range` (bytes) that close one opened before it, and brackets left open at its end.
    private func unmatchedBrackets(_ range: TextRange, _ text: AnalyzedText) -> (closed: Int, opened: Int) {
        var depth = 0, closed = 0
        var k = text.tokenIndex(at: range.start)
        while k < text.tokens.count, text.tokens[k].range.start < range.end {
            let t = text.tokens[k]
            k += 1
            guard t.kind == .punctuation, t.range.start >= range.start else { continue }
            let b = text.bytes[t.range.start]
            if b == UInt8(ascii: "(") { depth += 1 }
            if b == UInt8(ascii: ")") { if depth > 0 { depth -= 1 } else { closed += 1 } }
        }
        return (closed, depth)
    }

    /// a breaks off with a dash and b takes up with one (“... I think--” ... “--yes, ...”).
    private func isDashContinuation(_ a: Quote, _ b: Quote, _ text: AnalyzedText) -> Bool {
        guard let last = a.pieces.last, let first = b.pieces.first else { return false }
        let aLast = text.previousNonSpace(text.tokenIndex(at: last.end) - 1)
        let bFirst = text.nextNonSpace(text.tokenIndex(at: first.start))
        guard aLast >= 0, bFirst < text.tokens.count, text.tokens[aLast].range.start >= last.start,
              text.tokens[bFirst].range.end <= first.end else { return false }
        return isDash(aLast, text) && isDash(bFirst, text)
    }

    /// A dash: -- (ICU keeps it one token or two), – or —.
    private func isDash(_ i: Int, _ text: AnalyzedText) -> Bool {
        let t = text.tokens[i]
        guard t.kind == .punctuation else { return false }
        let r = t.range, b = text.bytes
        if b[r.start] == UInt8(ascii: "-") { return true }
        return r.length == 3 && b[r.start] == 0xE2 && b[r.start + 1] == 0x80 && (b[r.start + 2] == 0x93 || b[r.start + 2] == 0x94)
    }

    /// The first word of b is lower case: b continues the sentence the attribution interrupted.
    private func startsLowerCase(_ b: Quote, _ text: AnalyzedText) -> Bool {
        guard let first = b.pieces.first else { return false }
        var k = text.tokenIndex(at: first.start)
        while k < text.tokens.count, text.tokens[k].range.start < first.end {
            let t = text.tokens[k]
            if t.kind == .word {
                let c = text.bytes[t.range.start]
                if c < 0x80 { return c >= 0x61 && c <= 0x7A }
                let s = text.bytes.withUnsafeBufferPointer { Tokenizer.decodeScalar($0.baseAddress!, t.range.start, t.range.end) }
                return Unicode.Scalar(s)?.properties.isLowercase ?? false
            }
            // Only dashes and emphasis marks (_so_) may come first.
            if t.kind == .punctuation, isDash(k, text) || text.bytes[t.range.start] == UInt8(ascii: "_") { k += 1; continue }
            if t.kind == .whitespace { k += 1; continue }
            return false
        }
        return false
    }

    private func wordCount(_ range: Range<Int>, _ text: AnalyzedText) -> Int {
        var words = 0
        for i in range where text.tokens[i].kind == .word || text.tokens[i].kind == .number { words += 1 }
        return words
    }
}
