import Foundation

/// Runs QuoteKit on the texts of gold documents, for `quotekit eval --run`: what `quotekit extract` would
/// write for each text, read back as predictions, so that `eval --run` scores exactly what
/// `quotekit extract GOLD | quotekit eval --gold GOLD --pred -` scores (with any field the output schema gains,
/// such as stance, picked up without change here).
public enum EvaluationRunner {
    /// Quote predictions for `documents` by id, analysed on `jobs` threads (one analyzer each).
    public static func quotes(for documents: [GoldDocument], pipeline: Pipeline, jobs: Int = 1) -> [String: PredictionDocument] {
        let lines = parallelMap(documents, jobs: jobs, makeWorker: { pipeline.makeAnalyzer() }) { analyzer, gold in
            AnalysisJSON.encode(analyzer.analyze(gold.document))
        }
        var out: [String: PredictionDocument] = [:]
        for (gold, line) in zip(documents, lines) {
            // The output schema always parses; a failure here is a bug in the writer, reported as no prediction.
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let prediction = try? PredictionDocument(json: object) else { continue }
            out[gold.id] = prediction
        }
        return out
    }

    /// Sentiment predictions for `documents` by id: the compound score as `quotekit sentiment` writes it
    /// (rounded to 4 places), so that `eval --run` and `quotekit sentiment | eval --pred -` agree exactly.
    public static func sentiment(for documents: [GoldDocument], lexicons: Lexicons, jobs: Int = 1) -> [String: PredictionDocument] {
        let scoring = lexicons.scoring
        let scores = parallelMap(documents, jobs: jobs, makeWorker: { (TextAnalyzer(lexicon: lexicons.text), SentimentAnalyzer(lexicon: scoring)) }) { worker, gold in
            (worker.1.score(worker.0.analyze(gold.text)).compound * 10_000).rounded() / 10_000
        }
        var out: [String: PredictionDocument] = [:]
        for (gold, score) in zip(documents, scores) { out[gold.id] = PredictionDocument(id: gold.id, score: score) }
        return out
    }

    /// `transform` over `items` on `jobs` threads, each with its own worker (analyzers are not thread-safe),
    /// results in input order.
    static func parallelMap<Item: Sendable, Worker, Result>(_ items: [Item], jobs: Int, makeWorker: @escaping @Sendable () -> Worker,
                                                           _ transform: @escaping @Sendable (Worker, Item) -> Result) -> [Result] {
        let jobs = max(1, min(jobs, items.count))
        if jobs == 1 {
            let worker = makeWorker()
            return items.map { transform(worker, $0) }
        }
        let results = ResultSlots<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: jobs) { job in
            let worker = makeWorker()
            // Strided, so that long documents early in a file spread over the threads.
            for i in stride(from: job, to: items.count, by: jobs) { results.set(i, transform(worker, items[i])) }
        }
        return results.values
    }
}

/// Slots written by several threads, one slot each, read after they have all finished.
private final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: Value) { lock.lock(); slots[i] = value; lock.unlock() }

    var values: [Value] { slots.map { $0! } }
}
