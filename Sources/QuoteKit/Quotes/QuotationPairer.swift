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
/// Linear in the number of marks; at most one span and one warning per paragraph come from unclosed marks.
struct QuotationPairer {
    private struct Open {
        let token: Int
        let mark: QuotationMark
        var nested: [TextRange] = []
    }

    func pair(_ text: AnalyzedText) -> (spans: [QuotedSpan], warnings: [String]) {
        var spans: [QuotedSpan] = []
        var warnings: [String] = []
        var carried: QuotedSpan? = nil   // an open quotation continued from the previous paragraph
        var offsets: ScalarOffsets? = nil  // built on the first warning only
        let tokens = text.tokens
        for (pi, para) in text.paragraphTokens.enumerated() {
            var stack: [Open] = []
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
                let closes: Int? = q.role == .opening ? nil
                    : stack.lastIndex { $0.mark.canBeClosed(by: q) }
                guard let k = closes else {
                    if q.role != .closing { stack.append(Open(token: i, mark: q)) }
                    continue
                }
                let open = stack[k]
                stack.removeSubrange(k...)
                let content = TextRange(tokens[open.token].range.end, tokens[i].range.start)
                if k > 0 {
                    stack[k - 1].nested.append(content)
                    stack[k - 1].nested.append(contentsOf: open.nested)
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
            guard let outer = stack.first else { continue }
            let paraEnd = text.paragraphs[pi].end
            let content = TextRange(tokens[outer.token].range.end, paraEnd)
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
            for o in stack { span.nested += o.nested }
            if Self.nextParagraphContinues(text, after: pi, level: outer.mark.level) {
                carried = span
            } else {
                carried = nil
                if !(content.isEmpty) { spans.append(span) }
                if offsets == nil { offsets = text.makeScalarOffsets() }
                let offset = offsets!.scalar(tokens[outer.token].range.start)
                warnings.append("unclosed quotation mark at offset \(offset): closed at the end of its paragraph")
            }
        }
        if let c = carried { spans.append(c) }
        spans.sort { $0.pieces[0].start < $1.pieces[0].start }
        return (spans, warnings)
    }

    /// Whether paragraph `pi + 1` opens with an opening mark of `level`.
    private static func nextParagraphContinues(_ text: AnalyzedText, after pi: Int, level: QuotationMark.Level) -> Bool {
        guard pi + 1 < text.paragraphTokens.count else { return false }
        let first = text.nextNonSpace(text.paragraphTokens[pi + 1].lowerBound)
        guard first < text.tokens.count, let q = text.tokens[first].quote else { return false }
        return q.role != .closing && q.level == level
    }
}
