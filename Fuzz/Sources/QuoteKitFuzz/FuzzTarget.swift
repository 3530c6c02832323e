import CFuzzDriver
import Foundation
@testable import QuoteKit

/// The executable's entry point, under the name SwiftPM links as `main`: runs libFuzzer's driver with
/// ``fuzzOneInput(_:_:)``. (Built outside SwiftPM, libFuzzer's own `main` calls `LLVMFuzzerTestOneInput`.)
@_cdecl("QuoteKitFuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) }
}

/// libFuzzer's entry point: arbitrary bytes through every stage QuoteKit offers.
///
/// - The bytes, decoded as UTF-8 with U+FFFD for bad sequences (as the readers do), go through the whole
///   pipeline (tokens, sentences, quotes, speakers, sentiment and stance), the output schema's writer and
///   a whole-text sentiment score; the result is checked: tokens cover the text without gap or overlap, every
///   range lies inside the text, and the output is valid JSON.
/// - When the bytes look like a JSON object, they are also read as an article JSONL line
///   (`DocumentReader`; its other fields must each be one line of valid JSON, none dropped), a gold line and a prediction line of `quotekit eval`, and evaluated against the
///   pipeline's own output.
/// A broken invariant traps, so libFuzzer reports it with the input that broke it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let text = String(decoding: bytes, as: UTF8.self)
    let analysis = FuzzState.analyzer.analyze(Document(id: "fuzz", text: text))
    check(analysis)
    // Whole-text sentiment, as `quotekit sentiment` scores a text (the pipeline scores quotes only).
    _ = FuzzState.sentiment.score(analysis.text)

    if bytes.first(where: { $0 != 0x20 && $0 != 0x09 }) == UInt8(ascii: "{") {
        if case .document(let document, _) = DocumentReader().article(json: bytes, file: "fuzz", line: 1, fallbackID: "fuzz:1") {
            check(FuzzState.analyzer.analyze(document))
            // The other fields, copied from the line: each one line of valid JSON, and every key of the
            // parsed object that is not an article field is among them.
            for (key, value) in document.fields {
                precondition(!value.contains("\n") && !value.contains("\r"), "field \(key) spans lines: \(value)")
                precondition((try? JSONSerialization.jsonObject(with: Data(value.utf8), options: .fragmentsAllowed)) != nil,
                             "field \(key) is not valid JSON: \(value)")
            }
            if let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] {
                for key in object.keys where !DocumentReader.articleKeys.contains(key) {
                    precondition(document.fields[key] != nil, "field \(key) was dropped")
                }
            }
        }
        var problems: [InputProblem] = []
        var gold: [GoldDocument] = []
        var prediction: PredictionDocument?
        EvaluationReader.readObjects(from: [bytes].makeIterator(), file: "fuzz", problems: &problems) { object, _ throws(EvaluationInputError) in
            if let g = try? GoldDocument(json: object) { gold.append(g) }
            prediction = try? PredictionDocument(json: object)
        }
        for g in gold {
            var evaluator = QuoteEvaluator(errorLimit: 3)
            let own = EvaluationRunner.quotes(for: [g], pipeline: FuzzState.pipeline)
            evaluator.add(g, own[g.id])
            if let prediction { evaluator.add(g, prediction) }
            _ = evaluator.report.json().text()
            _ = evaluator.report.text()
        }
    }
    return 0
}

/// The invariants every analysis must keep.
private func check(_ analysis: DocumentAnalysis) {
    let t = analysis.text
    let n = t.bytes.count
    var at = 0
    for token in t.tokens {
        precondition(token.range.start == at && token.range.end > token.range.start, "tokens leave a gap or overlap at byte \(at)")
        at = token.range.end
    }
    precondition(at == n || n > TextAnalyzer.maximumBytes, "tokens end at byte \(at) of \(n)")
    func inside(_ r: TextRange) -> Bool { 0 <= r.start && r.start <= r.end && r.end <= n }
    for s in t.sentences { precondition(inside(s), "sentence \(s) outside the text (\(n) bytes)") }
    for p in t.paragraphs { precondition(inside(p), "paragraph \(p) outside the text (\(n) bytes)") }
    for q in analysis.quotes {
        precondition(!q.pieces.isEmpty, "a quote without pieces")
        for p in q.pieces { precondition(inside(p), "quote piece \(p) outside the text (\(n) bytes)") }
        if let c = q.cue { precondition(inside(c), "cue \(c) outside the text") }
        if let m = q.speaker?.mention { precondition(inside(m), "speaker mention \(m) outside the text") }
    }
    let json = AnalysisJSON.encode(analysis)
    precondition((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil, "the output schema's writer wrote invalid JSON")
}

/// What every input shares: the lexicons, loaded once, and one analyzer (libFuzzer runs inputs on one thread).
private enum FuzzState {
    nonisolated(unsafe) static let pipeline: Pipeline = {
        let here = URL(fileURLWithPath: #filePath)
        let repository = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let directory = ProcessInfo.processInfo.environment["QUOTEKIT_LEXICONS"].map { URL(fileURLWithPath: $0) }
            ?? repository.appendingPathComponent("Lexicons")
        do { return Pipeline(lexicons: try Lexicons(directory: directory)) } catch { fatalError("lexicons do not load: \(error)") }
    }()
    nonisolated(unsafe) static let analyzer = pipeline.makeAnalyzer()
    nonisolated(unsafe) static let sentiment = SentimentAnalyzer(lexicon: pipeline.lexicons.scoring)
}
