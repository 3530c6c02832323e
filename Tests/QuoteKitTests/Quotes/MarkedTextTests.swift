import Testing
@testable import QuoteKit

@Suite("Marked text")
struct MarkedTextTests {
    @Test("marks come out of the text; offsets are UTF-8")
    func parses() {
        let m = MarkedText("“⟦d1:We will,⟧” he ⟪d1:said⟫, “⟦d1:win.⟧”")
        #expect(m.text == "“We will,” he said, “win.”")
        #expect(m.statements.count == 1)
        let s = m.statements[0]
        #expect(s.kind == .direct)
        // “ and ” are three bytes each in UTF-8.
        #expect(s.pieces == [TextRange(3, 11), TextRange(27, 31)])
        #expect(s.cue == TextRange(18, 22))
    }

    @Test("unlabelled pieces are separate statements; marks nest")
    func nesting() {
        let m = MarkedText("X ⟪i:said⟫ ⟦i:there is a “⟦p:first mover⟧” edge⟧. “⟦d:Yes.⟧” “⟦d:No.⟧”")
        #expect(m.statements.map(\.kind) == [.indirect, .partial, .direct, .direct])
        #expect(m.statements[0].cue != nil)
        #expect(m.statements[1].cue == nil)
    }

    @Test("rendering gives back the canonical form", arguments: [
        "“⟦d:We will.⟧”",
        "“⟦d1:We will,⟧” he ⟪d1:said⟫, “⟦d1:win.⟧”",
        "X ⟪i1:said⟫ ⟦i1:there is a “⟦p:first mover⟧” edge⟧.",
        "No quotes at all.",
    ])
    func roundTrip(_ marked: String) {
        let m = MarkedText(marked)
        #expect(MarkedText.render(m.text, m.statements) == marked)
        #expect(m.canonical == marked)
    }
}
