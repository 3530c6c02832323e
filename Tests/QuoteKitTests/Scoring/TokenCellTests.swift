import Testing
@testable import QuoteKit

/// ``TokenCells/Cell`` packs its fields in one word: each field reads back what was last set, whatever
/// the others hold.
@Suite struct TokenCellTests {
    @Test("each field keeps its own value", arguments: [Int32(-1), 0, 1, 4_095, Int32.max, Int32.min])
    func fieldsAreIndependent(entry: Int32) {
        let tokens = Fixtures.analyzer().analyze("Goooood, fine").tokens
        for token in tokens {
            var cell = TokenCells.Cell(token)
            let punctuation = token.kind == .punctuation, stretched = token.kind == .word && token.hasTripledLetter
            #expect(cell.entry == -1 && cell.flags.isEmpty && cell.phrases.isEmpty && cell.singles.isEmpty && !cell.pairStartsPhrase)
            for (k, raw) in [UInt8(0), 1, 0x55, 0x80, 0xFF].enumerated() {
                let flags = LexiconFlag(rawValue: raw), phrases = LexiconFlag(rawValue: raw ^ 0xFF)
                let singles = LexiconFlag(rawValue: raw &+ 3), pair = k % 2 == 0
                cell.entry = entry
                cell.flags = flags
                cell.phrases = phrases
                cell.singles = singles
                cell.pairStartsPhrase = pair
                #expect(cell.entry == entry && cell.flags == flags && cell.phrases == phrases && cell.singles == singles)
                #expect(cell.pairStartsPhrase == pair && cell.isPunctuation == punctuation && cell.isStretchedWord == stretched)
            }
        }
        #expect(tokens.contains { $0.kind == .word && $0.hasTripledLetter } && tokens.contains { $0.kind == .punctuation })
    }
}
