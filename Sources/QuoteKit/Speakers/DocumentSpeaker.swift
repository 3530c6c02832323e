/// One speaker of a document, for the output's `speakers` list.
public struct DocumentSpeaker: Sendable {
    /// Canonical name.
    public var name: String
    /// Registry id, or `doc:...` for a speaker discovered in this document.
    public var id: String
    /// "person", "organisation" or "document" (a report, a poll, a letter).
    public var kind: String
    /// Role as the text gives it (an apposition), else the registry's.
    public var role: String?
    /// Organisation as the text gives it, else the registry's.
    public var organisation: String?
    /// Every mention linked to this speaker (UTF-8 ranges).
    public var mentions: [TextRange]
    /// How many statements are attributed to the speaker (a partial quote inside one of their statements,
    /// ``Quote/within``, is not counted again).
    public var quotes: Int
}
