/// Whether a matched prediction names the right speaker: `speaker_right` in `../shared/eval/score_quotes.py`.
///
/// PDNC: the predicted name must resolve, through the document's character aliases, to the gold character.
/// Other formats: right when the predicted mention overlaps the gold source span, or when the predicted
/// name (or the mention's text) shares a name word with the gold source's words, pronouns left out.
/// Not scored (nil) when the gold has no speaker at all.
enum SpeakerCheck {
    static func isRight(gold g: GoldItem, prediction p: PredictedQuote, text: ScalarText,
                        characters: CharacterAliases?) -> Bool? {
        let name = p.speakerName ?? ""
        if let character = g.character {
            return (characters ?? CharacterAliases([])).resolve(name) == character
        }
        if g.sourceSpan == nil && (g.sourceText ?? "").isEmpty { return nil }
        if let m = p.mention, let source = g.sourceSpan, m.overlap(source) > 0 { return true }
        let goldWords = NameWords.of(g.sourceText ?? "").subtracting(NameWords.pronouns)
        var predictedWords = NameWords.of(name)
        if let m = p.mention { predictedWords.formUnion(NameWords.of(text.string(m.start, m.end))) }
        return !goldWords.isDisjoint(with: predictedWords)
    }
}
