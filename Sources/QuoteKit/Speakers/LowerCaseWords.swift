/// The words a document uses as ordinary words: written in lower case somewhere ("very", "come") and
/// never capitalised inside a sentence. Such a capitalised word opening a sentence is no name ("Very
/// soon the Rabbit ..."); "Seven" is one where the text also writes "said Seven". Each word asked about
/// is looked up in one pass over the tokens (a key comparison each) and remembered: only the few
/// sentence-opening words at cues are asked about.
final class LowerCaseWords {
    private let text: AnalyzedText
    private var known: [UInt64: Bool] = [:]

    init(_ text: AnalyzedText) { self.text = text }

    /// Whether the word with this key is an ordinary word of the document.
    func contains(_ key: UInt64) -> Bool {
        if let k = known[key] { return k }
        var lower = false
        let tokens = text.tokens
        for i in tokens.indices where tokens[i].key == key && tokens[i].kind == .word {
            let b = text.bytes[tokens[i].range.start]
            if b &- 0x61 < 26 { lower = true; continue }
            // Capitalised after a word or a comma: used as a name.
            let p = text.previousNonSpace(i - 1)
            if p >= 0, tokens[p].kind == .word || tokens[p].kind == .punctuation && text.bytes[tokens[p].range.start] == UInt8(ascii: ",") {
                known[key] = false
                return false
            }
        }
        known[key] = lower
        return lower
    }
}
