/// One statement in two pieces: a quotation interrupted by its attribution (“We will,” he said,
/// “win.”) or resumed after it in the same paragraph (“...,” said Gold, 83. “Clinton is strong.”).
/// The second piece must follow the first's attribution directly (no other quotation between, same
/// paragraph), with no cue of its own: the news convention for one speaker's continued statement.
struct InterruptedQuoteMerger {
    /// The most words an attribution between two pieces may have. Attributions with appositions run
    /// long ("said Dennis Gaskin, a retiree who worked at the Tropicana plant here that squeezes oranges
    /// into juice" has 17); past 40 words the writer has moved on.
    static let maximumAttributionWords = 40

    func merge(_ quotes: [Quote], text: AnalyzedText) -> [Quote] {
        var out: [Quote] = []
        var lastDirect: Int? = nil   // partial quotes inside an attribution ("one of the “big four”") are skipped
        for q in quotes {
            if let d = lastDirect, canMerge(out[d], q, text) {
                out[d].pieces += q.pieces
                out[d].nested += q.nested
                continue
            }
            if q.kind == .direct { lastDirect = out.count }
            out.append(q)
        }
        return out
    }

    private func canMerge(_ a: Quote, _ b: Quote, _ text: AnalyzedText) -> Bool {
        guard a.kind == .direct, b.kind == .direct || b.kind == .partial, let cue = a.cue,
              cue.start > a.range.end, cue.end < b.range.start else { return false }
        // The second piece's own cue, if any, must lie in the same attribution ("said the Mock Turtle
        // at last, with a deep sigh,").
        if let own = b.cue, !(own.start > a.range.end && own.end < b.range.start) { return false }
        let aEnd = text.tokenIndex(at: a.range.end)
        let bStart = text.tokenIndex(at: b.range.start)
        guard text.paragraphIndex(ofToken: aEnd) == text.paragraphIndex(ofToken: bStart) else { return false }
        var words = 0
        for i in aEnd..<bStart {
            let t = text.tokens[i]
            if t.kind == .word || t.kind == .number { words += 1 }
        }
        return words <= Self.maximumAttributionWords
    }
}
