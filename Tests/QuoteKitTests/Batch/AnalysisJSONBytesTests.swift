import Testing
@testable import QuoteKit

@Suite("Output: the analysis JSON as bytes")
struct AnalysisJSONBytesTests {
    @Test("the bytes the extract command writes are the UTF-8 of the encoded line")
    func sameBytes() {
        let text = "“We will not wait,” said Élodie Durand, the mayor. “Prices are up 5%—again.” 😡\n\nShe said the plan was “unfair”."
        let analysis = Pipeline(lexicons: Fixtures.lexicons).makeAnalyzer().analyze(Document(id: "d1", text: text, title: "Tâche"))
        #expect(!analysis.quotes.isEmpty)
        #expect(AnalysisJSON.utf8(analysis) == Array(AnalysisJSON.encode(analysis).utf8))
    }
}
