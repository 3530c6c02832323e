import Testing
@testable import QuoteKit

/// A partial quote inside a statement of the same speaker is part of that statement: it points to it
/// (`within`), and the speaker's count of statements takes it once.
@Suite("Speakers: partial quotes held by a statement")
struct HeldPartialTests {
    static func analyse(_ text: String) -> DocumentAnalysis {
        Pipeline(lexicons: Fixtures.lexicons).makeAnalyzer().analyze(Document(id: "t", text: text))
    }

    @Test("inside its speaker's statement: held; on its own or inside another's: not")
    func held() throws {
        let a = Self.analyse("Ms. Park said the talks were “productive” and would go on. Senator Hale called the levy “a gift to importers”.")
        let partials = a.quotes.indices.filter { a.quotes[$0].kind == .partial }
        #expect(partials.count == 2)
        for p in partials {
            let s = try #require(a.quotes[p].within)
            #expect(a.quotes[s].kind == .indirect)
            #expect(a.quotes[s].speaker?.id == a.quotes[p].speaker?.id)
            #expect(a.quotes[s].range.start <= a.quotes[p].range.start && a.quotes[p].range.end <= a.quotes[s].range.end)
        }
        // Two statements each, not three.
        #expect(a.speakers.first { $0.name == "Tom Hale" || $0.name == "Hale" }?.quotes == 1)
        #expect(a.speakers.first { $0.name.hasSuffix("Park") }?.quotes == 1)

        let alone = Self.analyse("The minister used the word “reckless” twice in a speech, aides said.")
        #expect(alone.quotes.allSatisfy { $0.within == nil })
    }

    @Test("after a belief verb inside a statement: the statement's cue and speaker; after a speech verb there: its own")
    func beliefInsideStatement() throws {
        let a = Self.analyse("Ms. Park, who meets the envoy next week, has said allies with large surpluses should expect “tough but fair” conversations.")
        let p = try #require(a.quotes.firstIndex { $0.kind == .partial })
        #expect(a.quotes[p].cueVerb?.lemma == "say")
        #expect(a.quotes[p].speaker?.method == CueSubjectRule.method)
        #expect(a.quotes[p].speaker?.name.hasSuffix("Park") == true)
        #expect(a.quotes[p].within != nil)

        let told = Self.analyse("Ms. Park said the envoy had called the levy “a gift to importers” in private.")
        let q = try #require(told.quotes.first { $0.kind == .partial })
        #expect(q.cueVerb?.lemma == "call")
    }

    @Test("the JSON output names the holding statement")
    func json() throws {
        let a = Self.analyse("Ms. Park said the talks were “productive” and would go on.")
        let line = String(decoding: AnalysisJSON.utf8(a), as: UTF8.self)
        #expect(line.contains("\"within\":\"q1\""))
    }

    @Test("per-speaker figures count the statement once")
    func aggregate() {
        var agg = SpeakerAggregator()
        agg.add(Self.analyse("Ms. Park said the talks were “productive” and would go on."))
        #expect(agg.result.first?.overall.quotes == 1)
    }
}
