extension AnalyzedText {
    /// Whether token `i` is a dash that sets off an aside or a clause: an em dash "—", an en dash "–"
    /// with white space on at least one side (unspaced it joins, as in "U.S.–Japan" or "2024–25"), or
    /// a hyphen after white space ("Tokyo - The ...").
    func isAsideDash(_ i: Int) -> Bool {
        let r = tokens[i].range
        if r.length == 3, bytes[r.start] == 0xE2, bytes[r.start + 1] == 0x80 {
            if bytes[r.start + 2] == 0x94 { return true }
            guard bytes[r.start + 2] == 0x93 else { return false }
            return (i > 0 && tokens[i - 1].kind == .whitespace) || (i + 1 < tokens.count && tokens[i + 1].kind == .whitespace)
        }
        return r.length == 1 && bytes[r.start] == UInt8(ascii: "-") && i > 0 && tokens[i - 1].kind == .whitespace
    }
}
