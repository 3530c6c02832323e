import Foundation
import Testing
@testable import QuoteKit

@Suite("Speakers: attribution")
struct AttributionTests {
    static func analyse(_ text: String, lexicons: Lexicons = Fixtures.lexicons) -> DocumentAnalysis {
        Pipeline(lexicons: lexicons).makeAnalyzer().analyze(Document(id: "t", text: text))
    }

    struct Case: Sendable, CustomStringConvertible {
        let text: String
        /// The quote's content (a fragment of it) → expected speaker name, method and mention text.
        let quote: String
        let speaker: String
        let method: String
        let mention: String?
        var description: String { text }
    }

    @Test("the speaker at the cue, and the rules after it", arguments: [
        Case(text: "“We will get there,” Trump said.", quote: "We will get there", speaker: "Donald Trump", method: "cue", mention: "Trump"),
        Case(text: "“We will get there,” said Tong, who is a former State Department official.", quote: "We will get there", speaker: "Kurt Tong", method: "cue", mention: "Tong"),
        Case(text: "“The deal is close,” EJ Antoni, an economist with the Heritage Foundation, said.", quote: "The deal is close", speaker: "EJ Antoni", method: "cue", mention: "EJ Antoni"),
        Case(text: "Mara Quist, now Norland's energy, mining and water minister, said the plan would hold.", quote: "the plan would hold", speaker: "Mara Quist", method: "cue", mention: "Mara Quist"),
        Case(text: "Treasury Secretary Scott Bessent, who is slated to join the talks with Ryosei Akazawa, has said there is an opening.",
             quote: "there is an opening", speaker: "Scott Bessent", method: "cue", mention: "Treasury Secretary Scott Bessent"),
        Case(text: "According to the White House, the talks will resume on Monday.", quote: "the talks will resume", speaker: "White House", method: "cue", mention: "the White House"),
        Case(text: "Trump wrote on Truth Social: “Japan is coming in today.”", quote: "Japan is coming in today", speaker: "Donald Trump", method: "cue", mention: "Trump"),
        Case(text: "Trump met reporters.\n“We are close,” he said.", quote: "We are close", speaker: "Donald Trump", method: "pronoun", mention: "he"),
        Case(text: "The White House issued a statement. “Talks will go on,” it said.", quote: "Talks will go on", speaker: "White House", method: "pronoun", mention: "it"),
        Case(text: "“The tariffs stay,” Trump said.\n“Nobody else will do it.”", quote: "Nobody else will do it", speaker: "Donald Trump", method: "continuation", mention: nil),
        Case(text: "Kasich: ‘We are going all the way.’", quote: "We are going all the way", speaker: "Kasich", method: "colon", mention: "Kasich"),
        Case(text: "“Did you know?” Todd asked the senator.", quote: "Did you know", speaker: "Todd", method: "cue", mention: "Todd"),
        Case(text: "Then the Queen left off, quite out of breath, and said to Alice, “Have you seen the Mock Turtle yet?”", quote: "Have you seen", speaker: "the Queen", method: "cue", mention: "the Queen"),
        Case(text: "“Certainly,” replied Elizabeth--“there are such people.”", quote: "Certainly", speaker: "Elizabeth", method: "cue", mention: "Elizabeth"),
        Case(text: "Hillary Clinton posted a comment of her own, saying, “We are so excited.”", quote: "We are so excited", speaker: "Hillary Clinton", method: "cue", mention: "Hillary Clinton"),
        // Groups a poll reports on are plural roles; a quantity before them is no name.
        Case(text: "More than 6 in 10 New York Democratic voters said that Wall Street does more harm than good.", quote: "Wall Street does more harm", speaker: "New York Democratic voters", method: "cue", mention: "New York Democratic voters"),
        // A share of a group is the poll's subject, with the group it is of.
        Case(text: "46 percent of voters said the economy was getting worse.", quote: "the economy was getting worse", speaker: "46 percent of voters", method: "cue", mention: "46 percent of voters"),
        Case(text: "Nearly half said they prefer someone with experience.", quote: "they prefer someone", speaker: "Nearly half", method: "cue", mention: "Nearly half"),
        Case(text: "Twenty-four percent said they were more likely to vote.", quote: "they were more likely", speaker: "Twenty-four percent", method: "cue", mention: "Twenty-four percent"),
        Case(text: "The count was close, and about one in five say they have not decided.", quote: "they have not decided", speaker: "about one in five", method: "cue", mention: "about one in five"),
        Case(text: "Still, a majority of Republicans say the party should unite.", quote: "the party should unite", speaker: "a majority of Republicans", method: "cue", mention: "a majority of Republicans"),
        // An aside between dashes is skipped like an apposition between commas.
        Case(text: "Tomas Rell — a teacher from Mount Vantor — says he made a late decision to vote.", quote: "he made a late decision", speaker: "Tomas Rell", method: "cue", mention: "Tomas Rell"),
        Case(text: "Tomas Rell -- a teacher from Mount Vantor -- says he made a late decision to vote.", quote: "he made a late decision", speaker: "Tomas Rell", method: "cue", mention: "Tomas Rell"),
        // A share word inside a title or before another noun is none.
        Case(text: "Senate Majority Leader Mara Quist said the bill would pass.", quote: "the bill would pass", speaker: "Mara Quist", method: "cue", mention: "Senate Majority Leader Mara Quist"),
        Case(text: "The most senior official said the plan was dead.", quote: "the plan was dead", speaker: "official", method: "cue", mention: "official"),
        // A short time phrase opening the clause is no subject.
        Case(text: "Hours later, Trump returned the compliment, telling Reuters, “We have been friends for a long time.”", quote: "We have been friends", speaker: "Donald Trump", method: "cue", mention: "Trump"),
        // A manner adverb between the apposition's comma and the verb.
        Case(text: "Mara Quist, who had waited all morning for the vote, quietly said, “We are ready.”", quote: "We are ready", speaker: "Mara Quist", method: "cue", mention: "Mara Quist"),
        Case(text: "They were all astonished; and Mr. Quist, who could not wish for so quick a return, immediately said,\n\n“We are ready.”",
             quote: "We are ready", speaker: "Mr. Quist", method: "cue", mention: "Mr. Quist"),
        // A second verb of the subject of the clause after the semicolon, not of the sentence's first name.
        Case(text: "Ines Tolle was asked to wait; but Paul Okafor, much annoyed, closed his notebook, and said, “This cannot go on.”",
             quote: "This cannot go on", speaker: "Paul Okafor", method: "cue", mention: "Paul Okafor"),
        // A conjunction, then the subject a few words before the verb.
        Case(text: "Mr. Pole sat down. Miss Dunn turned pale, and she could not help crying out,\n\n“That cannot be!”",
             quote: "That cannot be", speaker: "Miss Dunn", method: "pronoun", mention: "she"),
        // The previous paragraph ends with its cue and a period.
        Case(text: "The hearing had gone on for hours. Judge Orla Venn began again.\n\n“Let us return to the evidence.”",
             quote: "Let us return", speaker: "Orla Venn", method: "cue", mention: "Judge Orla Venn"),
        // A second verb joined by "and"/"but" right before the cue: the clause's subject, not the nearest name.
        Case(text: "In Vantor, Mara Quist called the truce “a total victory” for Norland workers and said she expected more talks soon.",
             quote: "she expected more talks", speaker: "Mara Quist", method: "cue", mention: "Mara Quist"),
        Case(text: "Tomas Rell added that he had started looking for Vantor suppliers but worried that Norland could face new duties.",
             quote: "Norland could face", speaker: "Tomas Rell", method: "cue", mention: "Tomas Rell"),
        // A dateline before the subject.
        Case(text: "VANTOR — Mara Quist won the vote on Sunday and promised that Norland would keep its tariffs.",
             quote: "Norland would keep", speaker: "Mara Quist", method: "cue", mention: "Mara Quist"),
        // Capitalised words before a role noun describe the speaker ("a Norlandic official"): no name.
        Case(text: "A Norlandic official, speaking on condition of anonymity, said Vantor was puzzled by the delay.",
             quote: "Vantor was puzzled", speaker: "a Norlandic official", method: "cue", mention: "A Norlandic official"),
        Case(text: "Norlandic automakers said they expected the new rate to apply from September.",
             quote: "they expected the new rate", speaker: "Norlandic automakers", method: "cue", mention: "Norlandic automakers"),
        // An indefinite description is somebody new, not the last person whose role has its head noun.
        Case(text: "Kurt Tong, a former State Department official, said the talks were over. A Norlandic official said the deadline would move.",
             quote: "the deadline would move", speaker: "a Norlandic official", method: "cue", mention: "A Norlandic official"),
        // A registry name qualifying the speaker's title, then the speaker's own name: the name speaks.
        Case(text: "Trump adviser Tomas Rell said the order would stand.", quote: "the order would stand",
             speaker: "Tomas Rell", method: "cue", mention: "Tomas Rell"),
        Case(text: "Trump campaign spokeswoman Ines Tolle said all staff sign the agreement.", quote: "all staff sign",
             speaker: "Ines Tolle", method: "cue", mention: "Ines Tolle"),
        Case(text: "Trump senior communications adviser Tomas Rell said the event was canceled.", quote: "the event was canceled",
             speaker: "Tomas Rell", method: "cue", mention: "Tomas Rell"),
        // A name qualifying a role noun or title that ends the subject: the description speaks.
        Case(text: "Trump supporters say the rally was peaceful.", quote: "the rally was peaceful",
             speaker: "Trump supporters", method: "cue", mention: "Trump supporters"),
        Case(text: "The Norland senator said he would win his home state.", quote: "he would win",
             speaker: "the Norland senator", method: "cue", mention: "The Norland senator"),
        Case(text: "The Quist campaign said it raised $30 million in March.", quote: "it raised $30 million",
             speaker: "the Quist campaign", method: "cue", mention: "The Quist campaign"),
        Case(text: "Rain fell all day. The presumptive Vantor nominee told reporters the vote was rigged.", quote: "the vote was rigged",
             speaker: "the presumptive Vantor nominee", method: "cue", mention: "The presumptive Vantor nominee"),
        Case(text: "A top Trump adviser says the businessman is on a glide path.", quote: "the businessman is on",
             speaker: "a top Trump adviser", method: "cue", mention: "A top Trump adviser"),
        // A state or party before an office title is no part of the name.
        Case(text: "Norland Gov. Mara Quist said she would stay in the race.", quote: "she would stay",
             speaker: "Mara Quist", method: "cue", mention: "Norland Gov. Mara Quist"),
        Case(text: "Former Treasury Secretary Tomas Rell said the plan was reckless.", quote: "the plan was reckless",
             speaker: "Tomas Rell", method: "cue", mention: "Former Treasury Secretary Tomas Rell"),
        // The longest title before a registry name: "Vice President", not "President" after a stray "Vice".
        Case(text: "“Let him decide,” said Vice President Donald Trump, urging patience.", quote: "Let him decide",
             speaker: "Donald Trump", method: "cue", mention: "Vice President Donald Trump"),
        // A registry alias running on into a longer capitalised name is part of that name.
        Case(text: "The Washington Post reported that the talks had stalled.", quote: "the talks had stalled",
             speaker: "The Washington Post", method: "cue", mention: "The Washington Post"),
        Case(text: "White House Press Secretary Ines Tolle said the president would sign.", quote: "the president would sign",
             speaker: "Ines Tolle", method: "cue", mention: "White House Press Secretary Ines Tolle"),
        Case(text: "“We are ready,” said White House press secretary Ines Tolle, who spoke in Vantor.", quote: "We are ready",
             speaker: "Ines Tolle", method: "cue", mention: "Ines Tolle"),
        // In a title-case headline the capitalised verb is the cue; a weekday is no part of the name.
        Case(text: "Trump Warns Vantor: ‘We will not wait.’\n\nThe talks went on.", quote: "We will not wait",
             speaker: "Donald Trump", method: "cue", mention: "Trump"),
        Case(text: "Trump Monday said the talks were going well.", quote: "the talks were going well",
             speaker: "Donald Trump", method: "cue", mention: "Trump"),
        // A possessive before a person's name is the employer: the person speaks; an organisation keeps it.
        Case(text: "The Vantor Times's Mara Quist reported that the crowd cheered.", quote: "the crowd cheered",
             speaker: "Mara Quist", method: "cue", mention: "The Vantor Times's Mara Quist"),
        Case(text: "Norland's Foreign Ministry said it would respond.", quote: "it would respond",
             speaker: "Norland's Foreign Ministry", method: "cue", mention: "Norland's Foreign Ministry"),
        // Quotations in German, French, Spanish and Italian articles, by their own speech verbs.
        Case(text: "„Wir werden verhandeln“, sagte Mara Quist.", quote: "Wir werden verhandeln",
             speaker: "Mara Quist", method: "cue", mention: "Mara Quist"),
        Case(text: "« Nous allons négocier », a déclaré Tomas Rell.", quote: "Nous allons négocier",
             speaker: "Tomas Rell", method: "cue", mention: "Tomas Rell"),
        Case(text: "«Vamos a negociar», dijo Ines Tolle.", quote: "Vamos a negociar",
             speaker: "Ines Tolle", method: "cue", mention: "Ines Tolle"),
        // Their titles before a name, weekdays after it, and roles with their own articles.
        Case(text: "„Wir werden verhandeln“, sagte Bundeskanzler Mara Quist am Dienstag.", quote: "Wir werden verhandeln",
             speaker: "Mara Quist", method: "cue", mention: "Bundeskanzler Mara Quist"),
        Case(text: "„Wir werden verhandeln“, sagte der Kanzler am Dienstag in Berlin.", quote: "Wir werden verhandeln",
             speaker: "der Kanzler", method: "cue", mention: "der Kanzler"),
        Case(text: "Le ministre a ajouté : « La France défendra ses agriculteurs. »", quote: "La France défendra",
             speaker: "Le ministre", method: "cue", mention: "Le ministre"),
        Case(text: "«Vamos a negociar», dijo la presidenta Ines Tolle el martes.", quote: "Vamos a negociar",
             speaker: "Ines Tolle", method: "cue", mention: "presidenta Ines Tolle"),
        // A party and state tag in brackets after the name is an aside, not the speaker.
        Case(text: "Gov. Mara Quist (R-NL) said the plan was unfair.", quote: "the plan was unfair",
             speaker: "Mara Quist", method: "cue", mention: "Gov. Mara Quist"),
        // A description and the person or body it works for: the description speaks.
        Case(text: "A lawyer for Mara Quist said she would appeal.", quote: "she would appeal",
             speaker: "a lawyer", method: "cue", mention: "A lawyer"),
        Case(text: "A spokesman for the Quist campaign said the event was canceled.", quote: "the event was canceled",
             speaker: "a spokesman", method: "cue", mention: "A spokesman"),
        Case(text: "One operative inside Vantor Tower said the comments were unhelpful.", quote: "the comments were unhelpful",
             speaker: "one operative", method: "cue", mention: "One operative"),
        // A role noun, a preposition and a place: the role speaks, not the place.
        Case(text: "Analysts in Geneva said the outcome showed how quickly progress could unravel.",
             quote: "the outcome showed", speaker: "analysts", method: "cue", mention: "Analysts"),
        // A determiner before a role noun belongs to the description.
        Case(text: "The others said the plan would fail before the spring.",
             quote: "the plan would fail", speaker: "the others", method: "cue", mention: "The others"),
        // After ", and", a verb joined to the next one takes the subject of its own clause.
        Case(text: "Ines Tolle was introduced, and Mara Quist asked me to step in and tell her the news.",
             quote: "her the news", speaker: "Mara Quist", method: "cue", mention: "Mara Quist"),
        // Read from the clause start, a name before a registry alias comes first.
        Case(text: "Mr. Feng called the meeting useful, according to Xinhua, and said both sides wanted more talks.",
             quote: "both sides wanted", speaker: "Mr. Feng", method: "cue", mention: "Mr. Feng"),
        Case(text: "Many in Vantor said the deal would hold through the winter.",
             quote: "the deal would hold", speaker: "many", method: "cue", mention: "Many"),
        // A description whose apposition is a name: the name.
        Case(text: "The host, Premier Ola Brandt, said the two had agreed to aim for a new arrangement.",
             quote: "the two had agreed", speaker: "Ola Brandt", method: "cue", mention: "Premier Ola Brandt"),
        // A place and its state inside the apposition.
        Case(text: "One of them, a Fort Lyle, Oregon, timber exporter, said he had paid $12,000 in duties since May.",
             quote: "he had paid", speaker: "one of them", method: "cue", mention: "One of them"),
        // A list inside the apposition.
        Case(text: "Ryo Tanabe, who negotiated the July deal and now serves as economy, trade and industry minister, said the first projects could come within months.",
             quote: "the first projects could come", speaker: "Ryo Tanabe", method: "cue", mention: "who"),
        // A name whose family name comes first: the bare family name is the same person.
        Case(text: "Ren Hua, an economist at a Vantor brokerage, said the rate was still high. “This is an expensive relationship,” Ren said.",
             quote: "This is an expensive", speaker: "Ren Hua", method: "cue", mention: "Ren"),
        Case(text: "President Lee Jae-myung said the deal was fair. “We have cleared a high hurdle,” Lee wrote.",
             quote: "We have cleared", speaker: "Lee Jae-myung", method: "cue", mention: "Lee"),
        // A full name met in the narrative, then the bare surname at a cue.
        Case(text: "Hannah Vell, who owns a parts distributor, imports brakes from Vantor. “Prices changed again,” Vell said.",
             quote: "Prices changed again", speaker: "Hannah Vell", method: "cue", mention: "Vell"),
        // "She" with nobody known yet: the full name that opened a sentence before, of her gender.
        Case(text: "Maria Oduya, a trade lawyer who once worked for Gov. Anne Dufresne, has represented importers. She said the hearing had gone badly.",
             quote: "the hearing had gone badly", speaker: "Maria Oduya", method: "pronoun", mention: "She"),
        // A quote paragraph after a colon that ends the previous paragraph goes on with its speaker.
        Case(text: "Ana Ruiz said the case had gone badly and laid out what could come next:\n\n“The first question is refunds.”",
             quote: "The first question", speaker: "Ana Ruiz", method: "continuation", mention: nil),
        // A person and where they come from or work: the person speaks, not the place.
        Case(text: "Rep. Tomas Rell of Vantor said the levy would pass.", quote: "the levy would pass", speaker: "Tomas Rell", method: "cue", mention: "Rep. Tomas Rell"),
        Case(text: "Senator Ilse Marr of North Norland, a member of the trade panel, said the levy would pass.",
             quote: "the levy would pass", speaker: "Ilse Marr", method: "cue", mention: "Senator Ilse Marr"),
        Case(text: "Tom Hale at the Lakeshore Institute said the levy would pass.", quote: "the levy would pass", speaker: "Tom Hale", method: "cue", mention: "Tom Hale"),
        // A city and its state of two words inside the apposition; a name between commas is no state.
        Case(text: "Dean Hale, a retired salesman from Marlow, North Vantor, says the levy would pass.",
             quote: "the levy would pass", speaker: "Dean Hale", method: "cue", mention: "Dean Hale"),
        Case(text: "In Marlow, the host, Ana Ruiz, said the levy would pass.", quote: "the levy would pass", speaker: "Ana Ruiz", method: "cue", mention: "Ana Ruiz"),
        // A description opening with a capitalised word, then the name in apposition: the name.
        Case(text: "Vantor trade negotiator, Ana Ruiz, said the levy would pass.", quote: "the levy would pass", speaker: "Ana Ruiz", method: "cue", mention: "Ana Ruiz"),
        Case(text: "Lakeshore Institute economist, Tom Hale, said the levy would pass.", quote: "the levy would pass", speaker: "Tom Hale", method: "cue", mention: "Tom Hale"),
        // ... but an office that runs on over the preposition, or an organisation, is one name.
        Case(text: "Secretary of State Ana Ruiz said the levy would pass.", quote: "the levy would pass", speaker: "Ana Ruiz", method: "cue", mention: "Secretary of State Ana Ruiz"),
        Case(text: "The Trade Institute of Norland said the levy would pass.", quote: "the levy would pass", speaker: "The Trade Institute of Norland", method: "cue", mention: "The Trade Institute of Norland"),
    ])
    func attribution(_ c: Case) throws {
        let a = Self.analyse(c.text)
        let q = try #require(a.quotes.first { a.text.string($0.range).contains(c.quote) }, "quote found")
        let s = try #require(q.speaker, "speaker found")
        #expect(s.name == c.speaker)
        #expect(s.method == c.method)
        #expect(s.mention.map { a.text.string($0) } == c.mention)
    }

