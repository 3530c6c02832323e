import Foundation

/// One line of a prediction file: a document id and its predicted quotes, as `quotekit extract` writes
/// them and `../shared/eval/score_quotes.py` reads them; or, for sentiment gold, a document id and a score
/// in [-1, 1], as `quotekit sentiment` writes it.
public struct PredictionDocument: Sendable {
    /// The gold document's id.
    public let id: String
    /// The predicted quotes (empty for a sentiment prediction).
    let quotes: [PredictedQuote]
    /// The sentiment score, when the line has one.
    let score: Double?

    /// The number of predicted quotes.
    public var quoteCount: Int { quotes.count }

    /// Parses one decoded JSON line; the error's description is the reason, without file and line.
    init(json: [String: Any]) throws(EvaluationInputError) {
        guard let id = JSONField.id(json["id"]) else { throw EvaluationInputError("no \"id\" (a string or a number)") }
        self.id = id
        if let s = json["score"], json["quotes"] == nil {
            guard let value = JSONField.number(s), !JSONField.isBool(s), value.isFinite else {
                throw EvaluationInputError("\"score\" is not a finite number")
            }
            score = value
            quotes = []
            return
        }
        score = nil
        guard let list = json["quotes"] as? [Any] else { throw EvaluationInputError("no \"quotes\" array (nor a sentiment \"score\")") }
        var quotes: [PredictedQuote] = []
        for (n, value) in list.enumerated() {
            guard let q = value as? [String: Any] else { throw EvaluationInputError("quote \(n + 1) is not an object") }
            quotes.append(try PredictedQuote(json: q, number: n + 1))
        }
        self.quotes = quotes
    }
}

extension PredictionDocument {
    /// A sentiment prediction.
    init(id: String, score: Double) {
        self.id = id
        self.score = score
        quotes = []
    }
}
