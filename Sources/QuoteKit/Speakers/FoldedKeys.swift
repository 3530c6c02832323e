/// The diacritic-folded keys of tokens (``SpeakerRegistry/foldedKey(_:_:)``), each non-ASCII form folded
/// once: Foundation's folding costs a microsecond or more a call, and registry look-ups ask for the same
/// forms ("—", curly marks, accented names) again and again. Not thread-safe: one per analyzer.
final class FoldedKeys {
    /// Token key → folded key, for tokens whose normalised form is not ASCII.
    private var folded = KeyTable<UInt64>()
    /// The most forms remembered before starting afresh (a corpus in another script has many).
    static let capacity = 1 << 16

    /// The folded key of token `i`: the same value as ``SpeakerRegistry/foldedKey(_:_:)``.
    @inline(__always) func key(_ text: AnalyzedText, _ i: Int) -> UInt64 {
        let t = text.tokens[i]
        let ascii = text.normalizedBytes.withUnsafeBufferPointer { b in
            !t.normalized.contains { b[$0] >= 0x80 }
        }
        return ascii ? t.key : nonASCIIKey(text, i, t.key)
    }

    private func nonASCIIKey(_ text: AnalyzedText, _ i: Int, _ key: UInt64) -> UInt64 {
        if let f = folded[key] { return f }
        if folded.count >= Self.capacity { folded = KeyTable() }
        let f = SpeakerRegistry.foldedKey(text, i)
        folded[key] = f
        return f
    }
}
