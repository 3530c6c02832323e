import Testing
@testable import QuoteKit

/// Runs the whole pipeline on marked text and renders what it found in the same marked form, so a
/// failing test shows the expected and the found spans side by side.
enum QuoteExpectations {
    /// The pipeline with the repository's lexicons (mentions kept or not).
    static func analyze(_ text: String, keepMentions: Bool = false) -> DocumentAnalysis {
        var options = Pipeline.Options()
        options.keepMentions = keepMentions
        return Pipeline(lexicons: Fixtures.lexicons, options: options).makeAnalyzer()
            .analyze(Document(id: "test", text: text))
    }

    /// The quotes found in `marked.text`, in canonical marked form. A found quote shows its cue only
    /// when the expectation gives a cue for a statement starting at the same place (cues are checked
    /// where the test names them).
    static func found(_ marked: MarkedText, keepMentions: Bool = false) -> String {
        let analysis = analyze(marked.text, keepMentions: keepMentions)
        return render(analysis.quotes, in: marked)
    }

    /// `quotes` rendered over `marked.text` (see ``found(_:keepMentions:)``).
    static func render(_ quotes: [Quote], in marked: MarkedText) -> String {
        let statements = quotes.map { q in
            let wantsCue = marked.statements.contains { $0.range.start == q.range.start && $0.cue != nil }
            return MarkedText.Statement(kind: q.kind, pieces: q.pieces, cue: wantsCue ? q.cue : nil)
        }
        return MarkedText.render(marked.text, statements)
    }

    /// Expects the pipeline to find exactly the statements `marked` describes.
    static func check(_ marked: String, keepMentions: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) {
        let m = MarkedText(marked)
        #expect(found(m, keepMentions: keepMentions) == m.canonical, sourceLocation: sourceLocation)
    }
}
