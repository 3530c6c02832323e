/// A document's text as an array of Unicode scalars: the unit of every offset in the evaluation formats
/// (Python `str` indices), so that spans are compared exactly as `../shared/eval/score_quotes.py` does.
struct ScalarText {
    /// The scalars, indexed by the offsets the gold and prediction files use.
    let scalars: [Unicode.Scalar]

    /// Characters ignored at a span's edges when spans are compared: `EDGE` in score_quotes.py, verbatim
    /// (white space, quotation marks of every style, sentence punctuation, dashes and brackets).
    static let edge: Set<Unicode.Scalar> = Set(" \t\r\n\"'“”‘’«»„‚‹›「」『』.,;:!?—–-()[]".unicodeScalars)

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    /// The number of scalars.
    var count: Int { scalars.count }

    /// `offset` clamped into `0...count`. The reference scorer fails on offsets outside the text; here they
    /// are clamped (the reader warns about them), so a bad file cannot crash the evaluation.
    func clamp(_ offset: Int) -> Int { min(max(offset, 0), scalars.count) }

    /// `start..<end` (scalar offsets) without edge characters at either end; an empty or reversed span is
    /// returned as it is (after clamping), as in score_quotes.py's `trim`.
    func trim(_ start: Int, _ end: Int) -> ScalarSpan {
        var s = clamp(start), e = clamp(end)
        while s < e && Self.edge.contains(scalars[s]) { s += 1 }
        while e > s && Self.edge.contains(scalars[e - 1]) { e -= 1 }
        return ScalarSpan(start: s, end: e)
    }

    /// The text of `start..<end` (clamped; empty when reversed), like a Python slice.
    func string(_ start: Int, _ end: Int) -> String {
        let s = clamp(start), e = clamp(end)
        guard s < e else { return "" }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[s..<e])
        return String(out)
    }
}

/// A span in Unicode-scalar offsets, end exclusive. May be empty or reversed when a file says so: its
/// length is then zero or negative and it overlaps nothing.
struct ScalarSpan: Hashable, Sendable {
    var start: Int
    var end: Int

    /// `end - start` (negative for a reversed span, as in the reference scorer).
    var length: Int { end - start }

    /// How many scalars the two spans share (0 when they do not overlap).
    func overlap(_ other: ScalarSpan) -> Int { max(0, min(end, other.end) - max(start, other.start)) }

    /// Whether `other` lies inside this span.
    func contains(_ other: ScalarSpan) -> Bool { start <= other.start && other.end <= end }
}
