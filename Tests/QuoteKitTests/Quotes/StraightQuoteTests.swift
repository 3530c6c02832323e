import Testing
@testable import QuoteKit

/// Straight " used both to open and to close: context (space before, space after) decides, and an
/// ambiguous mark closes when one is open.
@Suite("Straight quotes")
struct StraightQuoteTests {
    @Test("opening and closing with the same mark", arguments: [
        "\"⟦d:We are ready,⟧\" ⟪d:said⟫ Ms. Lopez.",
        "Ms. Lopez ⟪d:said⟫: \"⟦d:We are ready.⟧\"",
        "\"⟦d1:We will,⟧\" he ⟪d1:said⟫, \"⟦d1:win.⟧\"",
        "He ⟪p:called⟫ ⟦i:it \"⟦p:a disaster for farmers⟧\"⟧ on Monday.",
        "'⟦d:We are ready,⟧' ⟪d:said⟫ Ms. Lopez.",
        "\"⟦d:I can't say, and I won't,⟧\" ⟪d:said⟫ the spokesman.",
        // Straight and curly marks mixed in one quotation.
        "\"⟦d:We are ready,⟧” ⟪d:said⟫ Ms. Lopez.",
    ])
    func bothWays(_ marked: String) {
        QuoteExpectations.check(marked)
    }

    @Test("apostrophes are not quotation marks")
    func apostrophes() {
        QuoteExpectations.check("\"⟦d:The Joneses' farm isn't for sale, and it won't be in the '90s either,⟧\" he ⟪d:said⟫.")
    }
}
