/// A stretch of document text as HTML, with marked spans (the quote, the speaker mention, the cue, the
/// evidence words) wrapped in `<span class="...">`. Marks may overlap: the text is cut at every mark
/// edge and each piece carries the classes of all marks covering it. Everything is escaped.
struct HighlightedText {
    /// A marked span in Unicode-scalar offsets into the document, with its CSS class (a fixed name
    /// from the report's style sheet, never input text).
    struct Mark {
        var start: Int
        var end: Int
        var cssClass: String
    }

    /// The text, starting at scalar offset `start` of the document.
    let text: String
    let start: Int
    var marks: [Mark] = []

    /// The HTML.
    var html: String {
        let bytes = Array(text.utf8)
        // Scalar offsets (relative to the text) of the mark edges, clipped to it, then as byte offsets.
        var edges: [Int] = [0, Int.max]
        var clipped: [(start: Int, end: Int, cssClass: String)] = []
        for m in marks {
            let s = max(0, m.start - start), e = max(0, m.end - start)
            guard s < e else { continue }
            clipped.append((s, e, m.cssClass))
            edges.append(s)
            edges.append(e)
        }
        edges.sort()
        var byteOf: [Int: Int] = [:]
        var scalar = 0, next = 0
        for (i, b) in bytes.enumerated() where b & 0xC0 != 0x80 {
            while next < edges.count && edges[next] <= scalar { byteOf[edges[next]] = i; next += 1 }
            scalar += 1
        }
        while next < edges.count { byteOf[edges[next]] = bytes.count; next += 1 }

        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 4 + 64 * clipped.count)
        var previous = 0
        for edge in edges {
            let a = byteOf[previous] ?? 0, b = byteOf[edge] ?? bytes.count
            defer { previous = edge }
            guard a < b else { continue }
            var classes: [String] = []
            for m in clipped where m.start <= previous && edge <= m.end && !classes.contains(m.cssClass) { classes.append(m.cssClass) }
            if !classes.isEmpty {
                out.append(contentsOf: "<span class=\"".utf8)
                out.append(contentsOf: classes.sorted().joined(separator: " ").utf8)
                out.append(contentsOf: "\">".utf8)
            }
            HTMLText.appendEscaped(bytes[a..<b], to: &out)
            if !classes.isEmpty { out.append(contentsOf: "</span>".utf8) }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
