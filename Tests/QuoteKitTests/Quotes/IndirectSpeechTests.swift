import Testing
@testable import QuoteKit

/// Reported statements without quotation marks (issue 3, item 4): the content span and its cue.
@Suite("Indirect speech")
struct IndirectSpeechTests {
    @Test("the forms of reported speech", arguments: [
        // X said (that) ...
        "Ms. Park ⟪i:said⟫ ⟦i:the company would cut prices next year⟧.",
        "Ms. Park ⟪i:said⟫ that ⟦i:the company would cut prices next year⟧.",
        "Ms. Park ⟪i:said⟫ on Tuesday that ⟦i:the company would cut prices next year⟧.",
        // X told reporters ...
        "The mayor ⟪i:told⟫ reporters ⟦i:the bridge will reopen in May⟧.",
        "The mayor ⟪i:told⟫ the council ⟦i:the bridge will reopen in May⟧.",
        // X has said there is ...
        "The governor ⟪i:has said⟫ ⟦i:there is no money left for new roads⟧.",
        // according to X
        "⟪i:According to⟫ the ministry, ⟦i:exports fell by a third in March⟧.",
        "⟦i:Exports fell by a third in March⟧, ⟪i:according to⟫ the ministry.",
        "But, ⟪i:according to⟫ the poll, ⟦i:46 percent of voters remain undecided⟧.",
        "⟦i:Exports fell by a third in March⟧ — ⟪i:according to⟫ the ministry.",
        // Without a comma when a named or known source ends the sentence.
        "⟦i:Ms. Park leads by seven points⟧ ⟪i:according to⟫ a CBS poll released Monday.",
        // ..., X said. with the cue at the sentence end
        "⟦i:The plant will close by the end of the year⟧, the company ⟪i:said⟫.",
        "⟦i:The plant will close by the end of the year⟧, ⟪i:said⟫ Ana Ruiz, a spokeswoman for the company.",
        "⟦i:Even Vantor has more cultural pull through its films⟧, ⟪i:says⟫ political scientist Ilse Marr in Almaty.",
        // suggested / warned / argued / insisted / denied / claimed / announced that
        "The economist ⟪i:suggested⟫ ⟦i:rates could rise again before winter⟧.",
        "The central bank ⟪i:warned⟫ that ⟦i:inflation would stay high for months⟧.",
        "The panel ⟪i:recommended⟫ that ⟦i:the duties be lifted by June⟧.",
        "Her lawyer ⟪i:argued⟫ that ⟦i:the contract had never been valid⟧.",
        "The coach ⟪i:insisted⟫ that ⟦i:his team had played fairly⟧.",
        "The firm ⟪i:denied⟫ that ⟦i:it had broken any export rules⟧.",
        "The group ⟪i:claimed⟫ that ⟦i:the vote had been delayed on purpose⟧.",
        "The ministry ⟪i:announced⟫ that ⟦i:the border would reopen on Monday⟧.",
        // X wrote on Truth Social that ...
        "The president ⟪i:wrote⟫ on Truth Social that ⟦i:the meeting would take place on Friday⟧.",
        // A subject ending in a percent sign, or in an aside between dashes.
        "On economic issues, 42% ⟪i:say⟫ ⟦i:they are liberal⟧.",
        "Democrats — and some Republicans — ⟪i:say⟫ that ⟦i:the party has lost its way⟧.",
        // "that" after an aside between commas
        "Tom Hale, a rival of the mayor, ⟪i:said⟫ on CNN, where he is now a paid contributor, that ⟦i:the mayor should resign⟧.",
        "Sources ⟪i:told⟫ the paper, however, that ⟦i:the minister had signed the order⟧.",
    ])
    func forms(_ marked: String) {
        QuoteExpectations.check(marked)
    }

