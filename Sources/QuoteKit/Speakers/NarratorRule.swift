/// First-person narration ("“Certainly,” I answered."): "I" at a cue outside quotation marks is the
/// narrator, and the narrator's name is the one the other speakers address most often in the turns
/// next to the narrator's own ("..., Watson?"). Found once per document.
struct NarratorRule {
    static let method = "narrator"
    /// The narrator identified by the vocatives around their turns: a pattern, not a certainty.
    static let confidence = 0.7
    /// The fewest vocatives that name the narrator (one could be anyone addressed).
    static let minimumVocatives = 2

    let lexicon: SpeakerLexicon

    /// The narrator's name, if the document is narrated in the first person and names its narrator.
    func narratorName(_ quotes: [Quote], in text: AnalyzedText) -> String? {
        var narratorTurns: [Int] = []
        for (i, q) in quotes.enumerated() where q.kind == .direct {
            guard let cueToken = q.cueToken else { continue }
            // The word right before or after the verb is "I".
            let before = text.previousNonSpace(cueToken - 1)
            let after = text.nextNonSpace(cueToken + 1)
            for k in [before, after] where k >= 0 && k < text.tokens.count {
                if let p = lexicon.pronouns[text.tokens[k].key], p.person == 1, !p.plural, p.isSubject {
                    narratorTurns.append(i)
                    break
                }
            }
        }
        guard narratorTurns.count >= Self.minimumVocatives else { return nil }
        var counts: [String: Int] = [:]
        for i in narratorTurns {
            for j in [i - 1, i + 1] where j >= 0 && j < quotes.count && !narratorTurns.contains(j) {
                for name in vocatives(in: quotes[j], text) { counts[name, default: 0] += 1 }
            }
        }
        guard let best = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
              best.value >= Self.minimumVocatives else { return nil }
        return best.key
    }

    /// Names used in address inside a quote: a capitalised word after a comma and before a comma or a
    /// terminal (", Watson?"), or opening the quote before a comma ("Watson, come here").
    private func vocatives(in q: Quote, _ text: AnalyzedText) -> [String] {
        var out: [String] = []
        for piece in q.pieces {
            let s = text.tokenIndex(at: piece.start)
            var i = s
            while i < text.tokens.count && text.tokens[i].range.end <= piece.end {
                let t = text.tokens[i]
                if t.kind == .word, text.bytes[t.range.start] &- 0x41 < 26, !lexicon.notNames.contains(t.key),
                   lexicon.pronouns[t.key] == nil, !lexicon.sentenceStarters.contains(t.key) {
                    let p = text.previousNonSpace(i - 1)
                    let n = text.nextNonSpace(i + 1)
                    let afterComma = p >= s && isPunctuation(p, text, ",")
                    let opening = p < s
                    let closes = n < text.tokens.count && (isPunctuation(n, text, ",") || isPunctuation(n, text, "?")
                        || isPunctuation(n, text, ".") || isPunctuation(n, text, "!") || text.tokens[n].kind == .quotationMark)
                    if (afterComma && closes) || (opening && n < text.tokens.count && isPunctuation(n, text, ",")) {
                        out.append(text.string(token: i))
                    }
                }
                i += 1
            }
        }
        return out
    }

    private func isPunctuation(_ i: Int, _ text: AnalyzedText, _ c: Character) -> Bool {
        text.tokens[i].kind == .punctuation && text.tokens[i].range.length == 1 && text.bytes[text.tokens[i].range.start] == c.asciiValue!
    }
}
