/// The speaker a Japanese speaker's phrase names (``Quote/subjectTokens``: 石破茂首相, 日本の石破首相,
/// 政府関係者): the words after its last genitive の (the head of the phrase), a registry name ending
/// them (`speakers.tsv`, its `native` column; an office alias such as 首相 by the document's date), else
/// the head without a title written after the name (`ja-title-suffixes.tsv`: 山田太郎教授 → 山田太郎) and
/// without a clause before it, or the whole phrase when its head is a title alone (経団連の会長).
struct JapaneseSubject {
    let reader: NounPhraseReader
    let lexicon: JapaneseLexicon

    /// The registry entry among `found` (an alias match at token `i`) whose `native` name starts with
    /// the kanji written right before `i` (from `start`, or after a clause ending in kana), when exactly
    /// one does.
    private func holder(named i: Int, _ found: [Int], start: Int, headEnd: Int, _ text: AnalyzedText) -> SpeakerMention? {
        var first = i - 1
        while first > start, !JapaneseLexicon.endsInHiragana(first - 1, text) { first -= 1 }
        let family = text.string(TextRange(text.tokens[first].range.start, text.tokens[i - 1].range.end))
        guard !family.isEmpty, !JapaneseLexicon.endsInHiragana(i - 1, text) else { return nil }
        let entries = reader.lexicon.registry.entries
        let ids = Array(Set(found.map { $0 >= 0 ? $0 : ~$0 })).filter { entries[$0].native.contains { $0.hasPrefix(family) } }
        guard ids.count == 1 else { return nil }
        return SpeakerMention(range: TextRange(text.tokens[first].range.start, headEnd), firstToken: first, kind: .registry(ids))
    }

    /// The mention in `zone`, nil when the zone holds no word.
    func mention(in zone: Range<Int>, of text: AnalyzedText) -> SpeakerMention? {
        let tokens = text.tokens
        var start = zone.lowerBound
        for k in zone where lexicon.role(ofToken: k, in: text) == .genitive { start = k + 1 }
        while start < zone.upperBound, tokens[start].kind == .whitespace || tokens[start].kind == .punctuation { start += 1 }
        var end = zone.upperBound
        // A case particle before は is no part of the phrase (野党の一部から).
        while end > start, tokens[end - 1].kind == .whitespace || tokens[end - 1].kind == .punctuation
                || lexicon.role(ofToken: end - 1, in: text) == .caseMarker { end -= 1 }
        guard start < end else { return nil }
        let head = TextRange(tokens[start].range.start, tokens[end - 1].range.end)
        // A registry name ending the head, or followed only by a title (石破茂 首相, トランプ 米大統領): 政府
        // 関係者 is a government official, not the government. Before the name may stand a clause that
        // describes it, ending in kana (交渉を担当した 赤沢亮正経済再生相), not a prefix that makes it
        // someone else (英首相: Britain's prime minister; 前首相: the former one).
        var i = start
        while i < end {
            let afterClause = i == start || JapaneseLexicon.endsInHiragana(i - 1, text)
            if let (found, matchEnd) = reader.lexicon.registry.aliases.longestMatch(in: text, at: i, limit: end, keyOf: { reader.foldedKey(text, $0) }),
               case let rest = tokens[matchEnd - 1].range.end, rest == head.end || lexicon.endsWithTitle(rest, head.end, in: text.bytes) {
                if afterClause, case let ids = reader.registryIDs(found, titleGender: ""), !ids.isEmpty {
                    return SpeakerMention(range: TextRange(tokens[i].range.start, head.end), firstToken: i, kind: .registry(ids))
                }
                // A family name before an office alias (林官房長官): the one holder of the office, at any
                // date, whose name in Japanese starts with it.
                if !afterClause, let m = holder(named: i, found, start: start, headEnd: head.end, text) { return m }
            }
            i += 1
        }
        // A title or group word alone is said of the phrase's owner: 経団連の会長, 野党の一部 are the
        // speakers, not 会長, 一部.
        if lexicon.isTitle(head.start, head.end, in: text.bytes), case let first = text.nextNonSpace(zone.lowerBound), first < start {
            let whole = TextRange(tokens[first].range.start, head.end)
            return SpeakerMention(range: whole, firstToken: first, kind: .name(text.string(whole)))
        }
        // A clause before the name ends in kana (交渉を担当した 山田太郎教授): the name starts after it.
        var first = start
        for k in start..<(end - 1) where JapaneseLexicon.endsInHiragana(k, text) { first = k + 1 }
        let named = TextRange(tokens[first].range.start, head.end)
        let nameEnd = lexicon.droppingTitle(named.start, named.end, in: text.bytes)
        return SpeakerMention(range: named, firstToken: first, kind: .name(text.string(TextRange(named.start, nameEnd))))
    }
}
