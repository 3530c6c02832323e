import Testing
@testable import QuoteKit

@Suite("Offsets")
struct ScalarOffsetsTests {
    @Test("UTF-8 offsets convert to Unicode-scalar offsets", arguments: HardStrings.all)
    func roundTrip(_ text: String) {
        let a = Fixtures.analyzer().analyze(text)
        let offsets = a.makeScalarOffsets()
        let scalars = Array(text.unicodeScalars)
        for t in a.tokens {
            let (s, e) = offsets.scalars(t.range)
            var piece = ""
            piece.unicodeScalars.append(contentsOf: scalars[s..<e])
            #expect(piece == a.string(t.range))
        }
    }
}

@Suite("Offsets at every byte")
struct ScalarOffsetsEveryByteTests {
    /// The scalar starts before `o`, counted one byte at a time.
    private func reference(_ bytes: [UInt8], _ o: Int) -> Int {
        bytes[..<o].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
    }

    @Test("Every byte offset of mixed-width text, across checkpoint and word boundaries")
    func everyOffset() {
        let pieces = ["a", "é", "—", "😡", "“", " ", "z"]
        for length in [1, 7, 8, 9, 63, 65, 130, 200] {
            var text = ""
            var k = length
            while text.utf8.count < length { text += pieces[k % pieces.count]; k = (k * 31 + 7) % 1009 }
            let bytes = Array(text.utf8)
            let offsets = ScalarOffsets(bytes: bytes)
            for o in 0..<bytes.count { #expect(offsets.scalar(o) == reference(bytes, o), "\(length) \(o)") }
            #expect(offsets.scalar(bytes.count) == text.unicodeScalars.count, "\(length)")
            #expect(offsets.scalar(bytes.count + 5) == offsets.scalar(bytes.count))
        }
    }

    @Test("The end of a text of 64 or 128 bytes that ends in a multi-byte scalar is its scalar count",
          arguments: [String(repeating: "a", count: 62) + "é", String(repeating: "a", count: 61) + "—",
                      String(repeating: "é", count: 28) + "abcd😡", String(repeating: "b", count: 126) + "é"])
    func endOnCheckpointBoundary(_ text: String) {
        let bytes = Array(text.utf8)
        #expect(bytes.count % 64 == 0)
        #expect(ScalarOffsets(bytes: bytes).scalar(bytes.count) == text.unicodeScalars.count)
    }
}
