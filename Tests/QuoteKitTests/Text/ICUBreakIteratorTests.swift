import Foundation
import Testing
@testable import QuoteKit

@Suite("ICU break iterator")
struct ICUBreakIteratorTests {
    /// Every word boundary and its rule status, with the text set as UTF-8 or copied to UTF-16.
    static func boundaries(_ text: String, utf16: Bool) -> [[Int]] {
        let bytes = Array(text.utf8)
        let iterator = ICUBreakIterator.word()
        var out: [[Int]] = []
        bytes.withUnsafeBufferPointer { buffer in
            guard let p = buffer.baseAddress else { return }
            if utf16 { iterator.setTextCopyingToUTF16(p, length: buffer.count) } else { iterator.setText(p, length: buffer.count) }
            while let b = iterator.next() { out.append([b, Int(iterator.ruleStatus)]) }
        }
        return out
    }

    @Test("the UTF-16 copy gives ICU's boundaries and statuses in UTF-8 offsets", arguments: HardStrings.all + [
        "Ünïcödé wörds, 日本語, emoji 👍🏽 then ASCII again: done.",
        "€5 – 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 letters 𝟙𝟚𝟛 and ﬁ ligatures … end",
    ])
    func utf16Copy(_ text: String) {
        #expect(Self.boundaries(text, utf16: true) == Self.boundaries(text, utf16: false))
    }

    @Test("the same iterator moves between documents of either encoding")
    func reuse() {
        let iterator = ICUBreakIterator.word()
        let texts = ["naïve café 👍", "plain ascii text", "“quoted” — dash"]
        for text in texts + texts.reversed() {
            var mine: [Int] = []
            Array(text.utf8).withUnsafeBufferPointer { buffer in
                iterator.setTextCopyingToUTF16(buffer.baseAddress!, length: buffer.count)
                while let b = iterator.next() { mine.append(b) }
            }
            #expect(mine == Self.boundaries(text, utf16: false).map { $0[0] })
        }
    }

    /// Texts for the equivalence tests below: the hard strings, text dense in non-ASCII scalars, and
    /// the sample corpus.
    static func texts() throws -> [String] {
        var texts = HardStrings.all + [
            "Ünïcödé wörds, 日本語. Emoji 👍🏽 then “ASCII” again! Mr. Šmíd said so. Dr. Ōno? “Yes.” — done.",
            "€5 – 𝔘𝔫𝔦𝔠𝔬𝔡𝔢. 𝟙𝟚𝟛 and ﬁ ligatures … end. Señor Núñez, Jr. arrived at 9 a.m. in the U.S. Then…",
        ]
        try DocumentReader().read(Fixtures.corpusDirectory.path) { item in
            if case .document(let d, _) = item { texts.append(d.text) }
        }
        return texts
    }

    @Test("a run of boundaries gives what next() and the rule status give, one at a time")
    func runs() throws {
        for text in try Self.texts() {
            let bytes = Array(text.utf8)
            let iterator = ICUBreakIterator.word()
            var got: [[Int]] = []
            bytes.withUnsafeBufferPointer { buffer in
                guard let p = buffer.baseAddress else { return }
                iterator.setTextCopyingToUTF16(p, length: buffer.count)
                let ends = UnsafeMutablePointer<Int32>.allocate(capacity: 14)
                defer { ends.deallocate() }
                while true {  // runs of 7, so that runs end in every place
                    let n = iterator.nextRun(in: p, ends: ends, statuses: ends + 7, capacity: 7)
                    for k in 0..<n { got.append([Int(ends[k]), Int(ends[7 + k])]) }
                    if n < 7 { break }
                }
            }
            #expect(got == Self.boundaries(text, utf16: false), "\(text.prefix(60))")
        }
    }

    @Test("a sentence query on a window of the UTF-16 copy answers as on the UTF-8 window")
    func windowOfCopy() throws {
        let sentence = ICUBreakIterator.sentence(), reference = ICUBreakIterator.sentence()
        let words = ICUBreakIterator.word()
        var compared = 0
        for text in try Self.texts() {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                guard let p = buffer.baseAddress else { return }
                words.setTextCopyingToUTF16(p, length: buffer.count)
                // Every scalar boundary as the offset, in windows of up to 64 bytes each side.
                for offset in 0..<buffer.count where p[offset] & 0xC0 != 0x80 {
                    var start = max(0, offset - 64), end = min(buffer.count, offset + 64)
                    while start < offset && p[start] & 0xC0 == 0x80 { start -= 1 }
                    while end < buffer.count && p[end] & 0xC0 == 0x80 { end += 1 }
                    let window = TextRange(start, end)
                    reference.setText(p + start, length: end - start)
                    let expected = reference.following(offset - start).map { $0 + start }
                    let got = sentence.following(offset, in: window, of: p, copiedBy: words)
                    #expect(got == expected, "offset \(offset) in \(text.prefix(60))")
                    compared += 1
                }
            }
        }
        #expect(compared > 10_000)
    }
}
