extension AnalyzedText {
    /// Whether token `i` is a word that opens with an ASCII capital letter.
    @inline(__always) func isCapitalisedWord(_ i: Int) -> Bool {
        tokens[i].kind == .word && bytes[tokens[i].range.start] &- 0x41 < 26
    }

    /// Whether token `i` is a word opening with an ASCII lower-case letter.
    @inline(__always) func isLowerCaseWord(_ i: Int) -> Bool {
        tokens[i].kind == .word && bytes[tokens[i].range.start] &- 0x61 < 26
    }
}
