/// Everything a batch run writes for one input item (a document or a problem), prepared on a worker
/// thread so that the single writer only appends bytes and binds values. Offsets are Unicode scalars
/// into the document text, as in the output schema.
struct BatchRecord: Sendable {
    /// What became of the input.
    enum Status: String, Sendable { case processed, skipped, failed }

    /// The input unit (a JSONL line or a file) the item came from, by position in the input order.
    var unit: Int
    /// The item's index within its unit (a JSON array file holds several; otherwise 0).
    var item: Int
    /// The document id, when the input gave or implied one.
    var id: String?
    /// The input file (`-` for standard input).
    var file: String
    /// The 1-based JSONL line, or 0 for a whole file.
    var line: Int
    var status: Status
    /// Why the input was skipped or failed.
    var reason: String?
    var title: String?
    var date: String?
    var source: String?
    var url: String?
    /// The input's other fields as one JSON object (``Document/fields``), nil when there are none.
    var fields: String?
    /// The text's length in Unicode scalars.
    var characters = 0
    /// Warnings from reading the input (invalid UTF-8), `file: reason`.
    var readingWarnings: [String] = []
    /// Warnings from the analysis (unclosed quotation marks and the like).
    var warnings: [String] = []
    /// The quotes.jsonl line (AnalysisJSON) as UTF-8, without its newline; empty unless processed.
    /// Bytes, as the writer appends them: no `String` to validate on the worker or to copy on the writer.
    var json: [UInt8] = []
    /// The quotes.csv rows as UTF-8, CRLF-terminated.
    var csv: [UInt8] = []
    /// The document's block in the report's quote section (empty when it has no quote).
    var reportHTML = ""
    var quotes: [BatchQuote] = []
    var speakers: [BatchSpeaker] = []
    var mentions: [BatchMention] = []

    /// `date` when it is an ISO 8601 day (`YYYY-MM-DD`, possibly followed by a time), for timelines.
    var day: String? {
        guard let date else { return nil }
        let b = Array(date.utf8.prefix(10))
        guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D else { return nil }
        for i in [0, 1, 2, 3, 5, 6, 8, 9] where !(0x30...0x39).contains(b[i]) { return nil }
        return String(decoding: b, as: UTF8.self)
    }
}

/// A span of the document as written to the outputs: Unicode-scalar offsets and its text.
struct BatchSpan: Sendable {
    var start: Int
    var end: Int
    var text: String
}

/// Where a span of the document is, in Unicode-scalar offsets, without its text (a quote's pieces: their
/// text is the quote's).
struct BatchRange: Sendable {
    var start: Int
    var end: Int
}

/// One piece of score evidence, in scalar offsets.
struct BatchEvidence: Sendable {
    var span: BatchSpan
    var weight: Double
}

/// A quote's sentiment as written (see ``SentimentScore``).
struct BatchSentiment: Sendable {
    var compound, pos, neg, neu: Double
    var evidence: [BatchEvidence]
    /// `evidence` as the database stores it (JSON as UTF-8, encoded on the worker).
    var evidenceJSON: [UInt8]
}

/// A quote's stance as written (see ``StanceScore``).
struct BatchStance: Sendable {
    var target: String
    var score: Double
    var label: String
    var evidence: [BatchEvidence]
    /// `evidence` as the database stores it (JSON as UTF-8, encoded on the worker).
    var evidenceJSON: [UInt8]
}

/// One quote row.
struct BatchQuote: Sendable {
    /// The quote's id in quotes.jsonl (`q1`, `q2`, ... within the document).
    var quoteID: String
    var kind: String
    /// For a partial quote inside a statement of the same speaker, that statement's id (``Quote/within``).
    var within: String? = nil
    var text: String
    var start: Int
    var end: Int
    var pieces: [BatchRange]
    /// `pieces` as the database stores them: JSON `[[start, end], ...]` as UTF-8 (encoded on the worker).
    var piecesJSON: [UInt8] = []
    var speaker: String?
    var speakerID: String?
    var method: String?
    var speakerConfidence: Double?
    var mention: BatchSpan?
    var cue: BatchSpan?
    var cueClass: String?
    var confidence: Double
    /// The sentences around the quote, its speaker mention and its cue (for the report).
    var context: BatchSpan
    var sentiment: BatchSentiment?
    var stance: BatchStance?
}

/// One speaker of one document (the output schema's `speakers` list).
struct BatchSpeaker: Sendable {
    var id: String
    var name: String
    var kind: String
    var role: String?
    var organisation: String?
    var quotes: Int
}

/// One mention of a speaker in a document.
struct BatchMention: Sendable {
    var speakerID: String
    var span: BatchSpan
}
