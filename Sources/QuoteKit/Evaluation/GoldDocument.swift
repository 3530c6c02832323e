import Foundation

/// One document of a gold file, in any of the formats of `../shared/eval/README.md`: attribution spans
/// (PolNeAR), quotes with a character list (PDNC), quotes with speakers and stances (the news gold of
/// `../shared/seed/gold.jsonl`), or a sentiment rating (`{"id","text","gold"}`).
public struct GoldDocument: Sendable {
    /// Which annotation a gold document carries.
    public enum Format: String, Sendable {
        /// PolNeAR: `attributions` with content, source and cue spans.
        case attributions
        /// PDNC: `quotes` with a speaker from the `characters` list.
        case characters
        /// News gold: `quotes` with speaker, speaker mention and stance.
        case quotes
        /// Sentiment: one human rating in `gold`, on -4...+4.
        case sentiment
    }

    /// The document id, matched against the prediction's `id`.
    public let id: String
    /// The text every offset points into.
    public let text: String
    /// Which format the line was in.
    public let format: Format
    /// The annotated statements (empty for sentiment gold).
    let items: [GoldItem]
    /// The character list (PDNC), for resolving predicted names.
    let characters: CharacterAliases?
    /// The sentiment rating (sentiment gold).
    let rating: Double?
    /// Top-level metadata, passed on when the pipeline runs on the text (as `quotekit extract` reads it).
    private let metadata: [String: String]

    /// The number of annotated statements.
    public var itemCount: Int { items.count }

    /// The document as the pipeline reads it: the same fields `quotekit extract` takes from a JSONL line.
    public var document: Document {
        Document(id: id, text: text, title: metadata["title"], date: metadata["date"],
                 source: metadata["source"], url: metadata["url"])
    }

    /// Parses one decoded JSON line; the error's description is the reason, without file and line.
    init(json: [String: Any]) throws(EvaluationInputError) {
        guard let id = JSONField.id(json["id"]) else { throw EvaluationInputError("no \"id\" (a string or a number)") }
        guard let text = json["text"] as? String else { throw EvaluationInputError("no string field \"text\"") }
        self.id = id
        self.text = text
        var meta: [String: String] = [:]
        for key in ["title", "date", "source", "url"] { if let v = json[key] as? String { meta[key] = v } }
        metadata = meta
        let scalars = ScalarText(text)
        if let attributions = json["attributions"] {
            guard let list = attributions as? [Any] else { throw EvaluationInputError("\"attributions\" is not an array") }
            format = .attributions
            items = try Self.attributionItems(list, scalars)
            characters = nil
            rating = nil
        } else if let quotes = json["quotes"] {
            guard let list = quotes as? [Any] else { throw EvaluationInputError("\"quotes\" is not an array") }
            var aliases: CharacterAliases?
            if let chars = json["characters"], !(chars is NSNull) {
                guard let list = chars as? [Any] else { throw EvaluationInputError("\"characters\" is not an array") }
                aliases = CharacterAliases(list.compactMap { value in
                    guard let c = value as? [String: Any], let name = c["name"] as? String else { return nil }
                    return CharacterAliases.Character(name: name, aliases: (c["aliases"] as? [Any] ?? []).compactMap { $0 as? String })
                })
            }
            format = aliases == nil ? .quotes : .characters
            characters = aliases
            items = try Self.quoteItems(list, scalars, hasCharacters: aliases != nil)
            rating = nil
        } else if let gold = json["gold"] {
            guard let value = JSONField.number(gold), !JSONField.isBool(gold), value.isFinite else {
                throw EvaluationInputError("\"gold\" is not a finite number")
            }
            format = .sentiment
            items = []
            characters = nil
            rating = value
        } else {
            throw EvaluationInputError("no \"attributions\", \"quotes\" or \"gold\": not a gold format of ../shared/eval/README.md")
        }
    }

    /// A content span's start and end, checked.
    private static func span(_ object: [String: Any], _ scalars: ScalarText, _ what: String) throws(EvaluationInputError) -> ScalarSpan {
        guard let start = JSONField.int(object["start"]), let end = JSONField.int(object["end"]) else {
            throw EvaluationInputError("\(what) has no integer \"start\" and \"end\"")
        }
        guard 0 <= start, start <= end, end <= scalars.count else {
            throw EvaluationInputError("\(what) \(start)..<\(end) is outside the text (\(scalars.count) Unicode scalars)")
        }
        return ScalarSpan(start: start, end: end)
    }

    private static func attributionItems(_ list: [Any], _ scalars: ScalarText) throws(EvaluationInputError) -> [GoldItem] {
        var items: [GoldItem] = []
        for (n, value) in list.enumerated() {
            let what = "attribution \(n + 1)"
            guard let a = value as? [String: Any] else { throw EvaluationInputError("\(what) is not an object") }
            guard let content = a["content"] as? [String: Any] else { throw EvaluationInputError("\(what) has no \"content\" object") }
            let c = try span(content, scalars, "\(what) content")
            var sourceSpan: ScalarSpan?, sourceText: String?
            if let source = JSONField.nonEmptyObject(a["source"]) {
                sourceSpan = try span(source, scalars, "\(what) source")
                sourceText = source["text"] as? String ?? scalars.string(sourceSpan!.start, sourceSpan!.end)
            }
            let kind: String
            switch a["kind"] as? String {
            case "direct": kind = "direct"
            case "mixed": kind = "mixed"
            default: kind = "indirect"
            }
            items.append(GoldItem(span: scalars.trim(c.start, c.end), kind: kind, sourceSpan: sourceSpan,
                                  sourceText: sourceText, character: nil, stance: nil, quoteType: kind,
                                  speakerName: nil, mentionText: sourceText))
        }
        return items
    }

    private static func quoteItems(_ list: [Any], _ scalars: ScalarText, hasCharacters: Bool) throws(EvaluationInputError) -> [GoldItem] {
        var items: [GoldItem] = []
        for (n, value) in list.enumerated() {
            let what = "quote \(n + 1)"
            guard let q = value as? [String: Any] else { throw EvaluationInputError("\(what) is not an object") }
            let c = try span(q, scalars, what)
            var sourceSpan: ScalarSpan?, mentionText = ""
            if let m = JSONField.nonEmptyObject(q["speaker_mention"]) {
                let s = try span(m, scalars, "\(what) speaker_mention")
                sourceSpan = s
                mentionText = m["text"] as? String ?? scalars.string(s.start, s.end)
            }
            let speaker = q["speaker"] as? String
            let kind = q["kind"] as? String ?? "direct"
            var stance: Double?
            if let st = q["stance"], !(st is NSNull) { stance = JSONField.number(st) ?? .nan }
            let type = (q["quote_type"] as? String).flatMap { $0.isEmpty ? nil : $0 } ?? kind
            items.append(GoldItem(span: scalars.trim(c.start, c.end), kind: kind, sourceSpan: sourceSpan,
                                  sourceText: (speaker ?? "") + " " + mentionText,
                                  character: hasCharacters ? speaker : nil, stance: stance, quoteType: type,
                                  speakerName: speaker, mentionText: sourceSpan == nil ? nil : mentionText))
        }
        return items
    }
}
