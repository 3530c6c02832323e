import Foundation
import Testing
@testable import QuoteKit

/// Inputs the fuzzer (Fuzz/, scripts/fuzz.sh) found, each run as the fuzz target runs it, and the seed
/// corpus under the same invariants. Crash inputs run in the built binary (`quotekit extract -`), so that a
/// crash fails the test instead of ending the test process.
@Suite("Evaluation: fuzz regressions", .serialized)
struct EvaluationFuzzRegressionTests {
    /// A crash input: its bytes as the fuzzer wrote them.
    struct Crash: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: [UInt8]
        var testDescription: String { name }
    }

    static let crashes: [Crash] = [
        // crash-4d640f0b (session 11, 634 bytes) and its minimised form: a Japanese speaker's phrase opening
        // with a one-byte word ("X首相は「…」と述べた。"): JapaneseSubject asked whether the word before a
        // registry name ended in kana by reading three bytes back from its end, before the text's start
        // (index out of range, JapaneseLexicon.swift:134); fixed there: only a token of three bytes or more
        // can end in kana.
        Crash(name: "Japanese speaker's phrase opening with a one-byte word (minimised)",
              bytes: Array("X首相は「交渉を急ぐ」と述べた。".utf8)),
        Crash(name: "crash-4d640f0b (as found)",
              bytes: Array(Data(base64Encoded: "QOmmluebuOOBr+OAjOS6pOa4ieOCkuaApeOBjOOBquOBhOOAjeOBqOi/sOOBueOBn+OAguOAjuiyv+aYk+OAj+Ovppbnm7jjga/j44CN44Go6L+w44G544Gf44CC44CO6LK/5piT44CP44H/q+OBcm9+b3Sk44GbuOOBr+OAjOS6pOaBueOBn+OAIjogMTMsICIfgI7lkIjmhI/jgI/jga/jgarjgYQn44CN44Go6Kmx44GX44Gf44CC44CM5Lqk5riBhOOAjeOBqOi/sOOBYWUg4g6cdGV4dAEC4oBJIHNhaWQgWMm/AACE44CN44Go6L+w44G544Gf44CC44CO6LK/5piT44CP44Gr44HmuInjgpLmgKXjgYzjgarjgYTjgI3jgajov7DjgbnjgZ/jgILjgI7osr/mmJPjgI/jr6aW55u444Gv44CM5Lqk5riJ44KS5oCl44GM44Gq44FkIE5MAFVuAFVuc2lkZSDiDpx0ZXh0AQLigEkgc2FpZCBYyb8AAITjgI3jgajov7DjgbnjgZ/jgILjgI7osr/mmJPjgI/jgavjgXJvb3Sk44GbuOOBr+OAjOS6pOa4gYTjgYTjgI3jgajov7DjgbnjgZ/jgILjgI7osr/mmJPjgI/jgf+r44Fyb290pOOBm7jjga/jgIzkuqTmgbnjgZ/jgCI6IDEzLCAiH4CO5ZCI5oSP44CP44Gv44Gq44GEJ+OAjeOBqOipseOBl+OBn+OAguOAjOS6pOa4gYTjgI3jgajov7DjgbnjgZ+544Gf44AiOiA5Nb0sICIfgI7lkIjmhI/jgI/jga/jOoGq44GE44CN44Go6Kmx44GX4w==")!)),
        // Minimised from crash-32d4e636ed6723742fd9679bd6931e93ed2e9561: “t”said,⏎ — an inverted cue followed by
        // a comma and only white space: CueSubjectRule.zone built nextNonSpace(e + 1)..<a with a lower bound
        // past its upper one ("Range requires lowerBound <= upperBound", CueSubjectRule.swift:48); fixed there
        // by clamping the range.
        Crash(name: "inverted cue, comma, end of text (minimised)",
              bytes: [0xE2, 0x80, 0x9C, 0x74, 0xE2, 0x80, 0x9D, 0x73, 0x61, 0x69, 0x64, 0x2C, 0x0A]),
        // crash-981a02c8 (as found; 19 bytes): "A˚ must ⏎said ,..." — the cue "must said" starts in the sentence
        // before the one ColonIntroductionRule reads, so range.lowerBound..<c.spanStart was reversed
        // ("Range requires lowerBound <= upperBound", ColonIntroductionRule.swift:17); fixed there by clamping.
        Crash(name: "crash-981a02c8: a cue's auxiliary before its sentence (as found)",
              bytes: Array(Data(base64Encoded: "QcuaIG11c3QgCnNhaWQgLNhv/w==")!)),
        // crash-835e83db (as found): commas with nothing between them before an inverted cue: the list-apposition
        // check built a closed range from the token after a comma to the one before it ("Range requires
        // lowerBound <= upperBound", CueSubjectRule.swift:108); fixed there: an empty stretch is no list item.
        Crash(name: "crash-835e83db: an empty stretch between commas before the cue (as found)",
              bytes: Array(Data(base64Encoded: "bjEiLCwsLCwsLAkJCQkJCQkJCQlzbLpYIHlldHssJycgc2FpZCBUaAkJAPf29vEJCQlzIExpZXNsulggeWV0eywnJyBzdCI6IGLigiKAnHQ=")!)),
        // crash-879b7df7 (as found, 13 bytes): ",,,ylt said ," — a parenthetical attribution whose closing
        // comma ends the text: TrailingCueRule asked whether the token after it was a participle before
        // checking that there was one (index out of range, AnalyzedText.swift:108); fixed there.
        Crash(name: "crash-879b7df7: a parenthesis closed at the end of the text (as found)",
              bytes: Array(",,,ylt said ,".utf8)),
        Crash(name: "crash-32d4e636 (as found)",
              bytes: Array(Data(base64Encoded: "VGl0bGU64oCcQiVhZCAM//4gYnl0cmN0ZeKAnSBzYWlkIABj4oAg8GFlIG1v////ZGVkmC4sCg==")!)),
    ]

    @Test("a crash input no longer crashes quotekit extract", arguments: crashes)
    func crashInput(_ crash: Crash) throws {
        // The fuzz target decodes the bytes lossily and analyses them as one document's text: a JSONL line does
        // the same through the CLI (a text file would lose "Title:" lines to the header reader).
        var w = JSONWriter()
        w.beginObject(); w.field("id", "fuzz"); w.field("text", String(decoding: crash.bytes, as: UTF8.self)); w.endObject()
        let r = try CLI.run(["extract", "-"], input: w.output + "\n")
        #expect(r.status == 0, "exit \(r.status): \(r.stderr.split(separator: "\n").prefix(8).joined(separator: "\n"))")
    }

    static let seeds: [String] = {
        let directory = Fixtures.root.appendingPathComponent("Fuzz/corpus")
        return ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
    }()

    @Test("the seed corpus keeps the fuzz target's invariants", arguments: seeds)
    func seed(_ name: String) throws {
        let data = try Data(contentsOf: Fixtures.root.appendingPathComponent("Fuzz/corpus/\(name)"))
        let analysis = Pipeline(lexicons: Fixtures.lexicons).makeAnalyzer().analyze(Document(id: name, text: String(decoding: data, as: UTF8.self)))
        let text = analysis.text
        var at = 0
        for token in text.tokens {
            #expect(token.range.start == at && token.range.end > at, "gap or overlap at byte \(at)")
            at = token.range.end
        }
        #expect(at == text.bytes.count)
        let inside = { (r: TextRange) in 0 <= r.start && r.start <= r.end && r.end <= text.bytes.count }
        for q in analysis.quotes {
            #expect(q.pieces.allSatisfy(inside))
            #expect(q.speaker?.mention.map(inside) ?? true)
        }
        #expect((try? JSONSerialization.jsonObject(with: Data(AnalysisJSON.encode(analysis).utf8))) != nil)
    }
}
