extension AnalyzedText {
    /// Whether token `i` is a comma.
    @inline(__always) func isComma(_ i: Int) -> Bool {
        tokens[i].kind == .punctuation && bytes[tokens[i].range.start] == UInt8(ascii: ",")
    }
}
