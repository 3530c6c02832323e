import Foundation
import Testing
@testable import QuoteKit

/// Who "he" and "she" at a cue stand for: namesakes kept apart in the narrative, people named with an
/// honorific before they speak, genders learned from the text, and the people a quote addresses or the
/// narrator left out.
@Suite("Speakers: pronoun resolution")
struct PronounResolutionTests {
    static func speaker(of fragment: String, in text: String) -> SpeakerAttribution? {
        let a = AttributionTests.analyse(text)
        return a.quotes.first { a.text.string($0.range).contains(fragment) }?.speaker
    }

    @Test("a namesake named in the narrative is the one its honorific says")
    func namesakes() {
        let text = "“We dine at six,” said Mr. Marsh.\n“As you wish,” said Mrs. Marsh.\n“And the fish?” said Mr. Lane.\nMr. Marsh frowned.\n“Boiled,” he said."
        #expect(Self.speaker(of: "Boiled", in: text)?.name == "Mr. Marsh")
    }

    @Test("a person named with an honorific in the narrative, possessive included, before speaking")
    func honorificInNarrative() {
        let text = "“Where is he?” asked Mr. Pike.\nMrs. Dane's voice answered from the stairs.\n“Gone,” she said."
        let s = Self.speaker(of: "Gone", in: text)
        #expect(s?.name == "Mrs. Dane")
        #expect(s?.method == "pronoun")
    }

    @Test("a description whose noun says the gender (the little man) is whom the next he stands for")
    func genderedDescription() {
        let text = "“Come in,” said Mr. Kemp.\n\n“Thank you,” said the little man. “I am glad to be here.”\n\nHe sat down.\n\n“A long road,” said he."
        #expect(Self.speaker(of: "A long road", in: text)?.name == "the little man")
    }

    @Test("in the cue's paragraph, the subject goes before a person only named there")
    func paragraphSubjectBeforeObject() {
        let text = "“Good evening,” said Miss Dunn.\n\n“We dine at six,” said Mrs. Marsh.\n\n"
            + "No sooner was Mrs. Marsh alone than she began on the subject, calling on Miss Dunn for her help. "
            + "“Pray do, my dear,” she added in a low tone."
        #expect(Self.speaker(of: "Pray do", in: text)?.name == "Mrs. Marsh")
    }

    @Test("nobody in the cue's paragraph: the subject of the narration just before")
    func previousParagraphSubject() {
        let text = "“Good evening,” said Miss Dunn.\n\n“We dine at six,” said Mrs. Marsh.\n\n"
            + "Miss Dunn was much struck with the deference of her cousin for Mrs. Marsh.\n\n“He must be an odd man,” said she."
        #expect(Self.speaker(of: "an odd man", in: text)?.name == "Miss Dunn")
    }

    @Test("an honorific, a given name and a surname in the narrative make one person")
    func honorificGivenNameSurname() {
        let text = "“Where is he?” asked Mr. Pike.\nMr. Osric Dane looked up from his desk.\n“Gone,” said he."
        #expect(Self.speaker(of: "Gone", in: text)?.name == "Mr. Osric Dane")
    }

    @Test("a story that opens on he said: the first man who speaks by name after it")
    func pronounNamedLater() {
        let text = "“Is it raining?” I asked.\nHe looked up. “Not yet,” he said.\n“Good,” said I.\n“Shall we go?” said Mr. Pike.\n“Yes,” I answered."
        let s = Self.speaker(of: "Not yet", in: text)
        #expect(s?.name == "Mr. Pike")
        #expect(s?.method == "pronoun-named-later")
    }

    @Test("a subject pronoun away from the cue, with no comma between, when nothing else names the speaker")
    func subjectPronounAwayFromCue() {
        let text = "“We should go with them,” said Mrs. Dane.\n“Is it far?” asked Mr. Pike.\nWith a weary sigh she slowly added,\n“I cannot walk so far.”"
        let s = Self.speaker(of: "cannot walk", in: text)
        #expect(s?.name == "Mrs. Dane")
        #expect(s?.method == "pronoun")
    }

    @Test("a name that opens its sentence, then he or she: the name's gender")
    func genderFromNarrative() {
        let text = "“Come in,” said Robin.\nRobin smiled as she spoke. Robin knew she had been rude.\n“Thank you,” said Sam.\n“Sit down,” she said."
        #expect(Self.speaker(of: "Sit down", in: text)?.name == "Robin")
    }

    @Test("the person a quote addresses does not speak it")
    func addressee() {
        let text = "“The road is long,” said Mr. Webb.\n“It is,” said Mr. Hale.\n“You know it well, Hale,” he said."
        #expect(Self.speaker(of: "You know it well", in: text)?.name == "Mr. Webb")
    }

    @Test("Miss Bingley does not join a bare Bingley; the bare name stays the man's")
    func missDoesNotJoinBareSurname() {
        let a = AttributionTests.analyse("“Nor I,” said Bingley.\n“Nor I,” said Miss Bingley.\n“Nor I,” said Bingley.")
        let ids = a.quotes.compactMap { $0.speaker?.id }
        #expect(ids.count == 3 && ids[0] == ids[2] && ids[0] != ids[1])
        #expect(a.quotes[1].speaker?.name == "Miss Bingley")
    }

    @Test("in first-person narration, she is never the narrator")
    func narratorIsNotShe() {
        let text = "“Are you coming, Tom?” said Ellen.\n\n“Certainly,” I answered.\n\n“Now, Tom?”\n\n“Now,” said I.\n\nThe door opened.\n\n“Tea is ready,” she said."
        let s = Self.speaker(of: "Tea is ready", in: text)
        #expect(s?.name != "Tom")
    }
}
