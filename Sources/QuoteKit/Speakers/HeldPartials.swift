/// A partial quote inside a statement of the same speaker ("said the talks were “productive”", "called
/// the deal “a disaster”"): the fragment is that speaker's own words within the one statement. It stays
/// a quote of its own (the words in quotation marks), points to the statement that holds it
/// (``Quote/within``), and per-speaker figures count the statement once.
enum HeldPartials {
    /// Marks each partial quote held by a statement of the same speaker; returns how many each speaker
    /// (by id) has. `quotes` are in text order (by start, then end), as ``QuoteFinder`` returns them.
    static func mark(_ quotes: inout [Quote]) -> [String: Int] {
        var held: [String: Int] = [:]
        // The statements (not partial quotes) still open at the current position: statements rarely
        // overlap, so the list stays short.
        var open: [Int] = []
        for i in quotes.indices {
            let r = quotes[i].range
            open.removeAll { quotes[$0].range.end < r.start }
            if quotes[i].kind != .partial {
                if quotes[i].kind != .mention { open.append(i) }
                continue
            }
            guard let speaker = quotes[i].speaker, let id = speaker.id else { continue }
            // A statement that starts where the fragment does comes after it in text order.
            var candidates = open
            var j = i + 1
            while j < quotes.count, quotes[j].range.start == r.start {
                if quotes[j].kind != .partial && quotes[j].kind != .mention { candidates.append(j) }
                j += 1
            }
            if let k = candidates.last(where: { c in
                quotes[c].range.start <= r.start && r.end <= quotes[c].range.end + closingMarkSlack
                    && quotes[c].speaker?.id == id && quotes[c].speaker?.name == speaker.name
            }) {
                quotes[i].within = k
                held[id, default: 0] += 1
            }
        }
        return held
    }

    /// Bytes a fragment may run past its statement's end: the statement ends at the closing mark, the
    /// fragment at the word before it (a closing mark is at most 3 bytes).
    static let closingMarkSlack = 3
}
