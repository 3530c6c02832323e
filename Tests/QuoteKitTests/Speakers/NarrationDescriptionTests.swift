import Foundation
import Testing
@testable import QuoteKit

/// People the narration introduces by a description instead of a name ("a tall, thin man stopped
/// us"): the he or she that follows stands for them, and a later "the man" is the same person.
@Suite("Speakers: people introduced by a description")
struct NarrationDescriptionTests {
    static func speaker(of fragment: String, in text: String) -> SpeakerAttribution? {
        PronounResolutionTests.speaker(of: fragment, in: text)
    }

    @Test("he after an indefinite description that is a clause's subject is that person")
    func indefiniteSubject() {
        let text = SalienceTests.dialogue + "“Let us go,” said Mr. Kemp.\n\nWe had hardly reached the gate before a tall, "
            + "thin man in a grey coat stopped us.\n\n“Are you the party from the inn?” he asked."
        #expect(Self.speaker(of: "Are you the party", in: text)?.name == "a tall, thin man")
    }

    @Test("a later definite description with the same head is the person introduced")
    func definiteLinksToIndefinite() {
        let text = SalienceTests.dialogue + "“Let us go,” said Mr. Kemp.\n\nAn old woman opened the door.\n\n"
            + "“Who is there?” she asked.\n\n“Friends,” said Mr. Kemp.\n\n“Then come in,” said the woman."
        #expect(Self.speaker(of: "Who is there", in: text)?.name == "An old woman")
        #expect(Self.speaker(of: "Then come in", in: text)?.name == "An old woman")
    }

    @Test("a description after a preposition is no subject")
    func objectOfPreposition() {
        let text = SalienceTests.dialogue + "“Let us go,” said Mr. Kemp.\n\nHe spoke to a young man, and waited.\n\n“Well?” he asked."
        #expect(Self.speaker(of: "Well?", in: text)?.name == "Mr. Kemp")
    }

    @Test("a description long after the person introduced is someone new")
    func descriptionFarOn() {
        let text = SalienceTests.dialogue + "An old woman opened the door.\n\n“Who is there?” she asked.\n\n"
            + String(repeating: SalienceTests.dialogue, count: 5) + "“Then come in,” said the woman."
        #expect(Self.speaker(of: "Then come in", in: text)?.name == "the woman")
    }
}
