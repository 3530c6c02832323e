/// The diacritic-folded keys of one document's tokens (``SpeakerRegistry/foldedKey(_:_:)``), each
/// non-ASCII form folded once: Foundation's folding costs a microsecond or more a call, and registry
/// look-ups ask for the same tokens ("—", curly marks, accented names) again and again. One per document
/// and thread (it remembers what it folded).
final class FoldedKeys {
    /// Token key → folded key, for tokens whose normalised form is not ASCII.
    private var folded = KeyTable<UInt64>()

    /// The folded key of token `i`: the same value as ``SpeakerRegistry/foldedKey(_:_:)``.
    func key(_ text: AnalyzedText, _ i: Int) -> UInt64 {
        let t = text.tokens[i]
        for k in t.normalized where text.normalizedBytes[k] >= 0x80 {
            if let f = folded[t.key] { return f }
            let f = SpeakerRegistry.foldedKey(text, i)
            folded[t.key] = f
            return f
        }
        return t.key
    }
}
