import Testing
@testable import QuoteKit

/// Quotes in headlines: a first line with a speaker, a colon and single marks, or a quotation alone.
@Suite("Headline quotes")
struct HeadlineQuoteTests {
    @Test("headline quotes", arguments: [
        "Minister: ‘⟦d:We will not sign this deal⟧’\nThe minister spoke on Monday.",
        "‘⟦d:We will not back down⟧’, says union chief\nThe strike enters its third week.",
        "“⟦d:This is our moment⟧”\nThe team won the title on Sunday.",
        "‘⟦d:No deal without a pay rise⟧’ – union chief\nTalks broke down again on Monday.",
    ])
    func headlines(_ marked: String) {
        QuoteExpectations.check(marked)
    }

    /// In a headline in title case a capitalised verb is a verb, not part of a name; inside an ordinary
    /// sentence it is part of one ("the State Department", "the Post Reports desk").
    @Test("reported speech in a title-case headline", arguments: [
        "Former Norland Pollster ⟪i:Says⟫ ⟦i:Ilse Marr Is In Trouble In The Primaries⟧\nThe poll was taken in May.",
        "Tom Hale ⟪i:Says⟫ ⟦i:He Has Already Started Writing His Speech⟧\nHale spoke in Vantor.",
        "The editor of the Post Reports desk left on Monday.",
    ])
    func titleCase(_ marked: String) {
        QuoteExpectations.check(marked)
    }
}
