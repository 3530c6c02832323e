/// The quoted parts of a document (UTF-8 byte ranges), sorted and merged once so that asking whether a
/// token lies inside a quotation costs a binary search, not a pass over every quote: rules ask it for
/// every candidate cue, and a long document can hold thousands of quotations.
struct QuotedRanges: Sendable {
    /// Sorted, disjoint, merged ranges.
    private(set) var ranges: [TextRange]

    /// The ranges in `pieces`, in any order, overlapping or not.
    init(_ pieces: [TextRange]) {
        var sorted = pieces.filter { !$0.isEmpty }.sorted()
        var merged: [TextRange] = []
        merged.reserveCapacity(sorted.count)
        for r in sorted {
            if let last = merged.last, r.start <= last.end {
                merged[merged.count - 1].end = max(last.end, r.end)
            } else {
                merged.append(r)
            }
        }
        sorted = []
        ranges = merged
    }

    /// The merged range holding byte `offset`, if any.
    func range(containing offset: Int) -> TextRange? {
        var lo = 0, hi = ranges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ranges[mid].end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < ranges.count && ranges[lo].start <= offset ? ranges[lo] : nil
    }

    /// Whether `r` lies entirely inside one quoted range.
    func contains(_ r: TextRange) -> Bool {
        guard let q = range(containing: r.start) else { return false }
        return r.end <= q.end
    }
}
