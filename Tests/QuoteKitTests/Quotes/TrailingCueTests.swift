import Testing
@testable import QuoteKit

/// The attribution after the content or inside it as a parenthesis (issue 3): verbs that need "that"
/// before their content need none after it; one opening word before the parenthesis is a piece; a
/// coordinated verb of the writer's (", and repeated ...") is no attribution.
@Suite("Trailing cues")
struct TrailingCueTests {
    @Test("attributions after or inside the content", arguments: [
        "⟦i:The tunnel has flooded twice since it opened⟧, the engineer ⟪i:noted⟫.",
        "⟦i1:The tunnel has flooded twice⟧, the engineer ⟪i1:added⟫, ⟦i1:and nobody has paid for the repairs⟧.",
        "⟦i1:Still⟧, she ⟪i1:said⟫, ⟦i1:the committee has to choose a site by June⟧.",
        // A base form after a plural subject is the present: "analysts say", "they say".
        "⟦i:The truce will hold through the summer⟧, analysts ⟪i:say⟫.",
        "⟦i1:It is an investment⟧, they ⟪i1:say⟫, ⟦i1:that would be repaid in three years⟧.",
        // A participle after the parenthesis is the writer's.
        "⟦i:Sales were strong this spring⟧, he ⟪i:said⟫, wiping his brow.",
        // After an inverted verb: a description of the speaker, with their name or a relative clause.
        "⟦i:He also had a say in the investments in Vantor⟧, ⟪i:said⟫ a former spokesman for the embassy.",
        "⟦i:The plant is under pressure from imports⟧, ⟪i:said⟫ the company's chief executive, Tom Hale.",
        "⟦i:Profits fell sharply in May⟧, ⟪i:said⟫ the company, which makes brakes.",
        // A long apposition whose relative clause opens among its first words.
        "⟦i:That will be true up to a point⟧, ⟪i:said⟫ Tom Hale, a Vantor University graduate whose drive has pushed slower reporters off the beat.",
    ])
    func attributions(_ marked: String) {
        QuoteExpectations.check(marked)
    }

    @Test("not attributions", arguments: [
        // The sentence's own verb after a comma, with no subject of its own.
        "The clerk, who had waited all morning at the counter, continued her work.",
        // A verb coordinated with the writer's earlier clause.
        "She poured the tea, looked at the garden, and repeated her question.",
        // An -s form after a noun is a plural noun, not a present-tense attribution.
        "The agenda: the budget, the new bridge projects, and whether the council keeps its promise.",
        // A base form after an auxiliary, a negator or "to" is no present-tense attribution.
        "What the plant would cost, she could not tell.",
        "The town was small, and the mayor might agree.",
    ])
    func notAttributions(_ text: String) {
        #expect(QuoteExpectations.analyze(text).quotes.isEmpty)
    }

    @Test("after its subject, a verb followed by content is no trailing attribution of the words before the comma", arguments: [
        "⟦i:Prices will rise⟧, the minister ⟪i:said⟫ on Monday.",
        "⟦i:Prices will rise⟧, the minister ⟪i:said⟫ quietly.",
    ])
    func trailingWithAdjuncts(_ marked: String) {
        QuoteExpectations.check(marked)
    }

    @Test("an opening phrase is not reported content", arguments: [
        "In a later post on the forum, the mayor said the vote stands.",
        "Asked about the delay at the plant, the mayor said costs grew.",
    ])
    func openingPhrase(_ text: String) {
        let a = QuoteExpectations.analyze(text)
        #expect(!a.quotes.contains { a.text.string($0.range).hasPrefix("In a later") || a.text.string($0.range).hasPrefix("Asked") },
                "\(a.quotes.map { a.text.string($0.range) })")
    }
}
