import Foundation
import Testing
@testable import QuoteKit

/// The pieces of the evaluator, each against what `../shared/eval/score_quotes.py` does (expected values
/// computed with Python 3.11 and written here, so these run without it).
@Suite("Evaluation: matching, name words, aliases, rounding, reading")
struct EvaluationUnitTests {
    @Test("name words as the reference's words()", arguments: [
        ("Treasury Secretary Scott Bessent", ["bessent", "scott", "treasury"]),
        ("the Trump’s team", ["team", "trump"]),
        ("Jean-Luc Picard", ["jean-luc", "picard"]),
        ("-x a b- -- o’neil", ["b-", "neil"]),
        ("O'Sullivan's aide", ["aide", "oullivan"]),          // every 's goes, as str.replace does
        ("İstanbul", ["stanbul"]),                             // lower() makes i + U+0307: "i" alone is too short
        ("Mr. and Mrs. Bennet, who said", ["bennet"]),
        ("''ss", []),
        ("Zoë Ñúñez", ["ez", "zo"]),                           // ASCII letters only
    ])
    func nameWords(text: String, expected: [String]) {
        #expect(NameWords.of(text).sorted() == expected)
    }

    @Test("figures round as Python's round(x, 4)", arguments: [
        (0.00005, 0.0001), (1.00005, 1.0001), (0.12345, 0.1235), (0.56785, 0.5678), (0.99995, 1.0),
        (0.33335, 0.3333), (2.0 / 3.0, 0.6667), (5.0 / 6.0, 0.8333), (0.00015, 0.0001), (0.10005, 0.1001),
    ])
    func rounding(x: Double, expected: Double) {
        #expect(EvaluationJSON.rounded(x) == .number(expected))
    }

    @Test("rounded figures print as Python's repr")
    func printing() {
        let j = EvaluationJSON.object([("a", .rounded(1.0)), ("b", .rounded(0)), ("c", .rounded(0.5)), ("d", .int(3)), ("e", .rounded(.nan))])
        #expect(j.text(indent: nil) == #"{"a":1.0,"b":0.0,"c":0.5,"d":3,"e":null}"#)
        #expect(j.value(at: "c")?.number == 0.5)
        #expect(j.value(at: "c.x") == nil)
    }

    @Test("character aliases: whole alias, unique last word, ambiguity")
    func aliases() {
        let a = CharacterAliases([.init(name: "Margaret Hale", aliases: ["Margaret", "Miss Hale"]),
                                  .init(name: "Mr. Hale", aliases: ["Papa"]),
                                  .init(name: "John Thornton", aliases: ["Mr. Thornton"])])
        #expect(a.resolve("  margaret ") == "Margaret Hale")
        #expect(a.resolve("Papa") == "Mr. Hale")
        #expect(a.resolve("Hale") == nil)                      // two Hales
        #expect(a.resolve("Miss Hale") == "Margaret Hale")     // a whole alias wins over the last word
        #expect(a.resolve("young Thornton") == "John Thornton")
        #expect(a.resolve("Mr.") == nil)
        #expect(a.resolve("") == nil)
    }

    /// Spans written as marked text: `[` and `]` around each gold span, `{` `}` around each prediction.
    static func spans(_ marked: String) -> (gold: [ScalarSpan], predictions: [ScalarSpan]) {
        var gold: [ScalarSpan] = [], pred: [ScalarSpan] = []
        var openGold = 0, openPred = 0, at = 0
        for c in marked {
            switch c {
            case "[": openGold = at
            case "]": gold.append(ScalarSpan(start: openGold, end: at))
            case "{": openPred = at
            case "}": pred.append(ScalarSpan(start: openPred, end: at))
            default: at += 1
            }
        }
        return (gold, pred)
    }

    @Test("overlap must cover half of each side", arguments: [
        ("[ab{cd]ef}", 1),          // 2 of 4 and 2 of 4: exactly half of each is enough
        ("[abcd{ef]gh}", 0),        // 2 of 6 of the gold
        ("[abcd{e]fgh}", 0),        // 1 of 5
        ("{a[bcdefgh]}", 1),        // the gold inside a slightly longer prediction
        ("{ab[cd]ef}", 0),          // all of the gold, but 2 of 6 of the prediction
        ("{abc[d]}", 0),
    ])
    func halfRule(marked: String, matches: Int) {
        let (gold, preds) = Self.spans(marked)
        let text = ScalarText(String(repeating: "x", count: 20))
        let quotes = preds.map { PredictedQuote.whole($0) }
        let pairs = QuoteMatcher.match(gold: gold, units: QuoteMatcher.units(of: quotes, spans: preds, in: text))
        #expect(pairs.count == matches)
    }

