/// The field of a JSON article that holds its date: `date` unless told otherwise, or a dotted path
/// into nested objects (`meta.publication_date`) for corpora that keep it elsewhere.
public struct DateField: Sendable, Equatable, CustomStringConvertible {
    /// The keys from the article object to the field.
    public let path: [String]

    /// The default, `date`.
    public init() { path = ["date"] }

    /// `text` split at dots (`meta.publication_date`); nil when a key is empty.
    public init?(_ text: String) {
        let keys = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !keys.isEmpty, !keys.contains(where: \.isEmpty) else { return nil }
        path = keys
    }

    /// The date in `object`, when the field is there and holds a string.
    public func value(in object: [String: Any]) -> String? {
        field(in: object) as? String
    }

    /// Whether `object` has the field, whatever it holds (`null` included).
    public func isPresent(in object: [String: Any]) -> Bool {
        field(in: object) != nil
    }

    private func field(in object: [String: Any]) -> Any? {
        var current: Any? = object
        for key in path { current = (current as? [String: Any])?[key] }
        return current
    }

    public var description: String { path.joined(separator: ".") }
}
