import Foundation

/// The word lists of the scoring stage (`Lexicons/README.lexicons-scoring.md`): valence, boosters,
/// negators, contrast markers, hedges, stance targets and stance cues, loaded, validated and compiled
/// for look-up by token key.
///
/// Loading throws ``LexiconError`` (`file:line: reason`); scoring with a loaded lexicon never throws.
public struct ScoringLexicon: Sendable {
    /// The compiled tables, in one immutable object: analyzers pass the lexicon to every scan, and a
    /// struct of nine tables (1.3 KB) was copied on each call.
    private final class Tables: Sendable {
        let valence: PhraseTable<Double>
        let boosters: PhraseTable<Double>
        let negators: PhraseTable<Bool>
        let contrast: PhraseTable<ContrastMarker>
        let hedges: PhraseTable<HedgeKind>
        let targets: PhraseTable<Int>
        let cues: PhraseTable<StanceCue>
        let targetNames: [String]
        let targetLinks: KeySet
        let words: WordTable

        init(valence: PhraseTable<Double>, boosters: PhraseTable<Double>, negators: PhraseTable<Bool>,
             contrast: PhraseTable<ContrastMarker>, hedges: PhraseTable<HedgeKind>, targets: PhraseTable<Int>,
             cues: PhraseTable<StanceCue>, targetNames: [String], targetLinks: KeySet, words: WordTable) {
            self.valence = valence; self.boosters = boosters; self.negators = negators; self.contrast = contrast
            self.hedges = hedges; self.targets = targets; self.cues = cues; self.targetNames = targetNames
            self.targetLinks = targetLinks; self.words = words
        }
    }
    private let tables: Tables

    /// Word and phrase valence, -4...+4 (`valence.tsv`, then any user lexicons on top).
    var valence: PhraseTable<Double> { tables.valence }
    /// Degree modifiers: added to the magnitude of the modified valence (`boosters.tsv`).
    var boosters: PhraseTable<Double> { tables.boosters }
    /// Negation cues (`negators.tsv`); the value says whether the negator follows the word it negates.
    var negators: PhraseTable<Bool> { tables.negators }
    /// Whether the valence lexicon has Japanese words (a key with kana): only then are quotes in
    /// Japanese scored.
    public let coversJapanese: Bool
    /// Contrast markers with their clause weights (`contrast.tsv`).
    var contrast: PhraseTable<ContrastMarker> { tables.contrast }
    /// Hope and hedge markers (`hedges.tsv`).
    var hedges: PhraseTable<HedgeKind> { tables.hedges }
    /// Words naming a stance target, as an index into ``targetNames`` (`stance-targets.tsv`).
    var targets: PhraseTable<Int> { tables.targets }
    /// Stance cues: signed weight, -1...1, and the targets they speak of (`stance-cues.tsv`).
    var cues: PhraseTable<StanceCue> { tables.cues }
    /// The canonical target names, in the order they first appear in `stance-targets.tsv`.
    public var targetNames: [String] { tables.targetNames }
    /// Words that may stand between a stance cue and the target it governs ("a pause *on* reciprocal
    /// tariffs", `stance-links.tsv`), by token key.
    var targetLinks: KeySet { tables.targetLinks }
    /// Every word that starts a key, with the values of the one-word keys: the one look-up per word.
    var words: WordTable { tables.words }

    /// The file names read from the lexicon folder, without `.tsv`.
    public static let fileNames = ["valence", "boosters", "negators", "contrast", "stance-targets", "stance-cues", "stance-links", "hedges"]