    @Test("where the content starts and ends", arguments: [
        // A finite verb after the cue begins the content: a later "that" is inside it.
        "Ms. Park ⟪i:said⟫ ⟦i:Norland would continue to seek an agreement that benefits both sides⟧.",
        // "yet" after a negator is an adverb, not a conjunction opening a second report.
        "Ms. Park ⟪i:said⟫ ⟦i:Norland had not yet been told whether it would receive an exemption⟧.",
        // After ", said" a determiner may begin the content, unless a person's description follows it.
        "The firm ⟪i:said⟫ ⟦i:the company cut 300 jobs in May⟧.",
        // An en dash inside a word ("U.S.–Japan") opens no aside.
        "Ms. Park ⟪i:said⟫ ⟦i:the closest comparison was the U.S.–Japan car dispute of the 1990s⟧.",
        // A capitalised word joined by a hyphen after ", said" is content, not an inverted speaker.
        "Dr. Ana Ruiz, an economist, ⟪i:said⟫ ⟦i:Houston-area importers had brought orders forward⟧.",
        // A verb inside the speaker's apposition reports nothing; the sentence's own cue does.
        "Tomas Rell, a partner at a firm that advises Norland exporters, ⟪i:said⟫ ⟦i:the threat was aimed at the election⟧.",
        "Ilse Marr, a researcher at a Vantor think tank, ⟪i:said⟫ ⟦i:exporters were planning for a long delay⟧.",
        "Rita Dorn, who advises exporters at a Vantor trade council, ⟪i:said⟫ ⟦i:small firms were struggling with the rules⟧.",
        // A source phrase inside the sentence: the clause goes on after it, in two pieces.
        "⟦i1:The talks⟧, ⟪i1:according to⟫ officials, ⟦i1:will resume next week in Geneva⟧.",
        // A source phrase beside a verb's report: two statements.
        "⟦i1:Mr. Feng described the talks as candid⟧, ⟪i1:according to⟫ the state news agency, and ⟪i2:said⟫ ⟦i2:they had produced a consensus⟧.",
        // A negated verb reports nothing; the report after "but" stands.
        "Ms. Park did not say whether Norland would answer the duties, but aides ⟪i:said⟫ ⟦i:a list of countermeasures had been prepared⟧.",
        // A dateline is no part of the content.
        "VANTOR (Wire) - ⟦i:Norland and Vantor are close to naming the first projects⟧, officials on both sides ⟪i:said⟫ this week.",
        // A time word with "of" after it heads the content's subject; without, it is the verb's adjunct.
        "Ms. Park ⟪i:said⟫ ⟦i:each year of schooling yields a tenth more income⟧.",
        "Ms. Park ⟪i:said⟫ last week ⟦i:the plant would close⟧.",
        // An apostrophe for left-out digits is no quotation mark; "that," with a clause before the content's subject.
        "Rep. Tom Hale ⟪i:said⟫ in ‘08 that ⟦i:the early support threw old assumptions into doubt⟧.",
        "People with direct knowledge ⟪i:said⟫ that, ⟦i:during the period when they were consultants, Rell was also steering the work⟧.",
    ])
    func boundaries(_ marked: String) {
        QuoteExpectations.check(marked)
    }

    @Test("a judging verb reports its object and the quoted judgement", arguments: [
        "Senator Hale ⟪p:called⟫ ⟦i:the agreement “⟦p:a gift to importers⟧”⟧ on Monday.",
        "Ms. Park ⟪p:praised⟫ ⟦i:the talks as “⟦p:candid and useful⟧”⟧, aides said.",
        "The union ⟪p:dismissed⟫ ⟦i:the offer as “⟦p:an insult to every worker⟧”⟧.",
        "Mr. Feng ⟪p:called⟫ ⟦i:both the levy and the quota “⟦p:relics of another decade⟧”⟧.",
        // A preposition after the verb ("called for"), no object ("a group called"), a name in capitals,
        // or punctuation before the quotation: the quotation alone (a clause after a comma), or nothing.
        "The mayor ⟪p:called⟫ for “⟦p:calm and patience⟧” after the vote.",
        "She joined a group called “Farmers for Fair Trade” in May.",
        "He ⟪d:called⟫ the plan, in a long speech, “⟦d:a mistake we will regret⟧”.",
    ])
    func judgements(_ marked: String) {
        QuoteExpectations.check(marked)
    }

