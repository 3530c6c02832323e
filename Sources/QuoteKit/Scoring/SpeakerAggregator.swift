/// Per-speaker sentiment and stance across a corpus, with 95% confidence intervals, and by month
/// when documents have dates. Feed it documents one at a time (it keeps sums, not documents).
///
/// A speaker is one registry id across the corpus; a speaker discovered in a document (`doc:` ids) is
/// one name across the corpus.
public struct SpeakerAggregator: Sendable {
    /// Running sums for one value: enough for a mean and its interval.
    public struct Accumulator: Sendable {
        /// How many values.
        public private(set) var count = 0
        private var sum = 0.0
        private var sumSquares = 0.0

        mutating func add(_ x: Double) {
            count += 1
            sum += x
            sumSquares += x * x
        }

        /// The mean (0 when empty).
        public var mean: Double { count > 0 ? sum / Double(count) : 0 }

        /// The 95% confidence interval of the mean (Student's t), or nil for fewer than two values.
        /// Scores live in [-1, 1], so the interval is clipped to it.
        public var interval: (low: Double, high: Double)? {
            guard count > 1 else { return nil }
            let n = Double(count)
            let variance = max(0, (sumSquares - sum * sum / n) / (n - 1))
            let half = Self.t975(degreesOfFreedom: count - 1) * (variance / n).squareRoot()
            return (max(-1, mean - half), min(1, mean + half))
        }

        /// The 0.975 quantile of Student's t distribution (standard tables), 1.96 past 30 degrees.
        static func t975(degreesOfFreedom df: Int) -> Double {
            let table: [Double] = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
                                   2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
                                   2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042]
            return df >= 1 && df <= table.count ? table[df - 1] : 1.96
        }
    }

    /// One speaker's figures (overall, or for one period).
    public struct Figures: Sendable {
        /// Quotes attributed.
        public var quotes = 0
        /// Sentiment (compound) of those quotes.
        public var sentiment = Accumulator()
        /// Stance score per target.
        public var stance: [String: Accumulator] = [:]
        /// Labels per target: favor, against, none.
        public var labels: [String: [StanceLabel: Int]] = [:]

        mutating func add(_ q: Quote) {
            quotes += 1
            if let s = q.sentiment { sentiment.add(s.compound) }
            if let st = q.stance {
                stance[st.target, default: Accumulator()].add(st.score)
                labels[st.target, default: [:]][st.label, default: 0] += 1
            }
        }
    }

    /// One speaker across the corpus.
    public struct Speaker: Sendable {
        /// Registry id, or the discovered name's key.
        public let key: String
        /// Canonical name.
        public let name: String
        /// "person", "organisation" or "document" (a report, a poll, a letter).
        public let kind: String
        /// Documents quoting the speaker.
        public var documents = 0
        /// Figures over every quote.
        public var overall = Figures()
        /// Figures by period ("2025-04"), for documents with a date.
        public var byPeriod: [String: Figures] = [:]
        /// First and last dates quoted.
        public var firstDate: String?
        public var lastDate: String?
    }

    private var speakers: [String: Speaker] = [:]

    /// An empty aggregation.
    public init() {}

    /// Adds one analysed document.
    public mutating func add(_ analysis: DocumentAnalysis) {
        let period = analysis.document.date.flatMap { $0.count >= 7 ? String($0.prefix(7)) : nil }
        var seen: Set<String> = []
        for q in analysis.quotes {
            // (A partial quote inside the speaker's statement is part of it: counted once.)
            guard let sp = q.speaker, let id = sp.id, q.within == nil else { continue }
            let key = id.hasPrefix("doc:") ? "name:" + Normalizer.key(sp.name) : id
            let kind = analysis.speakers.first { $0.id == id }?.kind ?? "person"
            var s = speakers[key] ?? Speaker(key: key, name: sp.name, kind: kind)
            s.overall.add(q)
            if let period { s.byPeriod[period, default: Figures()].add(q) }
            if let d = analysis.document.date {
                if s.firstDate == nil || d < s.firstDate! { s.firstDate = d }
                if s.lastDate == nil || d > s.lastDate! { s.lastDate = d }
            }
            if !seen.contains(key) { s.documents += 1; seen.insert(key) }
            speakers[key] = s
        }
    }

    /// Every speaker, most quoted first (then by name).
    public var result: [Speaker] {
        speakers.values.sorted { ($0.overall.quotes, $1.name) > ($1.overall.quotes, $0.name) }
    }
}