    /// Loads the eight scoring lexicons from `directory`, tokenizing multi-word keys with `analyzer`
    /// (the same kind of analyzer that will analyse the documents), then applies `userLexicons` in order.
    public init(directory: URL, analyzer: TextAnalyzer, userLexicons: [UserLexicon] = []) throws {
        let valenceFile = try Self.table("valence", in: directory)
        let boosterFile = try Self.table("boosters", in: directory)
        let negatorFile = try Self.table("negators", in: directory)
        let contrastFile = try Self.table("contrast", in: directory)
        let targetFile = try Self.table("stance-targets", in: directory)
        let cueFile = try Self.table("stance-cues", in: directory)
        let hedgeFile = try Self.table("hedges", in: directory)
        let linkFile = try Self.table("stance-links", in: directory)
        var links = KeySet()
        for row in linkFile.rows {
            guard !row.key.contains(" ") else {
                throw LexiconError(file: linkFile.path, line: row.line, reason: "a link is one word, found '\(row.key)'")
            }
            links.insert(KeyHash.of(row.key))
        }

        var valenceEntries: [(key: String, value: Double)] = []
        let valenceColumn = try valenceFile.column("valence")
        for row in valenceFile.rows {
            let v = valenceFile.number(row, valenceColumn)
            guard abs(v) <= 4, v != 0 else {
                throw LexiconError(file: valenceFile.path, line: row.line, reason: "valence must be within -4...4 and not 0, found \(row.fields[valenceColumn])")
            }
            valenceEntries.append((row.key, v))
        }

        var boosterEntries: [(key: String, value: Double)] = []
        let weightColumn = try boosterFile.column("weight")
        for row in boosterFile.rows {
            let w = boosterFile.number(row, weightColumn)
            guard abs(w) <= 1, w != 0 else {
                throw LexiconError(file: boosterFile.path, line: row.line, reason: "booster weight must be within -1...1 and not 0, found \(row.fields[weightColumn])")
            }
            boosterEntries.append((row.key, w))
        }

        let beforeColumn = try contrastFile.column("before")
        let afterColumn = try contrastFile.column("after")
        let scopeColumn = try contrastFile.column("scope")
        var contrastEntries: [(key: String, value: ContrastMarker)] = []
        for row in contrastFile.rows {
            let before = contrastFile.number(row, beforeColumn), after = contrastFile.number(row, afterColumn)
            guard (0...2).contains(before), (0...2).contains(after) else {
                throw LexiconError(file: contrastFile.path, line: row.line, reason: "before and after must be within 0...2")
            }
            guard let scope = ContrastMarker.MainClause(rawValue: row.fields[scopeColumn]) else {
                throw LexiconError(file: contrastFile.path, line: row.line, reason: "scope must be 'before' or 'after', found '\(row.fields[scopeColumn])'")
            }
            contrastEntries.append((row.key, ContrastMarker(before: before, after: after, mainClause: scope)))
        }

        let targetColumn = try targetFile.column("target")
        var names: [String] = []
        var targetEntries: [(key: String, value: Int)] = []
        for row in targetFile.rows {
            let name = row.fields[targetColumn]
            guard !name.isEmpty else {
                throw LexiconError(file: targetFile.path, line: row.line, reason: "empty target")
            }
            if !names.contains(name) { names.append(name) }
            targetEntries.append((row.key, names.firstIndex(of: name)!))
        }

        guard names.count <= 64 else {
            throw LexiconError(file: targetFile.path, line: 0, reason: "at most 64 targets, found \(names.count)")
        }
        let cueWeight = try cueFile.column("weight")
        let cueKind = try cueFile.column("kind")
        // The targets column may be left out (a lexicon folder older than it): every cue then speaks of any target.
        let cueTargets = try? cueFile.column("targets")
        var cueEntries: [(key: String, value: StanceCue)] = []
        for row in cueFile.rows {
            let w = cueFile.number(row, cueWeight)
            let kind = row.fields[cueKind]
            guard kind == "favor" || kind == "against" else {
                throw LexiconError(file: cueFile.path, line: row.line, reason: "kind must be 'favor' or 'against', found '\(kind)'")
            }
            guard abs(w) <= 1, w != 0, (w > 0) == (kind == "favor") else {
                throw LexiconError(file: cueFile.path, line: row.line, reason: "weight must be within -1...1, not 0, positive for favor and negative for against")
            }
            var mask: UInt64 = 0
            for name in cueTargets.map({ cueFile.list(row, $0) }) ?? [] {
                guard let t = names.firstIndex(of: name) else {
                    throw LexiconError(file: cueFile.path, line: row.line, reason: "unknown target '\(name)' (stance-targets.tsv names \(names.joined(separator: ", ")))")
                }
                mask |= 1 << UInt64(t)
            }
            cueEntries.append((row.key, StanceCue(weight: w, targets: mask == 0 ? StanceCue.anyTarget : mask)))
        }

        let hedgeKind = try hedgeFile.column("kind")
        var hedgeEntries: [(key: String, value: HedgeKind)] = []
        for row in hedgeFile.rows {
            guard let kind = HedgeKind(rawValue: row.fields[hedgeKind]) else {
                throw LexiconError(file: hedgeFile.path, line: row.line, reason: "kind must be 'hope' or 'hedge', found '\(row.fields[hedgeKind])'")
            }
            hedgeEntries.append((row.key, kind))
        }

        // The position column may be left out (a lexicon folder older than it): every negator then
        // comes before the word it negates.
        let positionColumn = try? negatorFile.column("position")
        var negatorEntries: [(key: String, value: Bool)] = []
        for row in negatorFile.rows {
            let position = positionColumn.map { row.fields[$0] } ?? "before"
            guard position == "before" || position == "after" else {
                throw LexiconError(file: negatorFile.path, line: row.line, reason: "position must be 'before' or 'after', found '\(position)'")
            }
            negatorEntries.append((row.key, position == "after"))
        }

        coversJapanese = valenceEntries.contains { Self.hasKana($0.key) }
        var valence = PhraseTable(valenceEntries, analyzer: analyzer)

        var byKey: [UInt64: WordEntry] = [:]
        var pairs = Set<UInt64>()
        func index(_ key: String, _ flag: LexiconFlag, _ single: (inout WordEntry) -> Void) {
            let hashes = Self.keyHashes(key, analyzer: analyzer)
            guard let first = hashes.first else { return }
            var e = byKey[first] ?? WordEntry()
            e.flags.insert(flag)
            if hashes.count > 1 {
                e.phrases.insert(flag)
                pairs.insert(PhraseTable<Bool>.pairKey(first, hashes[1]))
            } else {
                e.singles.insert(flag)
                single(&e)
            }
            byKey[first] = e
        }
        for (k, v) in valenceEntries { index(k, .valence) { $0.valence = v } }
        for (k, v) in boosterEntries { index(k, .booster) { $0.booster = v } }
        for (k, follows) in negatorEntries { index(k, .negator) { $0.negatorFollows = follows } }
        for (k, v) in contrastEntries { index(k, .contrast) { $0.contrast = v } }
        for (k, v) in hedgeEntries { index(k, .hedge) { $0.hedge = v } }
        for (k, v) in targetEntries { index(k, .target) { $0.target = v } }
        for (k, v) in cueEntries { index(k, .cue) { $0.cue = v } }
        // User lexicons last: a later entry replaces an earlier one with the same words.
        for user in userLexicons {
            for entry in user.entries {
                valence.insert(entry.key, entry.valence, analyzer: analyzer)
                index(entry.key, .valence) { $0.valence = entry.valence }
            }
        }
        tables = Tables(valence: valence, boosters: PhraseTable(boosterEntries, analyzer: analyzer),
                        negators: PhraseTable(negatorEntries, analyzer: analyzer),
                        contrast: PhraseTable(contrastEntries, analyzer: analyzer), hedges: PhraseTable(hedgeEntries, analyzer: analyzer),
                        targets: PhraseTable(targetEntries, analyzer: analyzer), cues: PhraseTable(cueEntries, analyzer: analyzer),
                        targetNames: names, targetLinks: links, words: WordTable(byKey, pairs: pairs))
    }

