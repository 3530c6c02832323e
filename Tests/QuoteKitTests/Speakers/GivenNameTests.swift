import Foundation
import Testing
@testable import QuoteKit

/// People named without a title: a common given name (`given-names.tsv`) says their gender, and a
/// woman's given name is not read as a surname.
@Suite("Speakers: given names")
struct GivenNameTests {
    @Test("she after an untitled woman's name: her, not the titled woman before")
    func givenNameGender() {
        let text = "“Good morning,” said Mrs. Wren.\n\n“Good morning,” said Clara.\n\n“Is it raining?” she asked."
        #expect(PronounResolutionTests.speaker(of: "Is it raining", in: text)?.name == "Clara")
    }

    @Test("a man's given name makes he find him")
    func givenNameMale() {
        let text = "“Sit down,” said Mr. Pole.\n\n“Thank you,” said Miss Dunn.\n\n“I will stand,” said Walter.\n\n“As you like,” he said."
        #expect(PronounResolutionTests.speaker(of: "As you like", in: text)?.name == "Walter")
    }

    @Test("a woman's given name alone is the same person as with her title")
    func givenNameJoinsTitledName() {
        let text = "“Come in,” said Miss Clara.\n\n“Thank you,” said Mr. Pole.\n\n“Do sit,” said Clara."
        let a = AttributionTests.analyse(text)
        let first = a.quotes.first { a.text.string($0.range).contains("Come in") }?.speaker
        let last = a.quotes.first { a.text.string($0.range).contains("Do sit") }?.speaker
        #expect(first?.id != nil)
        #expect(last?.id == first?.id)
    }
}
