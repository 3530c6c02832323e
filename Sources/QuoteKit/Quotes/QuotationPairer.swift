/// Pairs quotation marks into quoted spans, paragraph by paragraph.
///
/// - An opening mark waits on a stack; a closing mark of the same level and family closes the nearest
///   such opening. An ambiguous straight mark closes when one of its kind is open, and opens otherwise.
/// - Marks inside an open quotation of another level are nested: recorded in the outer span, never a
///   statement of their own.
/// - The news convention for long quotes: a paragraph that leaves a quotation open continues into the
///   next paragraph when that one begins with an opening mark of the same kind (one span, several
///   pieces). Otherwise the quotation is closed at its paragraph end, with a warning: an unclosed mark
///   never swallows the rest of the article.
/// Linear in the number of marks; at most one span per paragraph comes from unclosed marks. Unclosed
/// marks and double closing marks that close nothing are warned about, up to ``maximumWarnings``.
struct QuotationPairer {
    /// Unclosed marks reported one by one; past this many, one line counts the rest. A reader can act on
    /// a few dozen warnings; a broken feed with a mark on every line would bury everything else.
    static let maximumWarnings = 50
    /// The most nested quotations recorded for one span. News quotes nest one or two; the cap keeps
    /// deeply nested marks (“‘“‘ ... ’”’”) linear, since each closing mark hands its list to its parent.
    static let maximumNested = 64

    private struct Open {
        let token: Int
        let mark: QuotationMark
        var nested: [TextRange] = []
    }

    /// The open marks of a paragraph, with the positions of each level and family kept apart so that a
    /// closing mark finds its opening without walking past marks it cannot close (a run of ‘ followed by
    /// a run of ” would otherwise cost quadratic time). Every mark is pushed and popped once.
    private struct OpenStack {
        private(set) var opens: [Open] = []
        /// Positions in `opens`, by class: double straight, double typographic, single straight, single typographic.
        private var byClass: [[Int]] = [[], [], [], []]

        private static func classIndex(_ m: QuotationMark) -> Int {
            (m.level == .single ? 2 : 0) + (m.family == .typographic ? 1 : 0)
        }

        mutating func append(_ o: Open) {
            byClass[Self.classIndex(o.mark)].append(opens.count)
            opens.append(o)
        }

        /// The position of the nearest open mark that `closer` can close (see ``QuotationMark/canBeClosed(by:)``).
        func lastIndex(closableBy closer: QuotationMark) -> Int? {
            guard closer.role != .opening else { return nil }
            if closer.level == .double { return [byClass[0].last, byClass[1].last].compactMap { $0 }.max() }
            return byClass[closer.family == .straight ? 2 : 3].last
        }

        /// Drops the marks from position `k` on.
        mutating func removeSubrange(from k: Int) {
            opens.removeSubrange(k...)
            for c in byClass.indices { while let last = byClass[c].last, last >= k { byClass[c].removeLast() } }
        }

        /// Records `ranges` as nested in the open mark at `k`, up to ``QuotationPairer/maximumNested``.
        mutating func addNested(_ ranges: [TextRange], to k: Int) {
            let room = QuotationPairer.maximumNested - opens[k].nested.count
            if room > 0 { opens[k].nested += ranges.prefix(room) }
        }
    }

