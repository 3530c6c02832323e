/// The title words of mentions (``SpeakerEntities``' "florida senator" of "Florida Sen. Marco Rubio"),
/// each mention's words read once: reading them costs a few microseconds (strings, normalisation), and
/// a corpus names its people the same way again and again. Not thread-safe: one per analyzer.
final class TitleWordsCache {
    /// The mention's token keys combined → its title words.
    private var words = KeyTable<String>()
    /// The most mentions remembered before starting afresh.
    static let capacity = 1 << 14

    /// The key of the tokens `range` of `text`, the first being token `first`: their keys combined,
    /// white space left out.
    func key(_ range: TextRange, first: Int, _ text: AnalyzedText) -> UInt64 {
        var key = KeyHash.seed
        var i = first
        while i < text.tokens.count, text.tokens[i].range.start < range.end {
            let t = text.tokens[i]
            if t.kind != .whitespace { key = (key ^ t.key) &* KeyHash.prime }
            i += 1
        }
        return key
    }

    /// The title words stored for `key`.
    subscript(key: UInt64) -> String? {
        get { words[key] }
        set {
            guard let newValue else { return }
            if words.count >= Self.capacity { words = KeyTable() }
            words[key] = newValue
        }
    }
}
