import ArgumentParser
import Foundation
import QuoteKit

/// `quotekit sentiment`: the sentiment of whole texts, one JSON line each, in the form
/// `../shared/eval/score_sentiment.py` reads.
struct SentimentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentiment",
        abstract: "Score the sentiment of each text: {\"id\",\"score\",\"pos\",\"neg\",\"neu\"} a line.",
        discussion: """
            Input is article JSONL (one {"id","text"} object a line; also detected on standard input by a \
            leading '{') or plain text, one text a line, whose id is its line number.
            """
    )

    @Argument(help: "A JSONL or text file, or - for standard input.")
    var input: String

    @Option(name: .customLong("lexicon"), help: "A user valence lexicon, FORMAT:PATH with FORMAT vader or afinn; overrides valence.tsv entries. Repeatable; later files win.")
    var userLexicons: [String] = []

    @Flag(help: "Add the evidence: the words and marks that moved the score, with Unicode-scalar offsets and weights.")
    var evidence = false

    @OptionGroup var lexicons: LexiconOptions

    func run() throws {
        defer { Console.flush() }
        let loaded = try lexicons.load()
        let analyzer = TextAnalyzer(lexicon: loaded.text)
        let scoring: ScoringLexicon
        do {
            let users = try userLexicons.map { try UserLexicon(specification: $0) }
            scoring = try ScoringLexicon(directory: loaded.directory, analyzer: analyzer, userLexicons: users)
        } catch let error as LexiconError {
            throw ValidationError(error.description)
        }
        let sentiment = SentimentAnalyzer(lexicon: scoring)
        var failed = false
        try TextLines.read(input) { item in
            switch item {
            case .problem(let problem):
                Console.error("error: \(problem)")
                failed = true
            case .text(let id, let text):
                let analysed = analyzer.analyze(text)
                let score = sentiment.score(analysed)
                var json = JSONWriter()
                json.beginObject()
                json.field("id", id)
                json.field("score", score.compound, places: 4)
                json.field("pos", score.pos)
                json.field("neg", score.neg)
                json.field("neu", score.neu)
                if evidence {
                    json.key("evidence")
                    ScoreEvidence.writeJSON(score.evidence, to: &json, text: analysed, offsets: analysed.makeScalarOffsets())
                }
                json.endObject()
                Console.write(json.output)
            }
        }
        if failed { throw ExitCode(1) }
    }
}

/// The texts of a sentiment input: JSONL articles or plain lines. Every problem names `file:line`.
enum TextLines {
    enum Item {
        case text(id: String, text: String)
        case problem(String)
    }

    static func read(_ path: String, _ body: (Item) throws -> Void) throws {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let d = FileManager.default.contents(atPath: path) else {
                try body(.problem("\(path): cannot read"))
                return
            }
            data = d
        }
        let bytes = [UInt8](data)
        let lower = path.lowercased()
        let firstByte = bytes.first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
        let isJSON = lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") || (path == "-" && firstByte == UInt8(ascii: "{"))
        var number = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            var line = line
            if line.last == 0x0D { line = line.dropLast() }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            guard let text = String(validating: line, as: UTF8.self) else {
                try body(.problem("\(path):\(number): invalid UTF-8"))
                continue
            }
            if !isJSON {
                try body(.text(id: String(number), text: text))
                continue
            }
            let object: Any
            do { object = try JSONSerialization.jsonObject(with: Data(line)) } catch {
                try body(.problem("\(path):\(number): malformed JSON"))
                continue
            }
            guard let dict = object as? [String: Any], let body_ = dict["text"] as? String else {
                try body(.problem("\(path):\(number): expected an object with a string \"text\""))
                continue
            }
            let id: String
            switch dict["id"] {
            case let s as String: id = s
            case let n as NSNumber: id = n.stringValue
            default: id = String(number)
            }
            try body(.text(id: id, text: body_))
        }
    }
}
