/// The name words of a speaker description, as `../shared/eval/score_quotes.py` compares them: lower case,
/// curly apostrophes straightened, every `'s` removed, then each run of ASCII letters and hyphens that starts
/// with a letter and is at least two long, minus the scorer's stop words.
///
/// The two word lists below are not QuoteKit's curated language data (which lives in `Lexicons/`): they are
/// the reference scorer's `STOP` and `PRONOUNS` constants copied verbatim, and must stay identical to them
/// for `quotekit eval` to agree with it. Change them only together with the scorer.
enum NameWords {
    /// `STOP` in score_quotes.py: articles, titles and words that never tell two speakers apart.
    static let stop: Set<String> = [
        "the", "a", "an", "of", "and", "mr", "mrs", "ms", "miss", "dr", "sir", "lady", "lord", "president",
        "secretary", "minister", "prime", "senator", "sen", "rep", "gov", "governor", "s", "said", "who",
    ]
    /// `PRONOUNS` in score_quotes.py: removed from the gold side only.
    static let pronouns: Set<String> = ["he", "she", "they", "we", "i", "it", "you", "him", "her", "them", "us", "me"]

    /// The name words of `text` (the scorer's `words`).
    static func of(_ text: String) -> Set<String> {
        // Straighten ’ and drop "'s" in one left-to-right pass without rescanning, as str.replace does.
        let lower = Array(text.lowercased().unicodeScalars)
        var cleaned: [Unicode.Scalar] = []
        cleaned.reserveCapacity(lower.count)
        var i = 0
        while i < lower.count {
            let c: Unicode.Scalar = lower[i] == "’" ? "'" : lower[i]
            if c == "'" && i + 1 < lower.count && lower[i + 1] == "s" {
                i += 2
                continue
            }
            cleaned.append(c)
            i += 1
        }
        // re.findall(r"[a-z][a-z\-]+"): a match starts at the first letter of a run of letters and hyphens
        // and takes the rest of the run; it needs two scalars at least.
        var out: Set<String> = []
        i = 0
        while i < cleaned.count {
            guard isLetter(cleaned[i]) else { i += 1; continue }
            var j = i + 1
            while j < cleaned.count && (isLetter(cleaned[j]) || cleaned[j] == "-") { j += 1 }
            if j - i >= 2 {
                var word = String.UnicodeScalarView()
                word.append(contentsOf: cleaned[i..<j])
                let w = String(word)
                if !stop.contains(w) { out.insert(w) }
            }
            i = j
        }
        return out
    }

    private static func isLetter(_ c: Unicode.Scalar) -> Bool { c.value >= 0x61 && c.value <= 0x7A }
}
