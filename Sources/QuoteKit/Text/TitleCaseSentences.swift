import Synchronization

/// Whether a sentence is written in title case (a headline: "Trump’s Son Says The Battle ... Will Be
/// ..."), up to a colon or quotation mark after the word asked about (a headline's quotation is its
/// own): three capitalised words at least, and no lower-case word of four letters or more.
///
/// The rules ask at capitalised words, so each sentence is read once, the first time, and what the
/// answer needs is kept with the document's text: reading the sentence at every word made a long run of
/// capitalised words ("TRUMP SAYS TRUMP SAYS ...") quadratic.
final class TitleCaseSentences: Sendable {
    /// What the answer needs of one sentence (token indices).
    private struct Summary {
        /// The first lower-case word of four letters or more, if any.
        var firstLongLowerCase: Int?
        /// The third capitalised word, if any.
        var thirdCapitalised: Int?
        /// The quotation marks and colons, in order.
        var stops: [Int] = []
    }

    private let summaries = Mutex<[Int: Summary]>([:])

    /// The answer for the sentence holding token `k` of `text` (the text this object belongs to).
    func isTitleCase(sentenceOf k: Int, _ text: AnalyzedText) -> Bool {
        let s = text.sentenceIndex(ofToken: k)
        let summary = summaries.withLock { cache -> Summary in
            if let known = cache[s] { return known }
            let made = Self.summary(of: text.sentenceTokens[s], text)
            cache[s] = made
            return made
        }
        // The heading ends at the first quotation mark or colon after `k`.
        var lo = 0, hi = summary.stops.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if summary.stops[mid] <= k { lo = mid + 1 } else { hi = mid }
        }
        let end = lo < summary.stops.count ? summary.stops[lo] : Int.max
        if let lower = summary.firstLongLowerCase, lower < end { return false }
        if let third = summary.thirdCapitalised, third < end { return true }
        return false
    }

    private static func summary(of sentence: Range<Int>, _ text: AnalyzedText) -> Summary {
        var out = Summary()
        var capitalised = 0
        for i in sentence {
            let t = text.tokens[i]
            if t.kind == .quotationMark || (t.kind == .punctuation && text.bytes[t.range.start] == UInt8(ascii: ":")) {
                out.stops.append(i)
                continue
            }
            guard t.kind == .word else { continue }
            let first = text.bytes[t.range.start]
            if first &- 0x41 < 26 {
                capitalised += 1
                if capitalised == 3 && out.thirdCapitalised == nil { out.thirdCapitalised = i }
            } else if first &- 0x61 < 26, t.range.length >= 4, out.firstLongLowerCase == nil {
                out.firstLongLowerCase = i
            }
        }
        return out
    }
}

extension AnalyzedText {
    /// Whether the sentence holding token `k` is written in title case (``TitleCaseSentences``).
    func isTitleCase(sentenceOf k: Int) -> Bool {
        titleCaseSentences.isTitleCase(sentenceOf: k, self)
    }
}
