/// Python's `str.strip()` and `str.split()` (no arguments): white space as Python's `str.isspace` defines it.
enum PythonText {
    /// Python's white space: Unicode White_Space, plus the information separators U+001C...U+001F.
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c.properties.isWhitespace || (0x1C...0x1F).contains(c.value)
    }

    /// `s.strip()`.
    static func strip(_ s: String) -> String {
        let u = Array(s.unicodeScalars)
        var a = 0, b = u.count
        while a < b && isSpace(u[a]) { a += 1 }
        while b > a && isSpace(u[b - 1]) { b -= 1 }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: u[a..<b])
        return String(out)
    }

    /// `s.split()`: the runs of non-space scalars.
    static func split(_ s: String) -> [String] {
        var out: [String] = []
        var word = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            if isSpace(c) {
                if !word.isEmpty { out.append(String(word)); word = String.UnicodeScalarView() }
            } else {
                word.append(c)
            }
        }
        if !word.isEmpty { out.append(String(word)) }
        return out
    }
}
