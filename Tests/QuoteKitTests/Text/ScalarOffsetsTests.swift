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