    func pair(_ text: AnalyzedText) -> (spans: [QuotedSpan], warnings: [String]) {
        var spans: [QuotedSpan] = []
        var warnings: [String] = []
        var carried: QuotedSpan? = nil   // an open quotation continued from the previous paragraph
        var offsets: ScalarOffsets? = nil  // built on the first warning only
        var unclosed = 0, unmatched = 0   // warnings so far
        let tokens = text.tokens
        for (pi, para) in text.paragraphTokens.enumerated() {
            var stack = OpenStack()
            var first = text.nextNonSpace(para.lowerBound)
            if var c = carried {
                // The continuation must open the paragraph with the same kind of mark.
                if first < para.upperBound, let q = tokens[first].quote, q.role != .closing,
                   q.level == c.level {
                    c.openTokens.append(first)
                    carried = c
                    stack.append(Open(token: first, mark: QuotationMark(role: .opening, level: q.level, family: q.family)))
                    first += 1
                } else {
                    spans.append(c)
                    carried = nil
                }
            }
            var i = first
            while i < para.upperBound {
                defer { i += 1 }
                guard let q = tokens[i].quote else { continue }
                let closes: Int? = q.role == .opening ? nil : stack.lastIndex(closableBy: q)
                guard let k = closes else {
                    if q.role != .closing {
                        stack.append(Open(token: i, mark: q))
                    } else if q.level == .double || (i > para.lowerBound && tokens[i - 1].kind == .punctuation
                                && Tokenizer.mayEndSentence(text.bytes, tokens[i - 1].range.start, tokens[i - 1].range.end)) {
                        // A closing mark with nothing to close: a double one, or a single one right
                        // after . ! ? (elsewhere a lone single mark is too often an apostrophe).
                        unmatched += 1
                        if unclosed + unmatched <= Self.maximumWarnings {
                            if offsets == nil { offsets = text.makeScalarOffsets() }
                            warnings.append("closing quotation mark at offset \(offsets!.scalar(tokens[i].range.start)) matches no opening mark")
                        }
                    }
                    continue
                }
                let open = stack.opens[k]
                stack.removeSubrange(from: k)
                let content = Self.content(from: open.token, to: i, text)
                if k > 0 {
                    stack.addNested([content] + open.nested, to: k - 1)
                } else if var c = carried, c.openTokens.last == open.token {
                    c.pieces.append(content)
                    c.closeTokens.append(i)
                    c.closeToken = i
                    c.nested += open.nested
                    spans.append(c)
                    carried = nil
                } else {
                    spans.append(QuotedSpan(pieces: [content], openToken: open.token, closeToken: i,
                                            openTokens: [open.token], closeTokens: [i], nested: open.nested,
                                            level: open.mark.level, paragraph: pi))
                }
            }
            // Whatever is still open: the outermost opening decides.
            guard let outer = stack.opens.first else { continue }
            let content = Self.content(from: outer.token, to: para.upperBound, text)
            var span: QuotedSpan
            if var c = carried, c.openTokens.last == outer.token {
                c.pieces.append(content)
                c.closeTokens.append(nil)
                span = c
            } else {
                span = QuotedSpan(pieces: [content], openToken: outer.token, closeToken: nil,
                                  openTokens: [outer.token], closeTokens: [nil], nested: [],
                                  level: outer.mark.level, paragraph: pi)
            }
            for o in stack.opens { span.nested += o.nested }
            if Self.nextParagraphContinues(text, after: pi, level: outer.mark.level) {
                carried = span
            } else {
                carried = nil
                if !(content.isEmpty) { spans.append(span) }
                unclosed += 1
                if unclosed + unmatched <= Self.maximumWarnings {
                    if offsets == nil { offsets = text.makeScalarOffsets() }
                    let offset = offsets!.scalar(tokens[outer.token].range.start)
                    warnings.append("unclosed quotation mark at offset \(offset): closed at the end of its paragraph")
                }
            }
        }
        if let c = carried { spans.append(c) }
        if unclosed + unmatched > Self.maximumWarnings {
            warnings.append("\(unclosed + unmatched - Self.maximumWarnings) more unbalanced quotation marks")
        }
        spans.sort { $0.pieces[0].start < $1.pieces[0].start }
        return (spans, warnings)
    }

    /// The text between the mark at token `open` and token `close` (a closing mark, or the paragraph's
    /// end), without white space at its edges (« Non », with French spacing, quotes "Non").
    private static func content(from open: Int, to close: Int, _ text: AnalyzedText) -> TextRange {
        var s = open + 1, e = close
        while s < e && text.tokens[s].kind == .whitespace { s += 1 }
        while e > s && text.tokens[e - 1].kind == .whitespace { e -= 1 }
        let start = s < e ? text.tokens[s].range.start : text.tokens[open].range.end
        return TextRange(start, s < e ? text.tokens[e - 1].range.end : start)
    }

    /// Whether paragraph `pi + 1` opens with an opening mark of `level`.
    private static func nextParagraphContinues(_ text: AnalyzedText, after pi: Int, level: QuotationMark.Level) -> Bool {
        guard pi + 1 < text.paragraphTokens.count else { return false }
        let first = text.nextNonSpace(text.paragraphTokens[pi + 1].lowerBound)
        guard first < text.tokens.count, let q = text.tokens[first].quote else { return false }
        return q.role != .closing && q.level == level
    }
}
