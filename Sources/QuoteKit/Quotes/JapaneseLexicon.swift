import Foundation

/// The Japanese lexicons: reporting verbs (`ja-speech-verbs.tsv`), the particles that mark speaker and
/// reported words (`ja-particles.tsv`) and the titles written after names (`ja-title-suffixes.tsv`).
/// Japanese runs its words together, so entries are matched on the text's bytes, not on token keys.
struct JapaneseLexicon: Sendable {
    /// What a particle tells (`ja-particles.tsv`).
    enum Role: String, Sendable {
        /// は, も and が: the phrase before it is the speaker.
        case topic, subject
        /// と: the reported words end before it, the verb follows it.
        case quotative
        /// によると: the phrase before it is the source, the rest of the sentence what it said.
        case source
        /// の: in a speaker's phrase, the name follows the last one.
        case genitive
        /// から, で: may end a speaker's phrase before は (野党の一部からは), and is no part of it.
        case caseMarker = "case"
    }

    /// What a title suffix is (`ja-title-suffixes.tsv`, column `kind`).
    enum TitleKind: String, Sendable {
        /// 氏, さん: only ever after a name.
        case honorific
        /// 首相, 教授: after a name, or after a prefix that makes it another office (英首相).
        case office
        /// 関係者, 一部: after an organisation; never dropped, and never a title after a registry name.
        case group
    }

    /// A reporting verb: the bytes its forms start with, and what it is.
    struct Verb: Sendable {
        let stem: [UInt8]
        let verb: SpeechVerb
    }

    /// Verbs, longest stem first (the first that matches is the longest).
    private(set) var verbs: [Verb] = []
    /// Particles matched as a whole token, by the token's key (as every lexicon word is).
    private(set) var particles = KeyTable<Role>()
    /// The quotative particles' bytes, for a token of kana that ends in one.
    private(set) var quotatives: [[UInt8]] = []
    /// Source phrases, longest first, matched from a token's start.
    private(set) var sourcePhrases: [[UInt8]] = []
    /// Title suffixes, longest first, with their kind.
    private(set) var titleSuffixes: [(bytes: [UInt8], kind: TitleKind)] = []

    init() {}

    init(directory: URL) throws {
        let verbTable = try Lexicons.table("ja-speech-verbs", in: directory)
        let (lemma, cls) = (try verbTable.column("lemma"), try verbTable.column("class"))
        let classes: Set = ["neutral", "assertive", "hedged", "negative", "positive", "question", "written", "belief"]
        for row in verbTable.rows {
            guard classes.contains(row.fields[cls]) else {
                throw LexiconError(file: verbTable.path, line: row.line, reason: "class must be one of \(classes.sorted().joined(separator: ", ")), found '\(row.fields[cls])'")
            }
            verbs.append(Verb(stem: Array(row.key.utf8),
                              verb: SpeechVerb(lemma: row.fields[lemma], verbClass: row.fields[cls], tense: "past",
                                               indirect: .yes, takesObject: false)))
        }
        verbs.sort { $0.stem.count > $1.stem.count }
        let particleTable = try Lexicons.table("ja-particles", in: directory)
        let role = try particleTable.column("role")
        for row in particleTable.rows {
            guard let r = Role(rawValue: row.fields[role]) else {
                throw LexiconError(file: particleTable.path, line: row.line, reason: "role must be topic, subject, quotative, source, genitive or case, found '\(row.fields[role])'")
            }
            switch r {
            case .source: sourcePhrases.append(Array(row.key.utf8))
            case .quotative: particles[KeyHash.of(row.key)] = r; quotatives.append(Array(row.key.utf8))
            default: particles[KeyHash.of(row.key)] = r
            }
        }
        sourcePhrases.sort { $0.count > $1.count }
        let titleTable = try Lexicons.table("ja-title-suffixes", in: directory)
        let titleKind = try titleTable.column("kind")
        for row in titleTable.rows {
            guard let kind = TitleKind(rawValue: row.fields[titleKind]) else {
                throw LexiconError(file: titleTable.path, line: row.line, reason: "kind must be honorific, office or group, found '\(row.fields[titleKind])'")
            }
            titleSuffixes.append((Array(row.key.utf8), kind))
        }
        titleSuffixes.sort { $0.bytes.count > $1.bytes.count }
    }

    /// The role of token `i` when it is a particle.
    func role(ofToken i: Int, in text: AnalyzedText) -> Role? {
        text.tokens[i].kind == .ideographic ? particles[text.tokens[i].key] : nil
    }

