/// A half-open range of UTF-8 byte offsets into a document's text (`start..<end`).
///
/// Internal positions are UTF-8 byte offsets (fast to produce from ICU's UText); every output converts
/// them once per document to Unicode-scalar offsets with ``ScalarOffsets``.
public struct TextRange: Hashable, Sendable, Comparable {
    /// First byte, inclusive (UTF-8 offset).
    public var start: Int
    /// One past the last byte (UTF-8 offset).
    public var end: Int

    /// A range from `start` to `end` (UTF-8 offsets).
    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    /// The number of bytes covered.
    public var length: Int { end - start }
    /// True when the range covers no byte.
    public var isEmpty: Bool { end <= start }

    /// True when `other` lies entirely inside this range.
    public func contains(_ other: TextRange) -> Bool { start <= other.start && other.end <= end }
    /// True when the two ranges share at least one byte.
    public func overlaps(_ other: TextRange) -> Bool { start < other.end && other.start < end }

    public static func < (a: TextRange, b: TextRange) -> Bool {
        a.start != b.start ? a.start < b.start : a.end < b.end
    }
}
