/// One input article: its text and the metadata that travels with it to every output.
public struct Document: Sendable {
    /// The identifier kept in every output line (an input `id`, or the file path).
    public var id: String
    /// The full text; every offset in outputs points into it.
    public var text: String
    /// Headline, when known.
    public var title: String?
    /// Publication date as given (ISO 8601 `YYYY-MM-DD` is expected for timelines).
    public var date: String?
    /// Outlet or feed name.
    public var source: String?
    /// Where the article was published.
    public var url: String?
    /// The input's other fields, kept as they came: name → the value as JSON text (a JSONL article's
    /// `"section": "Business"` is `["section": "\"Business\""]`). Written back out as `fields`.
    public var fields: [String: String]

    /// A document with the given id and text.
    public init(id: String, text: String, title: String? = nil, date: String? = nil,
                source: String? = nil, url: String? = nil, fields: [String: String] = [:]) {
        self.id = id
        self.fields = fields
        self.text = text
        self.title = title
        self.date = date
        self.source = source
        self.url = url
    }
}
