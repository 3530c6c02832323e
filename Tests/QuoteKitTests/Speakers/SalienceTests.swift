import Foundation
import Testing
@testable import QuoteKit

/// Who the story is about just then: genders learned only from pronouns that can stand for the name,
/// narrative he/she continuing the subject, honorifics that contradict a registry entry, and
/// capitalised ordinary words that open a sentence.
@Suite("Speakers: salience")
struct SalienceTests {
    static func speaker(of fragment: String, in text: String) -> SpeakerAttribution? {
        PronounResolutionTests.speaker(of: fragment, in: text)
    }

    /// Two men trading dialogue cues ("exclaimed", "cried": never indirect speech): the document reads as fiction.
    static let dialogue = String(repeating: "“Yes,” exclaimed Tom.\n\n“No,” cried Ned.\n\n", count: 5)

    @Test("an object pronoun after a name says nothing of the name's gender")
    func objectPronounNoVote() {
        let text = "“Hello,” said Robin.\n“Good day,” said Mr. Lane.\nRobin looked at him. Robin thanked him warmly. Robin told him so.\n“Goodbye,” she said."
        #expect(Self.speaker(of: "Goodbye", in: text)?.name == "Robin")
    }

    @Test("a narrative she continues the subject, not the woman last named as an object")
    func narrativePronounContinuesSubject() {
        let text = Self.dialogue + "“Good morning,” said Miss Ames.\n\n“Good morning,” said Mrs. Hart.\n\nMiss Ames looked at the letter and then at Mrs. Hart. She read it twice.\n\n“It is from my brother,” she said."
        #expect(Self.speaker(of: "It is from my brother", in: text)?.name == "Miss Ames")
    }

    @Test("a name with an aside after it (“Miss Ames, however, was ...”) is still its clause's subject")
    func subjectBeforeAside() {
        let text = "Miss Ames and Mrs. Hart came in.\n\nMrs. Hart was out for the evening, she explained, and likely to be very late. Miss Ames, however, was in the drawing-room.\n\n“I heard a cab drive up,” she said."
        #expect(Self.speaker(of: "I heard a cab", in: text)?.name == "Miss Ames")
    }

    @Test("an honorific whose gender contradicts a registry entry names someone else")
    func honorificContradictsRegistry() {
        let a = AttributionTests.analyse("“We are ready,” said Mrs. Bessent.\n“So are we,” said Mr. Bessent.")
        #expect(a.quotes[0].speaker?.name == "Mrs. Bessent")
        #expect(a.quotes[1].speaker?.name == "Scott Bessent")
    }

    @Test("in fiction, it at a cue is the creature last named, whose gender the text never said")
    func creatureSpeaksAsIt() {
        let text = Self.dialogue + "“Who are you?” said the Badger.\n\nNobody answered. The Badger turned round, and it said slowly, “Then I shall wait.”"
        #expect(Self.speaker(of: "Then I shall wait", in: text)?.name == "the Badger")
    }

    @Test("a capitalised ordinary word opening a sentence is no name")
    func ordinaryWordIsNoName() {
        let text = Self.dialogue + "“Hush,” said the Clerk.\n\nVery slowly the Clerk turned round, and called out, “Who is there?”\n\nIt was very late."
        #expect(Self.speaker(of: "Who is there", in: text)?.name == "the Clerk")
    }
}
