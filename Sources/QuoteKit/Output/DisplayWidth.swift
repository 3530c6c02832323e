import CICU

/// How many terminal columns text takes, for the plain-text tables (`extract --format table`,
/// `quotekit speakers`): East Asian wide characters take two (佐藤健一 is eight columns, not four),
/// combining marks none, by ICU's character properties.
enum DisplayWidth {
    /// The columns of `s`.
    static func of(_ s: String) -> Int {
        var n = 0
        for c in s.unicodeScalars { n += c.value < 0x300 ? 1 : Int(qk_display_width(c.value)) }
        return n
    }

    /// `s` followed by spaces to fill `columns` (as it is when it is as wide or wider).
    static func padded(_ s: String, to columns: Int) -> String {
        let w = of(s)
        return w >= columns ? s : s + String(repeating: " ", count: columns - w)
    }
}