    @Test("a discovered name ending in an organisation word is an organisation; a description keeps its case inside a sentence")
    func speakerKinds() throws {
        let a = Self.analyse("The Lakeshore Institute, a Vantor research group, estimates that the duties could add costs. Officials said the talks would resume.")
        let institute = try #require(a.speakers.first { $0.name.hasSuffix("Lakeshore Institute") })
        #expect(institute.kind == "organisation")
        #expect(a.speakers.contains { $0.name == "officials" })
        // What follows ", and said" after an inverted source is no apposition of the source.
        let b = Self.analyse("Mr. Feng called the meeting useful, according to Xinhua, and said both sides wanted more talks.")
        let agency = try #require(b.speakers.first { $0.id == "xinhua" })
        #expect(agency.role?.hasPrefix("and") == false)
    }

    @Test("a quote paragraph after another's quote and cue does not take that cue")
    func periodCueBelongsToItsQuote() throws {
        let a = Self.analyse("“Yes,” said Tomas Eld.\n\n“No, it is too late.”")
        let q = try #require(a.quotes.first { a.text.string($0.range).contains("too late") })
        #expect(q.cue == nil)
        #expect(q.speaker?.method != "cue")
    }

    @Test("a bracketed aside's quotation has its own speaker; the quotation around it keeps the outer one")
    func asideInsideQuotation() throws {
        let a = Self.analyse("“Are you ready?” asked Ann.\n\nMr. Webb went on:\n\n“I never did--” (“You did,” said Ann)--“and never once, I mean.”")
        let outer = try #require(a.quotes.first { a.text.string($0.range).contains("never once") })
        let aside = try #require(a.quotes.first { a.text.string($0.range).hasPrefix("You did") })
        #expect(outer.speaker?.name == "Mr. Webb")
        #expect(aside.speaker?.name == "Ann")
    }

