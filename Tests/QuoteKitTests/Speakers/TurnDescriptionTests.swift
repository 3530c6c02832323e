import Foundation
import Testing
@testable import QuoteKit

/// "said the other", "replied the former": a speaker named by their place among the people just
/// mentioned (`turn-descriptions.tsv`).
@Suite("Speakers: the other, the former, the latter")
struct TurnDescriptionTests {
    @Test("the other: the speaker before the last one")
    func other() {
        let text = "“Is the coach late?” asked Mrs. Wren.\n“It is,” said Miss Dunn.\n“Then we shall walk,” said the other."
        #expect(PronounResolutionTests.speaker(of: "Then we shall walk", in: text)?.name == "Mrs. Wren")
    }

    @Test("the former and the latter: the earlier and the later of the two just named")
    func formerLatter() {
        let opening = "“Good day,” said Mr. Pole.\n“Good day,” said Mrs. Wren.\nMr. Pole and Miss Dunn walked on together.\n"
        #expect(PronounResolutionTests.speaker(of: "It will rain", in: opening + "“It will rain,” said the former.")?.name == "Mr. Pole")
        #expect(PronounResolutionTests.speaker(of: "It will rain", in: opening + "“It will rain,” replied the latter.")?.name == "Miss Dunn")
    }
}
