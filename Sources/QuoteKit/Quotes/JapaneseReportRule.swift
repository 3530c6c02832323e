/// Reported speech in Japanese, where the reporting verb comes last: the quotative particle と, then a
/// verb of `ja-speech-verbs.tsv`, after the words reported; the speaker is the phrase a topic or subject
/// particle (は, が: `ja-particles.tsv`) marks.
///
/// - 石破首相は「国益を守る」と述べた: a direct quote with cue 述べた and speaker phrase 石破首相. The phrase
///   may also stand after と (「…」と石破首相は述べた), with a hearer before the verb (と記者団に語った).
/// - 石破首相は、日本は急がないと述べた: indirect speech, the words between the speaker's particle (and
///   a short adverbial phrase closed by a comma: 7日、) and と.
/// - 政府関係者によると、交渉は続く: indirect speech from a source phrase, the rest of the sentence.
///
/// The speaker's phrase goes into ``Quote/subjectTokens`` for ``JapaneseSubject``. Only sentences that end
/// in a Japanese mark or kana are read, so the rule costs other text one test a sentence.
struct JapaneseReportRule {
    let lexicon: JapaneseLexicon

    /// The most tokens between と and its verb: a hearer (記者団に) or the speaker (石破首相は).
    static let maximumTokensBeforeVerb = 12
    /// The most tokens of an adverbial phrase after the speaker's particle (7日、 記者会見で、).
    static let maximumAdverbialTokens = 5
    /// The most tokens of a verb's kana ending after its stem (語 っ た, 強調 し た).
    static let maximumEndingTokens = 3
    /// Confidence of a report in と and a verb (the marks, or the particle and verb, say it is one).
    static let confidence = 0.9
    /// Confidence of a report after a source phrase.
    static let confidenceSource = 0.75

    /// Whether sentence `s` may be Japanese: its last non-space token starts with a byte of the CJK marks
    /// and kana block (U+3000-U+30FF: 。, 」, kana all start with 0xE3).
    static func mayBeJapanese(_ s: Int, _ text: AnalyzedText) -> Bool {
        let range = text.sentenceTokens[s]
        guard !range.isEmpty else { return false }
        let last = text.previousNonSpace(range.upperBound - 1)
        return last >= range.lowerBound && text.bytes[text.tokens[last].range.start] == 0xE3
    }

    /// Makes each quotation followed by と and a reporting verb a direct quote with that cue, and one
    /// followed by other Japanese words a mention (a term or a name).
    func attachCues(_ quotes: inout [Quote], in text: AnalyzedText) {
        for i in quotes.indices where quotes[i].cue == nil || quotes[i].kind == .mention {
            // Japanese follows the closing mark at once: its first bytes say so before any token is
            // looked up (a mark is one to three bytes; CJK and kana start with 0xE3 to 0xE9).
            guard let last = quotes[i].pieces.last, Self.japaneseFollows(last.end, text.bytes) else { continue }
            let close = text.tokenIndex(at: last.end)
            guard close < text.tokens.count, text.tokens[close].kind == .quotationMark,
                  case let particle = text.nextNonSpace(close + 1), particle < text.tokens.count,
                  text.tokens[particle].kind == .ideographic else { continue }
            guard lexicon.role(ofToken: particle, in: text) == .quotative else {
                // Japanese words go on after the marks, and not with と: a term or a name in the
                // writer's sentence (「国益」という言葉, 「…」を読んだ), not a statement.
                if quotes[i].kind != .mention {
                    quotes[i].kind = .mention
                    quotes[i].mentionReason = "naming"
                    quotes[i].cue = nil
                    quotes[i].cueVerb = nil
                    quotes[i].cueToken = nil
                }
                continue
            }
            guard let (verbToken, verb, cue, speaker) = verbAfter(particle, text) else { continue }
            var q = quotes[i]
            q.kind = .direct
            q.mentionReason = nil
            q.cue = cue
            q.cueVerb = verb
            q.cueToken = verbToken
            q.cueInverted = false
            q.confidence = Self.confidence
            q.sentenceIndex = text.sentenceIndex(ofToken: verbToken)
            q.japanese = true
            let open = text.tokenIndex(at: q.pieces[0].start) - 1
            q.subjectTokens = speaker ?? (open >= 0 ? speakerBefore(open, text) : nil)
            quotes[i] = q
        }
    }

    /// Whether a CJK or kana character follows the quotation mark starting at byte `mark`.
    static func japaneseFollows(_ mark: Int, _ bytes: [UInt8]) -> Bool {
        guard mark < bytes.count else { return false }
        let lead = bytes[mark]
        let next = mark + (lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4)
        return next < bytes.count && bytes[next] &- 0xE3 <= 6
    }

