import Testing
@testable import QuoteKit

/// Reported content ends at the clause end, not at the first comma: a dash followed by a conjunction
/// continues the statement; a dash aside, a gerund clause, a second report, a semicolon, a contrast, a
/// source phrase or a description running to the sentence's end is the writer's.
@Suite("Clause end")
struct ClauseEndTests {
    @Test("where the content ends", arguments: [
        // A dash and a conjunction: still the statement.
        "The minister ⟪i:had said⟫ Monday that ⟦i:her country would not rush into an agreement – and did not intend to give up its farm support⟧.",
        // A comma inside the clause does not end it.
        "The minister ⟪i:said⟫ ⟦i:the talks, which began in May, would end soon⟧.",
        // A dash aside is the writer's.
        "The president ⟪i:said⟫ ⟦i:the delegation will arrive in Geneva on Monday⟧ — making it the first group to test the new rules.",
        // A gerund after a comma is the writer's.
        "The company ⟪i:said⟫ ⟦i:profits fell in the spring⟧, noting a drop in exports.",
        // A second report is a statement of its own.
        "The mayor ⟪i1:said⟫ ⟦i1:the budget is balanced⟧ and ⟪i2:added⟫ that ⟦i2:taxes will not rise⟧.",
        // ... and so is one whose subject stands between a comma and conjunction and its verb.
        "Two-thirds of voters ⟪i1:said⟫ ⟦i1:the economy was getting worse⟧, and more than half of them ⟪i2:said⟫ ⟦i2:prices were the main worry⟧.",
        "Ms. Oduya ⟪i1:said⟫ ⟦i1:the levy would stay⟧, but her deputy ⟪i2:told⟫ reporters ⟦i2:it could be cut in the autumn⟧.",
        // ... and one whose subject follows the conjunction without a comma.
        "Ms. Oduya ⟪i1:said⟫ ⟦i1:the levy would stay⟧ and she ⟪i2:accused⟫ ⟦i2:Vantor of dumping steel⟧.",
        "Mr. Brandt ⟪i1:said⟫ ⟦i1:the plan was sound⟧ and Ilse Marr ⟪i2:said⟫ ⟦i2:it would fail by spring⟧.",
        // A subject joined to the content's first is one clause.
        "Mr. Brandt ⟪i:said⟫ ⟦i:he and Ilse Marr had agreed to continue the talks⟧.",
        // Without the comma, "and he ..." and a belief verb go on with the speaker's own words.
        "Mr. Brandt ⟪i:said⟫ ⟦i:the count was complex and he feels he can win the second round⟧.",
        // A semicolon closes the reported clause, unless one more "that" clause follows.
        "The minister ⟪i:said⟫ ⟦i:exports would recover by spring⟧; rivals were less hopeful.",
        "The minister ⟪i:said⟫ that ⟦i:exports would recover by spring; that farm prices would hold; and that no new duties were planned⟧.",
        // A contrast after a comma is the writer's, unless a comma closes it at once (a concession).
        "The minister ⟪i:said⟫ ⟦i:exports would recover by spring⟧, while most economists were less hopeful.",
        "In the poll, 41 percent ⟪i1:said⟫ ⟦i1:they wanted an outsider⟧, compared with four in 10 who ⟪i2:said⟫ ⟦i2:they preferred experience⟧.",
        "The minister ⟪i:said⟫ ⟦i:the dispute, while costly, had been settled fairly⟧.",
        // A relative clause or an indefinite noun phrase that runs to the sentence's end glosses what the
        // content named; closed by a comma, it is inside the content (above: "which began in May").
        "The minister ⟪i:said⟫ ⟦i:the duties would hurt Vantor⟧, which buys a third of the region's grain.",
        "The senator ⟪i:said⟫ ⟦i:the bill would cut the levy on fuel⟧, a promise her party made in 2019.",
        "The senator ⟪i:said⟫ ⟦i:the vote would go to Ilse Marr, who leads the count⟧ — a claim her rivals dispute.",
        // A source phrase after a comma is the writer's attribution.
        "The minister ⟪i:said⟫ ⟦i:exports would recover by spring⟧, according to a transcript seen by reporters.",
    ])
    func clauseEnd(_ marked: String) {
        QuoteExpectations.check(marked)
    }
}
