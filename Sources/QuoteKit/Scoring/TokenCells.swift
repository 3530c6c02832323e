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
    /// and whether the token and the next non-space one begin a key of two words or more.
    struct Cell {
        /// Index into ``WordTable/entries``, or -1: no entry.
        var entry: Int32
        var flags: LexiconFlag = []
        var phrases: LexiconFlag = []
        var singles: LexiconFlag = []
        /// ``WordTable/startsPhrase(_:_:)`` for this token and the next non-space token of the
        /// document (false when there is none); read only when `phrases` is not empty.
        var pairStartsPhrase = false
    }

    private var document: [Token] = []
    private var cells: [Cell] = []
    /// The tokens (not white space or quotation marks) whose word starts a `stance-targets.tsv` key,
    /// in order: a scan for targets alone reads only these.
    private(set) var targetTokens: [Int32] = []
    /// The indices of the tokens that may have an entry (reused between documents).
    private var candidates: [Int32] = []

    /// The cells of `text`'s tokens from `table`, parallel to ``AnalyzedText/tokens``.
    func cells(of table: WordTable, for text: AnalyzedText) -> [Cell] {
        if !isDocument(text.tokens) {
            document = text.tokens
            cells = lookUp(document, table)
        }
        return cells
    }

    /// One look-up per token that is not white space, in two passes: the filter over every token, then
    /// the table for those it lets through.
    private func lookUp(_ tokens: [Token], _ table: WordTable) -> [Cell] {
        let count = tokens.count
        var out = [Cell](repeating: Cell(entry: -1), count: count)
        targetTokens.removeAll(keepingCapacity: true)
        guard count > 0 else { return out }
        if candidates.count < count { candidates = [Int32](repeating: 0, count: count) }
        tokens.withUnsafeBufferPointer { toks in
            candidates.withUnsafeMutableBufferPointer { candidates in
                out.withUnsafeMutableBufferPointer { out in
                    let n = table.filter(toks, into: candidates.baseAddress!)
                    for c in 0..<n {
                        let k = Int(candidates[c])
                        let key = toks[k].key
                        let found = table.probe(key)
                        guard found.entry >= 0 else { continue }
                        var cell = Cell(entry: found.entry, flags: found.flags, phrases: found.phrases, singles: found.singles)
                        if !found.phrases.isEmpty {
                            var j = k + 1
                            while j < count && toks[j].kind == .whitespace { j += 1 }
                            cell.pairStartsPhrase = j < count && table.startsPhrase(key, toks[j].key)
                        }
                        out[k] = cell
                        if found.flags.contains(.target) && toks[k].kind != .quotationMark { targetTokens.append(Int32(k)) }
                    }
                }
            }
        }
        return out
    }

    /// Whether `tokens` is the array the cells were made for (the same storage).
    private func isDocument(_ tokens: [Token]) -> Bool {
        guard tokens.count == document.count else { return false }
        return tokens.withUnsafeBufferPointer { a in document.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress } }
    }
}
