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
        // ..., X said. with the cue at the sentence end
        "⟦i:The plant will close by the end of the year⟧, the company ⟪i:said⟫.",
        "⟦i:The plant will close by the end of the year⟧, ⟪i:said⟫ Ana Ruiz, a spokeswoman for the company.",
        // suggested / warned / argued / insisted / denied / claimed / announced that
        "The economist ⟪i:suggested⟫ ⟦i:rates could rise again before winter⟧.",
        "The central bank ⟪i:warned⟫ that ⟦i:inflation would stay high for months⟧.",
        "Her lawyer ⟪i:argued⟫ that ⟦i:the contract had never been valid⟧.",
        "The coach ⟪i:insisted⟫ that ⟦i:his team had played fairly⟧.",
        "The firm ⟪i:denied⟫ that ⟦i:it had broken any export rules⟧.",
        "The group ⟪i:claimed⟫ that ⟦i:the vote had been delayed on purpose⟧.",
        "The ministry ⟪i:announced⟫ that ⟦i:the border would reopen on Monday⟧.",
        // X wrote on Truth Social that ...
        "The president ⟪i:wrote⟫ on Truth Social that ⟦i:the meeting would take place on Friday⟧.",
    ])
    func forms(_ marked: String) {
        QuoteExpectations.check(marked)
    }

    @Test("not reported speech", arguments: [
        "The spokesman refused to say anything more.",
        "He was told to wait outside.",
        "Her remarks drew criticism from both parties.",
        "The Secretary of State arrives on Monday.",
    ])
    func notSpeech(_ text: String) {
        #expect(QuoteExpectations.analyze(text).quotes.isEmpty)
    }

    @Test("every verb form and its class come from the lexicon")
    func verbClass() {
        let q = QuoteExpectations.analyze("The firm denied that it had broken any export rules.").quotes.first
        #expect(q?.cueVerb?.lemma == "deny")
        #expect(q?.cueVerb?.verbClass == "negative")
    }
}
