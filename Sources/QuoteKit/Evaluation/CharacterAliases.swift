/// A PDNC document's character list as a lookup from any alias (and any alias's last word) to the
/// canonical character names it may mean: `alias_table` and `resolve_character` in
/// `../shared/eval/score_quotes.py`.
struct CharacterAliases: Sendable {
    /// Lower-cased, trimmed alias, or `#last:` and an alias's last word, to the canonical names.
    private(set) var table: [String: Set<String>] = [:]

    /// One character: its canonical name and its aliases (the name is an alias of itself).
    struct Character: Sendable {
        var name: String
        var aliases: [String]
    }

    init(_ characters: [Character]) {
        for c in characters {
            for alias in [c.name] + c.aliases {
                let lower = alias.lowercased()
                table[PythonText.strip(lower), default: []].insert(c.name)
                if let last = PythonText.split(lower).last, !NameWords.stop.contains(last) {
                    table["#last:" + last, default: []].insert(c.name)
                }
            }
        }
    }

    /// The one character `name` means: by a whole alias, else by its last word that is not a stop word;
    /// nil when there is none or more than one.
    func resolve(_ name: String) -> String? {
        guard !name.isEmpty else { return nil }
        let key = PythonText.strip(name.lowercased())
        if let names = table[key], names.count == 1 { return names.first }
        let parts = PythonText.split(key).filter { !NameWords.stop.contains($0) }
        if let last = parts.last, let names = table["#last:" + last], names.count == 1 { return names.first }
        return nil
    }
}
