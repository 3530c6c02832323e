import Testing
@testable import QuoteKit

/// Reported content ends at the clause end, not at the first comma: a dash followed by a conjunction
/// continues the statement; a dash aside, a gerund clause or a second report is the writer's.
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
    ])
    func clauseEnd(_ marked: String) {
        QuoteExpectations.check(marked)
    }
}
