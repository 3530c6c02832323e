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
}