    /// Whether `s` has a hiragana or katakana letter (``JapaneseLexicon/isKana(_:at:)``): written in Japanese.
    static func hasKana(_ s: String) -> Bool {
        let bytes = Array(s.utf8)
        return bytes.indices.contains { JapaneseLexicon.isKana(bytes, at: $0) }
    }

    /// Loads the scoring lexicons from the folder of `lexicons`, with an analyzer built from its text lexicon.
    public init(lexicons: Lexicons, userLexicons: [UserLexicon] = []) throws {
        try self.init(directory: lexicons.directory, analyzer: TextAnalyzer(lexicon: lexicons.text), userLexicons: userLexicons)
    }

    /// The token keys of the words of lexicon key `key`, as ``PhraseTable`` makes them. A key of ASCII
    /// letters only is one token, so its hash is computed directly (most keys; tokenizing every key twice
    /// would double the load time).
    static func keyHashes(_ key: String, analyzer: TextAnalyzer) -> [UInt64] {
        if !key.isEmpty, key.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) { return [KeyHash.of(key)] }
        return PhraseTable<Bool>.hashes(of: key, analyzer: analyzer)
    }

    /// Reads `name.tsv` from `directory`, with a `file:line` error when it is missing or invalid.
    static func table(_ name: String, in directory: URL) throws -> LexiconTable {
        let url = directory.appendingPathComponent(name + ".tsv")
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw LexiconError(file: url.path, line: 0, reason: "missing lexicon file")
        }
        return try LexiconTable(contentsOf: url)
    }
}

/// One contrast marker's clause weights (`contrast.tsv`).
struct ContrastMarker: Sendable {
    /// Which clause carries the speaker's point.
    enum MainClause: String, Sendable {
        /// The words after the marker ("good, but expensive").
        case after
        /// The other clause: the marker opens a subordinate one ("though", "despite").
        case before
    }
    /// Multiplier for the valence of the words before the marker.
    let before: Double
    /// Multiplier for the valence of the words after the marker.
    let after: Double
    /// See ``MainClause``.
    let mainClause: MainClause
}

/// What a `hedges.tsv` entry marks.
enum HedgeKind: String, Sendable {
    /// Hope and expectation ("hopefully", "we expect").
    case hope
    /// Epistemic hedging ("may", "perhaps", "reportedly").
    case hedge
}

/// Bits of ``WordEntry``: which scoring table has a key starting with a word.
struct LexiconFlag: OptionSet, Sendable {
    let rawValue: UInt8
    static let valence = LexiconFlag(rawValue: 1)
    static let booster = LexiconFlag(rawValue: 2)
    static let negator = LexiconFlag(rawValue: 4)
    static let contrast = LexiconFlag(rawValue: 8)
    static let hedge = LexiconFlag(rawValue: 16)
    static let target = LexiconFlag(rawValue: 32)
    static let cue = LexiconFlag(rawValue: 64)
}
