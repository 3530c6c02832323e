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

/// Relations the names tell (`relation-nouns.tsv` columns `family` and `partner`, `titles.tsv` column
/// `status`): a husband, a mother, an uncle found by the family name rather than by who spoke last
/// (each text has someone else who would be chosen by recency alone).
@Suite("Speakers: relations the names tell")
struct NamesakeRelationTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let testDescription: String
        let text: String
        let quote: String
        let speaker: String
    }

    static let cases: [Case] = [
        Case(testDescription: "her husband of Mrs. Harlow is Mr. Harlow, though another man spoke last",
             text: "“Good evening,” said Mr. Harlow.\n“Good evening to you,” said Mr. Quill.\n"
                + "“We are so glad you came,” said Mrs. Harlow.\n“So are we all,” said her husband.",
             quote: "So are we all", speaker: "Mr. Harlow"),
        Case(testDescription: "her brother of Miss Quill is Mr. Quill",
             text: "“Sit down,” said Mr. Quill.\n“Thank you,” said Mr. Harlow.\n“Will you dance?” said Miss Quill.\n"
                + "“Not tonight,” said her brother.",
             quote: "Not tonight", speaker: "Mr. Quill"),
        Case(testDescription: "the aunt found at a cue: her uncle is Mr. of the aunt's name",
             text: "Mr. Gardner stayed by the door.\n“What a fine day,” said Mrs. Gardner.\n“Where have you been?” said Clara.\n"
                + "“Shopping,” said her aunt.\n“Very fine,” said Mr. Quill.\n“And where were you?” said Clara.\n“At the bank,” said her uncle.",
             quote: "At the bank", speaker: "Mr. Gardner"),
        Case(testDescription: "a family name given in the narration (Clara Harlow): her mother is Mrs. Harlow",
             text: "“Good morning, dear,” said Mrs. Harlow.\n“Good morning,” said Clara.\nClara Harlow had been up for an hour.\n"
                + "“Is it raining?” said Mrs. Quill.\n“No,” said Miss Tate.\n“Then we walk,” said Clara.\n“Take a coat,” said her mother.",
             quote: "Take a coat", speaker: "Mrs. Harlow"),
        Case(testDescription: "her mother is never a Miss of the family name",
             text: "Mrs. Harlow poured the tea.\n“Thank you,” said Ann.\nAnn Harlow drank it slowly.\n"
                + "“Is it cold?” asked Miss Harlow.\n“Not at all,” said Ann.\n“Drink it all,” said her mother.",
             quote: "Drink it all", speaker: "Mrs. Harlow"),
        Case(testDescription: "her mother when the nearest woman has none the names tell: the next woman's",
             text: "“Good morning,” said Mrs. Harlow.\n“Good morning,” said Clara.\nClara Harlow sat down by the fire.\n"
                + "“Is the coach here?” said Mrs. Quill.\n“Not yet,” said her mother.",
             quote: "Not yet", speaker: "Mrs. Harlow"),
    ]

    @Test(arguments: cases)
    func namesTellTheRelation(_ c: Case) {
        #expect(PronounResolutionTests.speaker(of: c.quote, in: c.text)?.name == c.speaker)
        #expect(PronounResolutionTests.speaker(of: c.quote, in: c.text)?.method == "relation")
    }
}