    /// Reports without quotation marks in sentence `s`: と and a verb, or a source phrase.
    func reports(in s: Int, of text: AnalyzedText, quoted: QuotedRanges) -> [Quote] {
        let range = text.sentenceTokens[s]
        let tokens = text.tokens
        var out: [Quote] = []
        var i = range.lowerBound
        while i < range.upperBound {
            defer { i += 1 }
            guard tokens[i].kind == .ideographic, !quoted.contains(tokens[i].range) else { continue }
            if let end = lexicon.sourcePhrase(at: tokens[i].range.start, in: text.bytes) {
                // 政府関係者によると、CONTENT。
                var k = text.tokenIndex(at: end)
                while k < range.upperBound, tokens[k].kind == .punctuation || tokens[k].kind == .whitespace { k += 1 }
                let last = lastContentToken(range, text)
                let zone = segmentStart(before: i, in: range, text)..<i
                guard k <= last, !zone.isEmpty else { continue }
                var q = Quote(kind: .indirect, pieces: [TextRange(tokens[k].range.start, tokens[last].range.end)],
                              cue: TextRange(tokens[i].range.start, end), cueVerb: nil, confidence: Self.confidenceSource)
                q.sentenceIndex = s
                q.cueToken = i
                q.japanese = true
                q.subjectTokens = zone
                return [q]
            }
            // CONTENTと述べた, with no quotation mark before と (those are direct quotes).
            guard let particle = lexicon.quotativeStart(ofToken: i, in: text), i > range.lowerBound,
                  tokens[i - 1].kind != .quotationMark, tokens[i - 1].kind != .punctuation,
                  case let next = i + 1, next < range.upperBound,
                  let (verb, stemEnd) = lexicon.verb(at: tokens[next].range.start, in: text.bytes) else { continue }
            let speaker = speakerBefore(i, text)
            var start = speaker.map { adverbialEnd(after: $0.upperBound + 1, before: i, text) } ?? text.nextNonSpace(range.lowerBound)
            while start < i, tokens[start].kind == .punctuation || tokens[start].kind == .quotationMark { start += 1 }
            let content = TextRange(tokens[min(start, i)].range.start, particle)
            guard content.length > 0, !quoted.contains(content) else { continue }
            var q = Quote(kind: .indirect, pieces: [content],
                          cue: TextRange(tokens[next].range.start, cueEnd(stemEnd, from: next, text)), cueVerb: verb,
                          confidence: Self.confidence)
            q.sentenceIndex = s
            q.cueToken = next
            q.japanese = true
            q.subjectTokens = speaker
            out.append(q)
        }
        return out
    }

    /// The verb after particle と at token `particle`: its token, the verb, the cue's range and, when the
    /// speaker's phrase stands between と and the verb, that phrase.
    private func verbAfter(_ particle: Int, _ text: AnalyzedText) -> (Int, SpeechVerb, TextRange, Range<Int>?)? {
        let tokens = text.tokens
        let sentenceEnd = text.sentenceTokens[text.sentenceIndex(ofToken: particle)].upperBound
        var speaker: Range<Int>? = nil
        var k = particle + 1
        while k < min(sentenceEnd, particle + 1 + Self.maximumTokensBeforeVerb) {
            let t = tokens[k]
            if t.kind == .punctuation || t.kind == .quotationMark { return nil }
            if let (verb, stemEnd) = lexicon.verb(at: t.range.start, in: text.bytes) {
                return (k, verb, TextRange(t.range.start, cueEnd(stemEnd, from: k, text)), speaker)
            }
            if let role = lexicon.role(ofToken: k, in: text), role == .topic || role == .subject, k > particle + 1 {
                speaker = (particle + 1)..<k
            }
            k += 1
        }
        return nil
    }

    /// The end of a cue whose verb stem ends at byte `stemEnd` in or after token `first`: the end of the
    /// token holding the stem's end, then over a few tokens of kana ending (語 っ た).
    private func cueEnd(_ stemEnd: Int, from first: Int, _ text: AnalyzedText) -> Int {
        var k = text.tokenIndex(at: stemEnd - 1)
        var end = text.tokens[k].range.end
        var added = 0
        k += 1
        while k < text.tokens.count, added < Self.maximumEndingTokens, text.tokens[k].range.start == end,
              text.tokens[k].kind == .ideographic, JapaneseLexicon.isHiragana(text.bytes, at: text.tokens[k].range.start),
              lexicon.role(ofToken: k, in: text) == nil {
            end = text.tokens[k].range.end
            added += 1
            k += 1
        }
        return end
    }

    /// The speaker's phrase before token `limit` in its sentence: the tokens before the first topic or
    /// subject particle outside quotation marks, from the sentence's start or its last comma before them.
    private func speakerBefore(_ limit: Int, _ text: AnalyzedText) -> Range<Int>? {
        let range = text.sentenceTokens[text.sentenceIndex(ofToken: limit)]
        var depth = 0
        var k = range.lowerBound
        while k < limit {
            let t = text.tokens[k]
            if t.kind == .quotationMark {
                switch t.quote?.role {
                case .opening: depth += 1
                case .closing: depth = max(0, depth - 1)
                default: depth = depth == 0 ? 1 : depth - 1
                }
            } else if depth == 0, let role = lexicon.role(ofToken: k, in: text), role == .topic || role == .subject {
                let start = segmentStart(before: k, in: range, text)
                return start < k ? start..<k : nil
            }
            k += 1
        }
        return nil
    }

    /// The first token after the last comma or quotation mark before token `i` in `range` (the range's
    /// start when there is none).
    private func segmentStart(before i: Int, in range: Range<Int>, _ text: AnalyzedText) -> Int {
        var k = i - 1
        while k >= range.lowerBound {
            let kind = text.tokens[k].kind
            if kind == .punctuation || kind == .quotationMark { break }
            k -= 1
        }
        return text.nextNonSpace(k + 1)
    }

    /// Where reported words start after the speaker's particle: past a short phrase closed by a comma
    /// (7日、), else at `start`.
    private func adverbialEnd(after start: Int, before limit: Int, _ text: AnalyzedText) -> Int {
        var k = start
        while k < min(limit, start + Self.maximumAdverbialTokens + 1) {
            if text.tokens[k].kind == .punctuation { return k + 1 }
            k += 1
        }
        return start
    }

    /// The last token of `range` that is not punctuation, space or a mark.
    private func lastContentToken(_ range: Range<Int>, _ text: AnalyzedText) -> Int {
        var k = range.upperBound - 1
        while k > range.lowerBound, [.punctuation, .whitespace, .quotationMark].contains(text.tokens[k].kind) { k -= 1 }
        return k
    }
}
