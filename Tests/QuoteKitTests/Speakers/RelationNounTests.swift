import Foundation
import Testing
@testable import QuoteKit

/// "said her father", "cried his wife", "said my companion": a possessive and a relation noun
/// (`relation-nouns.tsv`) name someone already in the conversation who is not the possessor.
@Suite("Speakers: relation nouns")
struct RelationNounTests {
    @Test("her father: the man in the conversation, not the daughter")
    func father() {
        let text = "Mr. Harlow put down his paper.\n“You are late again,” he said.\n“The coach was slow,” said Clara.\n“Then take an earlier one,” said her father."
        let s = PronounResolutionTests.speaker(of: "Then take an earlier one", in: text)
        #expect(s?.name == "Mr. Harlow")
        #expect(s?.method == "relation")
        #expect(s?.mention.map { AttributionTests.analyse(text).text.string($0) } == "her father")
    }

    @Test("the same relation later in the narrative names the same person")
    func remembered() {
        let text = "“Sit down,” said Mr. Harlow.\n“I would rather stand,” said Clara.\n“As you like,” said her father.\n"
            + "“The rain has stopped,” said Mr. Quill.\nHer father rose from his chair.\n“Then we go,” he said."
        #expect(PronounResolutionTests.speaker(of: "Then we go", in: text)?.name == "Mr. Harlow")
    }

    @Test("his wife, named later with his surname: her quotes, earlier ones included, take the name")
    func wifeNamedLater() {
        let text = "“Have you heard the news?” said his wife to him one morning.\nMr. Hale shook his head.\n"
            + "“It is all over town,” cried his wife.\n“Well, my dear?” said Mr. Hale.\n“You never listen,” said Mrs. Hale."
        #expect(PronounResolutionTests.speaker(of: "Have you heard the news", in: text)?.name == "Mrs. Hale")
        #expect(PronounResolutionTests.speaker(of: "It is all over town", in: text)?.name == "Mrs. Hale")
        #expect(PronounResolutionTests.speaker(of: "You never listen", in: text)?.id == PronounResolutionTests.speaker(of: "It is all over town", in: text)?.id)
        #expect(PronounResolutionTests.speaker(of: "Well, my dear", in: text)?.name == "Mr. Hale")
    }

    @Test("nobody in the conversation fits: a new person described")
    func newPerson() {
        let text = "“We will appeal,” his lawyer said."
        #expect(PronounResolutionTests.speaker(of: "We will appeal", in: text)?.method != "relation")
    }
}
