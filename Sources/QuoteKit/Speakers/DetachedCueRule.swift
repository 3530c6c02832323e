/// Finds the cue of a direct quote that has none in its own sentence, where news puts it elsewhere:
/// - in the next sentence, when the quote ends its sentence with ? or ! (“Did you know?” Todd asked.
///   ICU, rightly, ends the sentence after “?”);
/// - in the previous sentence of the paragraph, when it ends with its cue ("Dianne Bystrom agreed." /
///   "Then she added a caveat:");
/// - in the previous paragraph, when that paragraph ends with a colon ("Stated Stone:" / "Perry said:"),
///   a comma or a dash ("immediately said,"), or with its cue and a period in a sentence of narration
///   ("Mrs. Hurst began again.": not `“Yes,” said Alice.`, whose cue is its own quote's).
struct DetachedCueRule {
    let cues: CueFinder
    /// How far into the next sentence the cue may stand ("Todd asked", "said the senator from Texas").
    static let maximumLeadTokens = 8
    /// How close to the end of the previous sentence its cue must be ("agreed." "added a caveat:").
    static let maximumTrailTokens = 8

    func attach(_ q: inout Quote, in text: AnalyzedText, quoted: QuotedRanges) {
        guard q.cue == nil, q.kind == .direct else { return }
        let first = text.tokenIndex(at: q.range.start)
        let last = text.tokenIndex(at: q.range.end)
        let s = text.sentenceIndex(ofToken: last)
        // The next sentence, in the same paragraph, opening with the attribution.
        if s + 1 < text.sentenceTokens.count,
           text.paragraphIndex(ofToken: text.sentenceTokens[s + 1].lowerBound) == text.paragraphIndex(ofToken: last),
           text.nextNonSpace(last + 1) >= text.sentenceTokens[s].upperBound {
            let next = text.sentenceTokens[s + 1]
            let lead = next.lowerBound..<min(next.upperBound, next.lowerBound + Self.maximumLeadTokens)
            if text.tokens[text.nextNonSpace(next.lowerBound)].kind != .quotationMark,
               let c = cues.cues(in: lead, of: text, excluding: quoted).first, c.verb.tense != "base" {
                set(c, on: &q, text, inverted: text.previousNonSpace(c.spanStart - 1) < next.lowerBound)
                return
            }
        }
        // The previous sentence of the paragraph ends with its cue.
        let fs = text.sentenceIndex(ofToken: first)
        let p = text.paragraphIndex(ofToken: first)
        if fs > 0, text.sentenceTokens[fs].lowerBound >= text.paragraphTokens[p].lowerBound,
           text.paragraphIndex(ofToken: text.sentenceTokens[fs - 1].lowerBound) == p {
            let prev = text.sentenceTokens[fs - 1]
            let end = text.previousNonSpace(prev.upperBound - 1)
            let lead = max(prev.lowerBound, end - Self.maximumTrailTokens)..<end
            if let c = cues.cues(in: lead, of: text, excluding: quoted).last, c.verb.tense != "base", c.verb.tense != "gerund" {
                set(c, on: &q, text, inverted: false)
                return
            }
        }
        // The previous paragraph ends with a colon.
        guard p > 0 else { return }
        let prev = text.paragraphTokens[p - 1]
        let end = text.previousNonSpace(prev.upperBound - 1)
        guard end >= prev.lowerBound, text.tokens[end].kind == .punctuation else { return }
        // ":" "," "--" "—" end an introduction ("immediately said,", "in the following manner:--"); a
        // period does when the cue ends the paragraph ("Mr. Collins began." "Sir William thus began.").
        let b = text.bytes[text.tokens[end].range.start]
        let period = b == UInt8(ascii: ".")
        guard b == UInt8(ascii: ":") || b == UInt8(ascii: ",") || b == UInt8(ascii: "-") || b == 0xE2 || period else { return }
        let ps = text.sentenceTokens[text.sentenceIndex(ofToken: end)]
        let lead = max(ps.lowerBound, end - Self.maximumTrailTokens)..<end
        if let c = cues.cues(in: lead, of: text, excluding: quoted).last,
           !period || (c.verb.tense == "past" && Self.wordsBetween(c.verbEnd, end, text) <= 1
                       && !(ps.lowerBound..<end).contains { text.tokens[$0].kind == .quotationMark }) {
            set(c, on: &q, text, inverted: text.previousNonSpace(c.spanStart - 1) < ps.lowerBound)
        }
    }

    /// The words between token `from` and token `to` ("again" in "began again.").
    static func wordsBetween(_ from: Int, _ to: Int, _ text: AnalyzedText) -> Int {
        guard from < to else { return 0 }
        return (from..<to).reduce(0) { $0 + (text.tokens[$1].kind == .word ? 1 : 0) }
    }

    private func set(_ c: CueFinder.Cue, on q: inout Quote, _ text: AnalyzedText, inverted: Bool) {
        q.cue = TextRange(text.tokens[c.spanStart].range.start, text.tokens[c.verbEnd - 1].range.end)
        q.cueVerb = c.verb
        q.cueToken = c.verbToken
        q.cueInverted = inverted
    }
}

/// A signature line after a quotation: the next paragraph opens with a dash and a name
/// ("— Hillary Clinton." / "-President Obama, tweeting after Clinton's speech.").
struct SignatureLineRule {
    static let method = "signature"
    /// A dash and a name under a quote: a clear convention, though the line may name a source.
    static let confidence = 0.8
    /// The most tokens of the signature before its first comma or period.
    static let maximumTokens = 12

    /// The zone naming the speaker, if the quote ends its paragraph and a signature follows.
    func zone(for q: Quote, in text: AnalyzedText) -> Range<Int>? {
        let last = text.tokenIndex(at: q.range.end)
        let p = text.paragraphIndex(ofToken: last)
        guard p + 1 < text.paragraphTokens.count else { return nil }
        // The quote must end its paragraph (closing marks and punctuation may follow).
        var k = text.nextNonSpace(last)
        while k < text.paragraphTokens[p].upperBound, text.tokens[k].kind == .quotationMark || text.tokens[k].kind == .punctuation { k = text.nextNonSpace(k + 1) }
        guard k >= text.paragraphTokens[p].upperBound else { return nil }
        let next = text.paragraphTokens[p + 1]
        let dash = text.nextNonSpace(next.lowerBound)
        guard dash < next.upperBound, text.tokens[dash].kind == .punctuation else { return nil }
        let b = text.bytes[text.tokens[dash].range.start]
        guard b == UInt8(ascii: "-") || b == 0xE2 else { return nil }
        let s = text.nextNonSpace(dash + 1)
        var e = s
        while e < next.upperBound, e - s < Self.maximumTokens {
            let t = text.tokens[e]
            if t.kind == .punctuation, text.bytes[t.range.start] == UInt8(ascii: ",") { break }
            if t.kind == .punctuation, Tokenizer.mayEndSentence(text.bytes, t.range.start, t.range.end), text.nextNonSpace(e + 1) >= next.upperBound { break }
            e += 1
        }
        return s < e ? s..<e : nil
    }
}
