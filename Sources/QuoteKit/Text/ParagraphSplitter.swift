import Glibc

/// Finds paragraphs. The rule, as news text uses line breaks:
/// - when the text has at least one blank line (a line of only white space), paragraphs are separated
///   by blank lines and a single line break inside a paragraph is wrapping (novels, hard-wrapped copy);
/// - otherwise every line break ends a paragraph (wire copy: one paragraph a line).
/// `\r\n` and `\n` are line breaks (a lone `\r` is white space). Paragraphs are trimmed of white space; empty ones are dropped.
enum ParagraphSplitter {
    static func split(_ p: UnsafePointer<UInt8>, count n: Int) -> [TextRange] {
        // Line breaks are found with memchr: this runs over every byte of every document.
        var lines: [TextRange] = []   // line contents, without their line break
        // A blank line separates paragraphs only between two lines of text: blank lines at the start or
        // the end (a file's last line break) separate nothing.
        var blankLines = false
        var seenText = false, blankAfterText = false
        var s = 0
        while s <= n {
            let e: Int
            if s < n, let hit = memchr(p + s, 0x0A, n - s) {
                e = UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - p
            } else {
                e = n
            }
            let line = TextRange(s, e)
            if isBlank(p, line) {
                if seenText { blankAfterText = true }
            } else {
                if blankAfterText { blankLines = true }
                seenText = true
            }
            lines.append(line)
            s = e + 1
        }
        var result: [TextRange] = []
        if !blankLines {
            for line in lines { append(p, line.start, line.end, to: &result) }
            return result
        }
        var paraStart = -1, paraEnd = 0
        for line in lines {
            if isBlank(p, line) {
                if paraStart >= 0 { append(p, paraStart, paraEnd, to: &result) }
                paraStart = -1
            } else {
                if paraStart < 0 { paraStart = line.start }
                paraEnd = line.end
            }
        }
        if paraStart >= 0 { append(p, paraStart, paraEnd, to: &result) }
        return result
    }

    @inline(__always) private static func isBlank(_ p: UnsafePointer<UInt8>, _ line: TextRange) -> Bool {
        var i = line.start
        while i < line.end {
            if !isSpace(p[i]) { return false }
            i += 1
        }
        return true
    }

    private static func append(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int, to out: inout [TextRange]) {
        var s = s, e = e
        while s < e && isSpace(p[s]) { s += 1 }
        while e > s && isSpace(p[e - 1]) { e -= 1 }
        if e > s { out.append(TextRange(s, e)) }
    }

    @inline(__always) private static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0B || b == 0x0C
    }
}
