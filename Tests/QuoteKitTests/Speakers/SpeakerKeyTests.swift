import Testing
@testable import QuoteKit

@Suite("Speaker keys")
struct SpeakerKeyTests {
    static let text = "Šefčovič met Bingley's sister, JOHN'S friend, O'Neill's aide and Tong’s deputy — “José” Müller's Mr. Ng's, X’s, BINGLEY’S, Bo’s and Müller’s"

    @Test("remembered folded keys equal the registry's folding, token by token, asked twice")
    func foldedKeys() {
        let text = Fixtures.analyzer().analyze(Self.text)
        let keys = FoldedKeys()
        for _ in 0..<2 {
            for i in text.tokens.indices { #expect(keys.key(text, i) == SpeakerRegistry.foldedKey(text, i)) }
        }
        #expect(text.tokens.indices.contains { SpeakerRegistry.foldedKey(text, $0) != text.tokens[$0].key })
    }

    @Test("a possessive's stem key is the key of the name without its ending")
    func possessiveStems() {
        let text = Fixtures.analyzer().analyze(Self.text)
        var stems = 0
        for i in text.tokens.indices where text.tokens[i].kind == .word {
            guard let key = NounPhraseReader.possessiveStemKey(i, text) else { continue }
            stems += 1
            #expect(key == KeyHash.of(Normalizer.key(NounPhraseReader.withoutPossessive(text.string(token: i)))), "\(text.string(token: i))")
        }
        #expect(stems >= 8)
    }

    @Test("a name's text with white space runs as single spaces, as splitting its characters gives", arguments: [
        "Mr.  Darcy", "Mr.\r\nDarcy", " Miss\tEliza \u{0B}Bennet\u{0C} ", "Jae-myung\n\nLee", "José  Müller", "Ng\u{1F}Ng", "",
    ])
    func spaced(_ s: String) {
        let text = Fixtures.analyzer().analyze(s)
        let range = TextRange(0, text.bytes.count)
        #expect(NounPhraseReader.spacedText(text, range) == s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "))
    }
}