    @Test("a speech verb is no word of a description: 'Clinton says many doubted her' has no speaker 'Clinton says many'")
    func verbIsNoQualifier() {
        let a = Self.analyse("The caucuses portrayed Tolle as focused on economics.  Quist says many doubted her in Nevada but that she and her team won.")
        #expect(!a.quotes.isEmpty)
        for q in a.quotes { #expect(q.speaker?.name.contains("says") == false, "\(q.speaker?.name ?? "nil")") }
    }

    @Test("reported speech is read in English only: a German verb attributes quotations, not a clause after it")
    func foreignVerbsAttributeQuotationsOnly() {
        #expect(Self.analyse("Mara Quist sagte, die Gespräche seien gut.").quotes.isEmpty)
    }

    @Test("a generational suffix is no family name, and its period does not hide the subject")
    func nameSuffixes() throws {
        let a = Self.analyse("Tomas Rell Jr. said the panel would change. Mara Quist Jr. said the plan would work. Rell said the review would take months.")
        let names = a.quotes.map { $0.speaker?.name }
        #expect(names == ["Tomas Rell Jr.", "Mara Quist Jr.", "Tomas Rell Jr."])
        let ids = a.quotes.compactMap { $0.speaker?.id }
        #expect(ids.count == 3 && ids[0] == ids[2] && ids[0] != ids[1])
        // "Jr" written without a period stays so.
        let b = Self.analyse("“We are winning,” said Mara Quist Jr, smiling.")
        #expect(b.quotes.map { $0.speaker?.name } == ["Mara Quist Jr"])
    }

    @Test("a description names the person introduced with that title: its head, and its capitalised qualifiers")
    func descriptionOfATitledName() throws {
        let a = Self.analyse("Norland Sen. Mara Quist said the bill would pass. Vantor Gov. Tomas Rell said the vote would wait. The Norland senator said the count was close. The governor said the count was wrong. The Vantor senator said nothing was decided.")
        let names = a.quotes.map { $0.speaker?.name ?? "nil" }
        #expect(names == ["Mara Quist", "Tomas Rell", "Mara Quist", "Tomas Rell", "the Vantor senator"], "\(names)")
    }

    @Test("a registry person introduced with a title and its qualifiers is the description later", arguments: [
        // In the narrative, then at a cue: the registry's role (Secretary of State) does not say senator.
        ("Florida Sen. Marco Rubio toured the port on Monday. The Florida senator said the tariffs would hurt growers.", "Marco Rubio"),
        ("Florida Sen. Marco Rubio said the port was busy. The senator said the tariffs would hurt growers.", "Marco Rubio"),
        // Another state's senator is somebody else.
        ("Florida Sen. Marco Rubio toured the port on Monday. The Ohio senator said the tariffs would hurt growers.", "the Ohio senator"),
    ])
    func registryTitles(_ text: String, _ speaker: String) throws {
        let a = Self.analyse(text)
        let q = try #require(a.quotes.last)
        #expect(q.speaker?.name == speaker)
    }

    @Test("never a name inside the quote itself")
    func notInsideQuote() {
        let a = Self.analyse("“Bessent said no,” an aide told reporters.")
        #expect(a.quotes.first?.speaker?.name == "an aide")
    }

    @Test("an unknown full name and its surname are one speaker")
    func discoveredSurname() throws {
        let a = Self.analyse("“Prices will rise,” said Maria Okafor, a trade lawyer at Dunmore & Pike.\n“Farmers know it,” Okafor added.")
        let ids = a.quotes.compactMap { $0.speaker?.id }
        #expect(ids.count == 2 && ids[0] == ids[1] && ids[0].hasPrefix("doc:"))
        let okafor = try #require(a.speakers.first { $0.id == ids[0] })
        #expect(okafor.name == "Maria Okafor")
        #expect(okafor.quotes == 2)
        #expect(okafor.role == "a trade lawyer at Dunmore & Pike")
        #expect(okafor.organisation == "Dunmore & Pike")
    }

    @Test("the organisation of an apposition: its capitalised name after the affiliation word, or the name after its kind", arguments: [
        ("Ida Moss, chief economist at the Montreal credit union Fiducie Saint-Maurice, said prices would rise.", "Fiducie Saint-Maurice"),
        ("Ida Moss, chief économiste at the Montréal credit union Fiducie Saint-Maurice, said prices would rise.", "Fiducie Saint-Maurice"),
        ("Ida Moss, a fellow at the Brookings Institution in Washington, said prices would rise.", "the Brookings Institution"),
        ("Ida Moss, a partner at The Asia Group consultancy firm, said prices would rise.", "The Asia Group"),
        ("Ida Moss, an economist at a Hong Kong brokerage, said prices would rise.", nil),
        // Lower-case words that join a name's capitalised words.
        ("Ida Moss, a professor at Columbia's Graduate School of Journalism, said prices would rise.", "Columbia's Graduate School of Journalism"),
        ("Ida Moss, a fellow at the Center for Strategic and International Studies, said prices would rise.", "the Center for Strategic and International Studies"),
        ("Ida Moss, an economist at the Bank of Japan and a former adviser, said prices would rise.", "the Bank of Japan"),
    ] as [(String, String?)])
    func appositionOrganisation(_ text: String, _ organisation: String?) throws {
        let a = Self.analyse(text)
        let moss = try #require(a.speakers.first { $0.name == "Ida Moss" })
        #expect(moss.organisation == organisation)
    }

    @Test("a participle clause after the name is no role; a noun phrase is")
    func participleIsNoRole() throws {
        let a = Self.analyse("Maria Okafor, speaking to reporters in Geneva, said the talks would resume.\nTomas Eld, a customs broker, said prices would rise.\nIda Moss, managing director of a parts maker, said that orders had fallen.")
        #expect(a.speakers.first { $0.name == "Maria Okafor" }.map { $0.role == nil } == true)
        #expect(a.speakers.first { $0.name == "Tomas Eld" }?.role == "a customs broker")
        #expect(a.speakers.first { $0.name == "Ida Moss" }?.role == "managing director of a parts maker")
        // A registry speaker keeps the registry's role.
        let b = Self.analyse("Trump, speaking to reporters on the lawn, said the deal was close.")
        #expect(b.speakers.first { $0.id == "donald-trump" }?.role == Fixtures.lexicons.speakers.registry.entry(id: "donald-trump")?.role)
    }

    @Test("registry aliases link to one identity")
    func aliases() {
        let a = Self.analyse("President Trump said the talks would go on. “We will win,” the president said. Donald Trump added that Japan was ready.")
        #expect(Set(a.quotes.compactMap { $0.speaker?.id }) == ["donald-trump"])
        #expect(a.speakers.first { $0.id == "donald-trump" }?.quotes == 3)
    }

    @Test("honorifics keep namesakes apart")
    func namesakes() {
        let a = Self.analyse("“Nor I,” said Miss Bingley.\n“Nor I,” said Mr. Bingley.")
        let names = a.quotes.compactMap { $0.speaker?.name }
        #expect(names == ["Miss Bingley", "Mr. Bingley"])
    }

    @Test("a bare surname goes to the man, not to Miss ...")
    func bareSurname() {
        let a = Self.analyse("“Nor I,” said Miss Bingley.\n“Yes,” said Mr. Bingley.\n“Indeed,” cried Bingley.")
        #expect(a.quotes.last?.speaker?.name == "Mr. Bingley")
    }

    @Test("first-person narration: the narrator is whom the others address")
    func narrator() {
        let text = "“Are you coming, Watson?” said Holmes.\n\n“Certainly,” I answered.\n\n“Then hurry, Watson.”\n\n“I am ready,” said I."
        let a = Self.analyse(text)
        let narrated = a.quotes.filter { $0.speaker?.method == "narrator" }
        #expect(narrated.count == 2)
        #expect(narrated.allSatisfy { $0.speaker?.name == "Watson" })
    }

    @Test("dialogue turn-taking: A, B, then A again")
    func turnTaking() {
        // Told as dialogue: eight quotes introduced by dialogue verbs ("cried", "returned") before.
        let opening = String(repeating: "“Go on,” cried Alice.\n\n“No,” returned the Cat.\n\n", count: 4)
        let a = Self.analyse(opening + "“Where?” said Alice.\n\n“Here,” said the Cat.\n\n“Why?”\n")
        #expect(a.quotes.suffix(3).map { $0.speaker?.name } == ["Alice", "the Cat", "Alice"])
        #expect(a.quotes.last?.speaker?.method == "turn-taking")
    }

    @Test("news: an unattributed quote paragraph continues the last speaker, not the one before")
    func newsContinuation() {
        let a = Self.analyse("“We will wait,” Ishiba said.\n\n“The deal is close,” Bessent said.\n\n“Nobody wants a trade war.”\n")
        #expect(a.quotes.map { $0.speaker?.name } == ["Shigeru Ishiba", "Scott Bessent", "Scott Bessent"])
        #expect(a.quotes.last?.speaker?.method == "continuation")
    }

    @Test("a reported question is the asker's, and the asker does not go on in the next paragraph")
    func reportedQuestion() {
        let a = Self.analyse("“We will wait,” Ishiba said.\n\nBessent asked him whether the quota would change.\n\n“It will not change this year.”\n")
        #expect(a.quotes.map(\.kind) == [.direct, .indirect, .direct])
        #expect(a.quotes[1].speaker?.name == "Scott Bessent")
        #expect(a.quotes[1].cueVerb?.indirect == .question)
        #expect(a.quotes[2].speaker?.name != "Scott Bessent")
    }

    @Test("a document or a count that reports is the speaker, of kind document; a document from someone is theirs", arguments: [
        ("The letter said Japan would need more time.", "the letter", "document"),
        ("According to public filings, the firm earned about $600 million last year.", "public filings", "document"),
        ("According to a CBS poll released Monday, most voters were angry about prices.", "a CBS poll released Monday", "document"),
        ("According to recent polling, the senator is once again leading the field.", "recent polling", "document"),
        ("A survey of 400 exporters found that most had raised prices.", "a survey of 400 exporters", "document"),
        ("A letter from Trump said Japan would pay more for the trucks.", "Donald Trump", "person"),
    ])
    func documents(_ text: String, _ speaker: String, _ kind: String) {
        let a = Self.analyse(text)
        #expect(a.quotes.count == 1)
        #expect(a.quotes.first?.speaker?.name == speaker)
        #expect(a.speakers.first { $0.name == speaker }?.kind == kind)
    }

    @Test("a document named inside a quotation is no speaker of the clause after it")
    func documentInsideQuotation() {
        let a = Self.analyse("“There is nothing in this report that is new,” the minister told reporters, adding that talks would go on.")
        #expect(a.quotes.map { $0.speaker?.name } == ["the minister", "the minister"])
    }

    @Test("reporters who ask are speakers; reporters spoken to are not")
    func reporters() {
        let asked = Self.analyse("Reporters asked whether the pause would be extended.")
        #expect(asked.quotes.first?.speaker?.name == "reporters")
        let told = Self.analyse("John Kasich spoke in Concord on Friday.\n\nFollowing an animated town hall meeting in Londonderry last week, "
            + "Kasich boasted to reporters of his organization - \"the best in the state\" - and stressed the state's importance.")
        #expect(told.quotes.first { $0.kind == .direct }?.speaker?.name == "John Kasich")
    }
}