    @Test("a question verb reports the question its question word opens, or a request to its hearer", arguments: [
        "Ms. Park ⟪i:asked⟫ ⟦i:whether the duties would be lifted before June⟧.",
        "Ruth Dane, an editor at the Ledger, ⟪i:asked⟫ the envoy ⟦i:if the talks would resume this week⟧.",
        "Ms. Park ⟪i:asked⟫ former Trade Minister Ilse Marr ⟦i:why the quota had been kept⟧.",
        "The economist ⟪i:questioned⟫ ⟦i:how the pledges would be enforced⟧.",
        "The governor ⟪i:asked⟫ ⟦i:the court to block the order before Friday⟧.",
        // A request of the asker's own, and one whose hearer follows the asker's apposition.
        "The watchdog ⟪i:asked⟫ ⟦i:to question the minister and two officials⟧.",
        "On Friday, Vantor, leading a group of 13 states, ⟪i:asked⟫ ⟦i:a federal judge to block the rules⟧.",
    ])
    func questions(_ marked: String) {
        QuoteExpectations.check(marked)
    }

    @Test("a finding verb reports after a document or an organisation", arguments: [
        "A survey of 400 exporters ⟪i:found⟫ that ⟦i:most had raised prices since May⟧.",
        "Court records ⟪i:show⟫ that ⟦i:the company paid no tax in 2019⟧.",
        "The survey, taken in May, ⟪i:found⟫ that ⟦i:most firms had cut their orders⟧.",
    ])
    func findings(_ marked: String) {
        QuoteExpectations.check(marked)
    }

    @Test("a source phrase and a verb in its clause: the verb opening the clause reports, a verb deeper in it does not", arguments: [
        "⟪i:According to⟫ the Ledger, ⟦i:aides looked into what would happen if the senator announced he would not run⟧.",
        "Earlier on Tuesday, the envoy, Ilse Marr, ⟪i:said⟫ ⟦i:the offer was too low⟧, according to the Ledger.",
        "⟪i:According to⟫ the Ledger, ⟦i:the offer that the envoy announced in May was too low⟧.",
        "According to early results of exit polls, most voters in each state ⟪i:feel⟫ ⟦i:the economy is weak⟧.",
        "According to Reuters, the Chinese commerce ministry ⟪i:said⟫ ⟦i:the talks would resume in May⟧.",
    ])
    func sourceAndVerb(_ marked: String) {
        QuoteExpectations.check(marked)
    }

    @Test("not reported speech", arguments: [
        "The spokesman refused to say anything more.",
        "He was told to wait outside.",
        "Her remarks drew criticism from both parties.",
        "The Secretary of State arrives on Monday.",
        // "according to" without a source: in accordance with.
        "The vote went ahead according to plan.",
        "They acted according to their conscience.",
        // A form that is also a noun, after a lower-case content word ("reports", "disputes", "state").
        "Investors weighed reports that a deal with Vantor was imminent.",
        "The car disputes of that decade went on for years.",
        // "felt like" compares; it reports nothing.
        "For some, the year has felt like a greatest-hits tour of old trade wars.",
        // A negated verb.
        "The minister would not say whether the talks would resume before the summer.",
        // A verb that reports only with "that": before a noun phrase it recommends a thing, not a statement.
        "A committee will recommend projects to the president.",
        // A question verb with a preposition, a passive one, or one without a subject before it.
        "She asked about the talks in Geneva last week.",
        "The minister was first asked if he would support the plan.",
        "Asked whether the pause would be extended, the minister smiled.",
        // A person's finding is what they saw.
        "Alice opened the door and found that it led into a small hall.",
        "She soon found that the shop was closed on Mondays.",
    ])
    func notSpeech(_ text: String) {
        #expect(QuoteExpectations.analyze(text).quotes.isEmpty)
    }

    @Test("a noun form after a lower-case word is no cue; after a name, a pronoun or a plural it is")
    func nounForms() {
        let told = QuoteExpectations.analyze("Mr. Feng told state media that the two sides had reached a consensus.").quotes
        #expect(told.map { $0.cueVerb?.lemma } == ["tell"])
        for text in ["The Lakeshore Institute estimates that the duties could add costs.", "It reports that exports fell in March.",
                     "Advocacy groups note that the senator backed the bill in 2009."] {
            #expect(QuoteExpectations.analyze(text).quotes.count == 1, "\(text)")
        }
    }

    @Test("every verb form and its class come from the lexicon")
    func verbClass() {
        let q = QuoteExpectations.analyze("The firm denied that it had broken any export rules.").quotes.first
        #expect(q?.cueVerb?.lemma == "deny")
        #expect(q?.cueVerb?.verbClass == "negative")
    }
}
