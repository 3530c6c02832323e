import Foundation

/// The header convention of plain-text articles: lines `Title:`, `Date:`, `Source:`, `URL:` or `Id:` at
/// the very top, ended by a blank line. When the first line is not such a header the whole file is text.
enum TextHeader {
    static func apply(to doc: inout Document) {
        let text = doc.text
        var fields: [String: String] = [:]
        var index = text.startIndex
        while index < text.endIndex {
            let lineEnd = text[index...].firstIndex(where: { $0 == "\n" || $0 == "\r\n" }) ?? text.endIndex
            let line = text[index..<lineEnd]
            let next = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
            if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) {
                if fields.isEmpty { return }
                index = next
                break
            }
            guard let colon = line.firstIndex(of: ":") else { if fields.isEmpty { return }; break }
            let name = line[..<colon].lowercased()
            guard ["title", "date", "source", "url", "id"].contains(name) else { if fields.isEmpty { return }; break }
            fields[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
            index = next
        }
        guard !fields.isEmpty else { return }
        doc.text = String(text[index...])
        doc.title = fields["title"] ?? doc.title
        doc.date = fields["date"] ?? doc.date
        doc.source = fields["source"] ?? doc.source
        doc.url = fields["url"] ?? doc.url
        if let id = fields["id"] { doc.id = id }
    }
}