    /// Where the quotative particle of token `i` starts: the token's start when it is one (と), the
    /// particle's start when a token of kana ends in one (ICU writes "すると" as one word); nil otherwise.
    func quotativeStart(ofToken i: Int, in text: AnalyzedText) -> Int? {
        let r = text.tokens[i].range
        guard text.tokens[i].kind == .ideographic, r.length >= 3 else { return nil }
        if role(ofToken: i, in: text) == .quotative { return r.start }
        guard JapaneseLexicon.isHiragana(text.bytes, at: r.start) else { return nil }
        for bytes in quotatives where bytes.count < r.length && Self.bytes(text.bytes, at: r.end - bytes.count, start: bytes) {
            return r.end - bytes.count
        }
        return nil
    }

    /// The verb whose stem starts at byte `offset`, and the byte where the stem ends.
    func verb(at offset: Int, in bytes: [UInt8]) -> (verb: SpeechVerb, end: Int)? {
        for v in verbs where Self.bytes(bytes, at: offset, start: v.stem) { return (v.verb, offset + v.stem.count) }
        return nil
    }

    /// The end of the source phrase starting at byte `offset`, if one does.
    func sourcePhrase(at offset: Int, in bytes: [UInt8]) -> Int? {
        for p in sourcePhrases where Self.bytes(bytes, at: offset, start: p) { return offset + p.count }
        return nil
    }

    /// Where the name in bytes `start..<end` ends: before the longest title suffix that ends them; at
    /// `end` when there is none, when nothing would be left, or when an office title follows one
    /// character only, a prefix that makes it another office (英首相, 前首相).
    func droppingTitle(_ start: Int, _ end: Int, in bytes: [UInt8]) -> Int {
        for s in titleSuffixes where end - s.bytes.count > start && Self.bytes(bytes, at: end - s.bytes.count, start: s.bytes) {
            // The longest suffix decides: a group word (政府関係者) is part of the speaker's name.
            if s.kind == .group { return end }
            let left = String(decoding: bytes[start..<(end - s.bytes.count)], as: UTF8.self)
            return s.kind == .office && left.unicodeScalars.count == 1 ? end : end - s.bytes.count
        }
        return end
    }

    /// Whether bytes `start..<end` end in a title suffix (経済再生相, 米大統領, 首相), not a group word
    /// (政府関係者 is an official, not the government).
    func endsWithTitle(_ start: Int, _ end: Int, in bytes: [UInt8]) -> Bool {
        for s in titleSuffixes where end - s.bytes.count >= start && Self.bytes(bytes, at: end - s.bytes.count, start: s.bytes) {
            return s.kind != .group
        }
        return false
    }

    /// Whether bytes `start..<end` are a title suffix or group word and nothing else (会長, 一部).
    func isTitle(_ start: Int, _ end: Int, in bytes: [UInt8]) -> Bool {
        titleSuffixes.contains { $0.bytes.count == end - start && Self.bytes(bytes, at: start, start: $0.bytes) }
    }

    /// Whether `bytes[offset...]` starts with `prefix`.
    private static func bytes(_ bytes: [UInt8], at offset: Int, start prefix: [UInt8]) -> Bool {
        guard offset >= 0, offset + prefix.count <= bytes.count else { return false }
        for k in prefix.indices where bytes[offset + k] != prefix[k] { return false }
        return true
    }

    /// Whether token `i` ends in a hiragana letter (担当した, a clause's verb).
    static func endsInHiragana(_ i: Int, _ text: AnalyzedText) -> Bool {
        let r = text.tokens[i].range
        return r.length >= 3 && isHiragana(text.bytes, at: r.end - 3)
    }

    /// Whether byte `offset` starts a hiragana or katakana letter (U+3041-U+30FF: E3 81 81 to E3 83 BF),
    /// a script only Japanese writes.
    static func isKana(_ bytes: [UInt8], at offset: Int) -> Bool {
        guard offset >= 0, offset + 2 < bytes.count, bytes[offset] == 0xE3 else { return false }
        let b = bytes[offset + 1]
        return (b == 0x81 && bytes[offset + 2] >= 0x81) || b == 0x82 || b == 0x83
    }

    /// Whether byte `offset` starts a hiragana letter (U+3041-U+309F: E3 81 81 to E3 82 9F), the script
    /// of a verb's ending.
    static func isHiragana(_ bytes: [UInt8], at offset: Int) -> Bool {
        guard offset >= 0, offset + 2 < bytes.count, bytes[offset] == 0xE3 else { return false }
        return bytes[offset + 1] == 0x81 || (bytes[offset + 1] == 0x82 && bytes[offset + 2] <= 0x9F)
    }
}