    @Test("a prediction in pieces matches one gold item whole, or several by distinct pieces")
    func pieces() {
        let text = ScalarText(String(repeating: "x", count: 40))
        // Gold: two items 0..<10 and 20..<30; prediction 0..<30 with those two pieces.
        var q = PredictedQuote.whole(ScalarSpan(start: 0, end: 30))
        q.pieces = [ScalarSpan(start: 0, end: 10), ScalarSpan(start: 20, end: 30)]
        let units = QuoteMatcher.units(of: [q], spans: [ScalarSpan(start: 0, end: 30)], in: text)
        #expect(units.count == 3)
        let two = QuoteMatcher.match(gold: [ScalarSpan(start: 0, end: 10), ScalarSpan(start: 20, end: 30)], units: units)
        #expect(two.map(\.gold).sorted() == [0, 1])
        // One gold item covering the whole: the whole span matches, and then no piece may.
        let one = QuoteMatcher.match(gold: [ScalarSpan(start: 0, end: 30), ScalarSpan(start: 0, end: 10)], units: units)
        #expect(one.count == 1 && one[0].gold == 0)
    }

    @Test("counted predictions: a partial inside an indirect quote counts with it")
    func grouping() {
        let spans = [ScalarSpan(start: 0, end: 50), ScalarSpan(start: 10, end: 20), ScalarSpan(start: 60, end: 70)]
        let kinds = ["indirect", "partial", "partial"]
        #expect(QuoteMatcher.countedPredictions(kinds: kinds, spans: spans, hits: [0, 0, 0]) == 2)   // group of two, one alone
        #expect(QuoteMatcher.countedPredictions(kinds: kinds, spans: spans, hits: [1, 1, 0]) == 3)   // two matches in the group
        #expect(QuoteMatcher.countedPredictions(kinds: ["direct", "partial"], spans: Array(spans.prefix(2)), hits: [0, 0]) == 2)
    }

    @Test("trimming ignores quotation marks, white space and edge punctuation")
    func trimming() {
        let t = ScalarText("  “«Hello, world!»” — ")
        #expect(t.trim(0, t.count) == ScalarSpan(start: 4, end: 16))
        #expect(t.trim(5, 3) == ScalarSpan(start: 5, end: 3))      // reversed: kept, never matches
        #expect(t.trim(-4, 900) == ScalarSpan(start: 4, end: 16))  // clamped
    }

    @Test("a U+FEFF after an escape keeps its offset (Foundation's JSON parser would drop it)")
    func byteOrderMarkInText() throws {
        let file = try EvaluationFixtures.temporaryFile([#"{"id": "b", "text": "Intro.\n\#u{FEFF}“Prices will rise,” said Ann.", "quotes": [{"start": 9, "end": 26}]}"#])
        let (documents, problems) = EvaluationReader.gold(file)
        #expect(problems.isEmpty)
        let text = try #require(documents.first?.text)
        #expect(text.unicodeScalars.count == 37)   // 7 + U+FEFF + 29
        #expect(ScalarText(text).string(9, 26) == "Prices will rise,")
        #expect(EvaluationReader.escapingByteOrderMarks([0xEF, 0xBB, 0xBF, 0x41], first: true) == [0x41])
        #expect(EvaluationReader.escapingByteOrderMarks([0x41, 0xEF, 0xBB, 0xBF], first: false) == Array(#"A\ufeff"#.utf8))
    }

    @Test("stance signs as pred_stance", arguments: [
        (#"{"label": "FAVOR"}"#, 1), (#"{"label": "oppose", "score": 0.9}"#, -1), (#"{"label": "none", "score": 0.9}"#, 0),
        (#"{"label": null, "score": 0.9}"#, 0), (#"{"score": -0.2}"#, -1), (#"{"label": "", "score": 0.3}"#, 1),
        (#"[{"label": "against"}, {"label": "favor"}]"#, -1), ("[]", 0), (#""favor""#, 0), ("null", 0),
    ])
    func stance(json: String, expected: Int) throws {
        let value = try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
        #expect(PredictedQuote.stanceSign(value is NSNull ? nil : value) == expected)
    }
}

extension PredictedQuote {
    /// A direct quote over `span` with no speaker, for matcher tests.
    static func whole(_ span: ScalarSpan) -> PredictedQuote {
        // swiftlint:disable:next force_try
        try! PredictedQuote(json: ["start": span.start, "end": span.end, "kind": "direct"], number: 1)
    }
}
