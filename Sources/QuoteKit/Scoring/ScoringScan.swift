/// What one slot of a ``ScoringScan`` is.
enum SlotKind: UInt8 {
    /// A word with no role of its own that still matters (it carries a hedge).
    case word
    /// A valence word or phrase (`valence.tsv` or a user lexicon).
    case valence
    /// A booster or dampener (`boosters.tsv`).
    case booster
    /// A negator (`negators.tsv`).
    case negator
    /// A contrast marker (`contrast.tsv`).
    case contrast
    /// A stance cue (`stance-cues.tsv`); only when scanning for stance.
    case cue
    /// Punctuation that ends a clause: , ; : . ( ) [ ] and dashes. Not a word.
    case clauseBreak
    /// Exclamation marks (one slot per token; ``Slot/value`` says how many marks it holds). Not a word.
    case exclamation
    /// Question marks (as for exclamation).
    case question

    /// True for the slots that are words.
    @inline(__always) var isWord: Bool { rawValue <= SlotKind.cue.rawValue }
}

/// One word, phrase or clause mark of a scanned range that a rule may use: a view (token indices) plus
/// what the lexicons say about it. Words no lexicon knows get no slot; they are only counted.
struct Slot {
    /// First token (index into ``AnalyzedText/tokens``).
    var first: Int32
    /// One past the last token.
    var end: Int32
    /// The slot's position counted in words from the start of the scanned range (a phrase is one
    /// word); windows ("three words before") are measured with it.
    var word: Int32
    var kind: SlotKind
    /// A contrast marker whose main clause comes after it ("but"); false for "though"-like markers.
    var mainClauseAfter: Bool
    /// Every letter is a capital (two letters at least): candidate for capitalised emphasis.
    var caps: Bool
    /// The slot starts a `hedges.tsv` key.
    var hedge: HedgeKind?
    /// Valence (valence), weight (booster, cue), `before` multiplier (contrast), 1 for a negator that
    /// follows the word it negates (0 for one before it), or the number of marks (exclamation, question).
    var value: Double
    /// The `after` multiplier of a contrast marker; for a cue, the bits of ``cueTargets``.
    var after: Double

    /// A cue's ``StanceCue/targets`` (kept in ``after``, which cues do not use).
    var cueTargets: UInt64 { after.bitPattern }
}

/// A target mention found while scanning for stance.
struct TargetMention {
    /// Index into ``ScoringLexicon/targetNames``.
    var target: Int
    /// The sentence it stands in (index into the scan's sentences; 0 in targets mode, which does not
    /// mark sentences).
    var sentence: Int
    /// First token and one past the last.
    var first: Int32
    var end: Int32
}

/// One pass over a token range that turns its evaluative words into ``Slot``s by longest lexicon match,
/// counts the other words, and notes sentence starts, hedges and target mentions. Reused between calls
/// (its arrays keep their capacity), so each analyzer owns one.
///
/// Matching: each word of a document costs one ``WordTable`` look-up, made the first time the document
/// is scanned and kept for its other scans (``TokenCells``). A word that starts keys is matched in every table
/// that has one (from the entry for one-word keys, by ``PhraseTable`` for longer ones); the longest
/// match wins, and on equal length cue > negator > contrast > booster > valence (so "no rush" is a cue
/// and not a negation, "kind of" a dampener and not "kind"). Hedges and targets do not compete: they
/// annotate whatever starts there.
struct ScoringScan {
    /// What to look for. Targets mode finds only ``mentions`` (no slots, words or sentences).
    enum Mode { case sentiment, stance, targets }

    var slots = ScratchArray<Slot>()
    /// The slot index where each sentence starts, then `slots.count`: sentence `s` is
    /// `sentenceStarts[s]..<sentenceStarts[s + 1]`.
    var sentenceStarts = ScratchArray<Int>()
    /// The word count (``Slot/word``) at the start of each sentence, parallel to ``sentenceStarts``
    /// without its last element.
    var sentenceWords = ScratchArray<Int32>()
    /// Stance targets, in text order (stance and targets modes).
    var mentions = ScratchArray<TargetMention>()
    /// For each sentence of the scan, the index of the text's sentence it is (into
    /// ``AnalyzedText/sentenceTokens``; the count of them for tokens after the last), and whether its
    /// slots are the ones a sentiment scan of that sentence alone would make (``isStandalone(_:)``).
    var sentenceIndices = ScratchArray<Int32>()
    var standalone = ScratchArray<Bool>()
    /// The number of words in the range (a matched phrase counts one).
    var wordCount: Int32 = 0
    /// Some valence or booster slot is in capitals.
    var sawCaps = false
    /// Some slot is a contrast marker.
    var sawContrast = false
    /// The number of slots that may become evidence (valence words, cues, exclamation and question
    /// marks): enough room for a score's evidence, reserved at once.
    var evidenceSlots = 0
    /// The token range scanned.
    var tokens: Range<Int> = 0..<0
    /// The word look-ups of the document being scanned (shared with another analyzer's scan when
    /// both were made for that).
    var lookups = TokenCells()
    /// In a stance scan, the end of a hedge that ran past its sentence's end (0: none).
    private var hedgeSpilledUntil = 0
    /// Where in ``TokenCells/Document/scanned`` and in the sentences the last scan stopped: the next
    /// scan usually starts there.
    private var scannedHint = 0, sentenceHint = 0

    init() {}

    var sentenceCount: Int { sentenceStarts.count - 1 }

    /// Scans `tokens` of `text` for `mode`.
    mutating func run(_ text: AnalyzedText, _ range: Range<Int>, _ lexicon: ScoringLexicon, mode: Mode) {
        slots.removeAll()
        sentenceStarts.removeAll()
        sentenceWords.removeAll()
        mentions.removeAll()
        sentenceIndices.removeAll()
        standalone.removeAll()
        sawCaps = false
        sawContrast = false
        evidenceSlots = 0
        wordCount = 0
        let limit = min(range.upperBound, text.tokens.count)
        var i = max(0, range.lowerBound)
        tokens = i..<max(i, limit)
        sentenceStarts.append(0)
        sentenceWords.append(0)
        defer { sentenceStarts.append(slots.count) }
        guard i < limit else { return }
        let table = lexicon.words
        let document = lookups.lookUp(text, in: table)
        if mode == .targets {
            findTargets(text, i..<limit, lexicon, document)
            return
        }
        // The scanned tokens (``TokenCells/Document/scanned``) from `i` on.
        let scanned = document.scanned, scannedCount = scanned.count, cells = document.cells
        var p = Self.first(in: scanned, from: i, hint: scannedHint) { Int($0) }
        defer { scannedHint = p }

        // Sentence boundaries: the first sentence that ends after `i`.
        let sentences = text.sentenceTokens
        var s = sentences.withUnsafeBufferPointer { Self.first(in: $0, from: i + 1, hint: sentenceHint) { $0.upperBound } }
        // A scan of the next range (sentence, paragraph) starts one sentence further.
        defer { sentenceHint = s + 1 }
        var sentenceEnd = s < sentences.count ? sentences[s].upperBound : Int.max
        var sentenceHasWords = false
        let stance = mode == .stance
        // Stance scans note which of their sentences a sentiment scan could read (``isStandalone(_:)``):
        // here what is known where each starts, the rest once the scan is done.
        hedgeSpilledUntil = 0
        if stance { noteSentence(s, firstToken: i, sentences, limit: limit) }
        defer { if stance { noteSpoiledSentences(sentences) } }

        // The tables whose keys matter in this mode.
        let wanted: LexiconFlag = stance ? [.valence, .booster, .negator, .contrast, .hedge, .target, .cue]
            : [.valence, .booster, .negator, .contrast, .hedge]
        var targetEnd = 0, hedgeEnd = 0
        text.tokens.withUnsafeBufferPointer { toks in
            text.bytes.withUnsafeBufferPointer { bytes in
                table.entries.withUnsafeBufferPointer { entries in
                    while p < scannedCount {
                        i = Int(scanned[p])
                        if i >= limit { break }
                        if i >= sentenceEnd {
                            while s < sentences.count && sentences[s].upperBound <= i { s += 1 }
                            sentenceEnd = s < sentences.count ? sentences[s].upperBound : Int.max
                            if sentenceHasWords {
                                sentenceStarts.append(slots.count)
                                sentenceWords.append(wordCount)
                                if stance { noteSentence(s, firstToken: i, sentences, limit: limit) }
                                sentenceHasWords = false
                            }
                        }
                        sentenceHasWords = true
                        let cell = cells[i]
                        if cell.entry < 0 {
                            if cell.isPunctuation {
                                appendMark(toks[i], i, bytes)
                            } else {
                                if cell.isStretchedWord, let (kind, value) = Self.elongated(toks[i], text, lexicon) {
                                    append(kind, i, i + 1, value: value, caps: Self.isCapitals(toks, bytes, i, i + 1))
                                }
                                wordCount += 1
                            }
                            p += 1
                            continue
                        }
                        let phrasal = Self.mayStartPhrase(cell.phrases.intersection(wanted), cell, toks, i, limit)
                        if (phrasal ? cell.flags : cell.singles).isDisjoint(with: wanted) {
                            // No key of the tables in use can match here: a plain token, as when
                            // every match is refused below.
                            if cell.isPunctuation { appendMark(toks[i], i, bytes) } else { wordCount += 1 }
                            p += 1
                            continue
                        }
                        let e = entries[Int(cell.entry)]
                        var kind = SlotKind.word
                        var value = 0.0, after = 0.0, mainAfter = false
                        var best = i  // end of the longest match so far (i: none)
                        if stance, e.flags.contains(.cue), let m = match(e, phrasal, .cue, lexicon.cues, e.cue, text, i, limit), Self.isLonger(m.end, than: best, start: i, toks) {
                            best = m.end; kind = .cue; value = m.value.weight; after = Double(bitPattern: m.value.targets)
                        }
                        if e.flags.contains(.negator), let m = match(e, phrasal, .negator, lexicon.negators, e.negatorFollows, text, i, limit), Self.isLonger(m.end, than: best, start: i, toks) {
                            best = m.end; kind = .negator; value = m.value ? 1 : 0
                        }
                        if e.flags.contains(.contrast), let m = match(e, phrasal, .contrast, lexicon.contrast, e.contrast, text, i, limit), Self.isLonger(m.end, than: best, start: i, toks) {
                            best = m.end; kind = .contrast; value = m.value.before; after = m.value.after
                            mainAfter = m.value.mainClause == .after
                        }
                        if e.flags.contains(.booster), let m = match(e, phrasal, .booster, lexicon.boosters, e.booster, text, i, limit), Self.isLonger(m.end, than: best, start: i, toks) {
                            best = m.end; kind = .booster; value = m.value
                        }
                        if e.flags.contains(.valence), let m = match(e, phrasal, .valence, lexicon.valence, e.valence, text, i, limit), Self.isLonger(m.end, than: best, start: i, toks) {
                            best = m.end; kind = m.value == 0 ? .word : .valence; value = m.value
                        }
                        var hedge: HedgeKind? = nil
                        if i >= hedgeEnd, e.flags.contains(.hedge), let m = match(e, phrasal, .hedge, lexicon.hedges, e.hedge, text, i, limit) {
                            hedge = m.value
                            hedgeEnd = m.end
                            if stance && hedgeEnd > sentenceEnd { hedgeSpilledUntil = hedgeEnd; standalone[standalone.count - 1] = false }
                        }
                        if stance, i >= targetEnd, e.flags.contains(.target), let m = match(e, phrasal, .target, lexicon.targets, e.target, text, i, limit) {
                            mentions.append(TargetMention(target: m.value, sentence: sentenceStarts.count - 1, first: Int32(i), end: Int32(m.end)))
                            targetEnd = m.end
                        }
                        if stance, best > i + 1 {
                            // A target inside a longer match still names the target ("a good deal").
                            for k in (i + 1)..<best where k >= targetEnd && toks[k].kind != .whitespace {
                                let c = cells[k]
                                guard c.flags.contains(.target),
                                      let m = match(entries[Int(c.entry)], Self.mayStartPhrase(c.phrases, c, toks, k, limit), .target,
                                                    lexicon.targets, entries[Int(c.entry)].target, text, k, limit) else { continue }
                                mentions.append(TargetMention(target: m.value, sentence: sentenceStarts.count - 1, first: Int32(k), end: Int32(m.end)))
                                targetEnd = m.end
                            }
                        }
                        if best == i {
                            // Only a hedge or a target starts here (or a match was refused): a plain token.
                            if cell.isPunctuation {
                                appendMark(toks[i], i, bytes)
                            } else {
                                if let hedge { append(.word, i, i + 1, value: 0, hedge: hedge) }
                                wordCount += 1
                            }
                            p += 1
                            continue
                        }
                        let caps = (kind == .valence || kind == .booster) && Self.isCapitals(toks, bytes, i, best)
                        append(kind, i, best, value: value, after: after, mainAfter: mainAfter, caps: caps, hedge: hedge)
                        wordCount += 1
                        p += 1
                        while p < scannedCount && Int(scanned[p]) < best { p += 1 }
                    }
                }
            }
        }
    }

    /// Records that the scan's next sentence is the text's sentence `s`, whose first scanned token is
    /// `firstToken`: standalone when it lies whole inside the scanned range, no scanned token before it
    /// belongs to no sentence, and no match from an earlier sentence runs into it.
    /// (Kept out of line, as ``noteSpoiledSentences(_:)`` is: inlined into the scan, the two made
    /// sentiment scans, which never call them, 5% slower.)
    @inline(never)
    private mutating func noteSentence(_ s: Int, firstToken: Int, _ sentences: [Range<Int>], limit: Int) {
        sentenceIndices.append(Int32(truncatingIfNeeded: s))
        let whole = s < sentences.count && sentences[s].lowerBound >= tokens.lowerBound && sentences[s].lowerBound <= firstToken
            && sentences[s].upperBound <= limit && hedgeSpilledUntil <= sentences[s].lowerBound
        standalone.append(whole)
    }

    /// After a stance scan: a sentence with a stance cue (which took the place of what a sentiment
    /// scan finds there) or with a match past its end is not standalone, nor is one that such a match
    /// runs into.
    @inline(never)
    private mutating func noteSpoiledSentences(_ sentences: [Range<Int>]) {
        var spilledUntil = 0
        // (Run before the scan's last sentence start, `slots.count`, is appended.)
        for k in 0..<standalone.count {
            let s = Int(sentenceIndices[k])
            guard s < sentences.count else { continue }
            if spilledUntil > sentences[s].lowerBound { standalone[k] = false }
            let end = k + 1 < sentenceStarts.count ? sentenceStarts[k + 1] : slots.count
            for j in sentenceStarts[k]..<end where slots[j].kind == .cue || Int(slots[j].end) > sentences[s].upperBound {
                standalone[k] = false
                spilledUntil = max(spilledUntil, Int(slots[j].end))
            }
        }
    }

    /// Whether sentence `k` of the scan (a stance scan of several sentences) holds the slots that a
    /// sentiment scan of that sentence alone would make: no stance cue took the place of a sentiment
    /// match in it, no match ran across its ends, and it lies whole in the scanned range. Only then can
    /// its sentiment be read from this scan (``SentimentAnalyzer``'s `score(sentence:of:)`).
    /// (Only stance scans note this: false for every sentence of a sentiment scan.)
    func isStandalone(_ k: Int) -> Bool { k < standalone.count && standalone[k] }

    /// The number of words in sentence `k` of the scan.
    func words(inSentence k: Int) -> Int32 {
        (k + 1 < sentenceWords.count ? sentenceWords[k + 1] : wordCount) - sentenceWords[k]
    }

    /// The first position in `items` (ascending by `value`) whose value is `i` or more: `hint` when it
    /// is that (a scan of the range that follows the last one), else found by binary search.
    @inline(__always)
    private static func first<T>(in items: UnsafeBufferPointer<T>, from i: Int, hint: Int, _ value: (T) -> Int) -> Int {
        if hint <= items.count && (hint == items.count || value(items[hint]) >= i) && (hint == 0 || value(items[hint - 1]) < i) {
            return hint
        }
        var lo = 0, hi = items.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if value(items[mid]) < i { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Targets mode: the mentions in `range`, read only at the tokens that start a target key
    /// (``TokenCells/targetTokens``). Where mentions would overlap, the first wins.
    private mutating func findTargets(_ text: AnalyzedText, _ range: Range<Int>, _ lexicon: ScoringLexicon,
                                      _ document: TokenCells.Document) {
        let starts = document.targetTokens, cells = document.cells
        var c = 0, hi = starts.count
        while c < hi {
            let mid = (c + hi) / 2
            if Int(starts[mid]) < range.lowerBound { c = mid + 1 } else { hi = mid }
        }
        var targetEnd = 0
        text.tokens.withUnsafeBufferPointer { toks in
            while c < starts.count, Int(starts[c]) < range.upperBound {
                let i = Int(starts[c])
                c += 1
                let cell = cells[i]
                let phrasal = Self.mayStartPhrase(cell.phrases.intersection(.target), cell, toks, i, range.upperBound)
                guard i >= targetEnd, !(phrasal ? cell.flags : cell.singles).isDisjoint(with: .target) else { continue }
                let e = lexicon.words.entries[Int(cell.entry)]
                if let m = match(e, phrasal, .target, lexicon.targets, e.target, text, i, range.upperBound) {
                    mentions.append(TargetMention(target: m.value, sentence: 0, first: Int32(i), end: Int32(m.end)))
                    targetEnd = m.end
                }
            }
        }
    }

    /// The match of `flag`'s table at token `i`: the one-word key's value from the entry, or the
    /// longest key from `table` when longer keys start here and `phrasal` (``mayStartPhrase``) says one
    /// may match. (`table` is read only then: reading a table out of the lexicon copies it.)
    @inline(__always)
    private func match<V>(_ e: WordEntry, _ phrasal: Bool, _ flag: LexiconFlag, _ table: @autoclosure () -> PhraseTable<V>, _ single: V,
                          _ text: AnalyzedText, _ i: Int, _ limit: Int) -> (value: V, end: Int)? {
        if phrasal && e.phrases.contains(flag) { return table().longestMatch(in: text, at: i, limit: limit) }
        return e.singles.contains(flag) ? (single, i + 1) : nil
    }

    /// Whether a key of two words or more may match at token `i` (whose cell is `cell`), whose word
    /// starts such keys in the tables `phrases`: some table has one that starts with this word and the
    /// next word, and that word comes before `limit`. Most words that start phrases ("a", "in", "on",
    /// "no") are followed by a word that continues none, and then only one-word keys can match.
    @inline(__always)
    private static func mayStartPhrase(_ phrases: LexiconFlag, _ cell: TokenCells.Cell, _ toks: UnsafeBufferPointer<Token>,
                                       _ i: Int, _ limit: Int) -> Bool {
        guard !phrases.isEmpty, cell.pairStartsPhrase else { return false }
        var j = i + 1
        while j < limit && toks[j].kind == .whitespace { j += 1 }
        return j < limit
    }

    /// Whether a match at token `start` ending at `end` beats the longest so far (ending at `best`). A
    /// phrase that starts with punctuation (an emoticon) must be written without spaces. (A static
    /// function rather than a local one: a local function capturing the scan's loop variables costs a
    /// run-time exclusivity check per call.)
    @inline(__always)
    private static func isLonger(_ end: Int, than best: Int, start i: Int, _ toks: UnsafeBufferPointer<Token>) -> Bool {
        guard end > best else { return false }
        if end - i > 1, toks[i].kind == .punctuation || toks[i].kind == .symbol {
            for k in i..<end where toks[k].kind == .whitespace { return false }
        }
        return true
    }

    @inline(__always)
    private mutating func append(_ kind: SlotKind, _ first: Int, _ end: Int, value: Double, after: Double = 0,
                                 mainAfter: Bool = false, caps: Bool = false, hedge: HedgeKind? = nil) {
        if caps { sawCaps = true }
        if kind == .contrast { sawContrast = true }
        if kind == .valence || kind == .cue || kind == .exclamation || kind == .question { evidenceSlots += 1 }
        slots.append(Slot(first: Int32(first), end: Int32(end), word: wordCount, kind: kind, mainClauseAfter: mainAfter,
                          caps: caps, hedge: hedge, value: value, after: after))
    }

    /// A punctuation token no lexicon knows: a clause mark, or nothing (hyphens, slashes, ...).
    @inline(__always)
    private mutating func appendMark(_ t: Token, _ i: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
        let start = Int(t.start), end = Int(t.end)
        let b = bytes[start]
        let kind: SlotKind
        switch b {
        case 0x21: kind = .exclamation  // !
        case 0x3F: kind = .question     // ?
        case 0x2C, 0x3B, 0x3A, 0x2E, 0x28, 0x29, 0x5B, 0x5D: kind = .clauseBreak  // , ; : . ( ) [ ]
        case 0xE2 where end - start == 3 && bytes[start + 1] == 0x80 && (0x93...0x94).contains(bytes[start + 2]):
            kind = .clauseBreak  // – —
        case 0xE2 where end - start == 3 && bytes[start + 1] == 0x80 && bytes[start + 2] == 0xA6:
            kind = .clauseBreak  // …
        case 0xE3 where bytes[start + 1] == 0x80 && (0x81...0x82).contains(bytes[start + 2]):
            kind = .clauseBreak  // 、 。
        case 0xEF where bytes[start + 1] == 0xBC && (bytes[start + 2] == 0x81 || bytes[start + 2] == 0x9F):
            // Full-width ！ and ？: as many marks as the token has three-byte characters.
            append(bytes[start + 2] == 0x81 ? .exclamation : .question, i, i + 1, value: Double((end - start) / 3))
            return
        default:
            return
        }
        var count = 0.0
        if kind == .exclamation || kind == .question {
            for k in start..<end where bytes[k] == b { count += 1 }
        }
        append(kind, i, i + 1, value: count)
    }

    /// A word no lexicon knows that has a letter repeated three times or more ("goooood", "yesss",
    /// "sooo"): looked up again with each run shortened to two letters, then to one, as a valence word or
    /// booster. Social-media spelling stretches words for emphasis; English words never triple a letter.
    static func elongated(_ t: Token, _ text: AnalyzedText, _ lexicon: ScoringLexicon) -> (SlotKind, Double)? {
        let norm = text.normalizedBytes
        for keep in [2, 1] {
            var h = KeyHash.seed
            var run = 0
            var previous: UInt8 = 0
            for k in t.normalized {
                let b = norm[k]
                run = b == previous ? run + 1 : 1
                previous = b
                if run <= keep || b &- 0x61 >= 26 { h = KeyHash.add(b, to: h) }
            }
            let index = lexicon.words.index(h)
            guard index >= 0 else { continue }
            let e = lexicon.words.entries[index]
            if e.singles.contains(.valence), e.valence != 0 { return (.valence, e.valence) }
            if e.singles.contains(.booster) { return (.booster, e.booster) }
        }
        return nil
    }

    /// True when the words of tokens `start..<end` have at least two letters and no lower-case one
    /// (ASCII letters decide; other scripts neither make nor break capitals).
    @inline(__always)
    static func isCapitals(_ toks: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var upper = 0
        for k in start..<end where toks[k].kind == .word {
            for b in Int(toks[k].start)..<Int(toks[k].end) {
                let c = bytes[b]
                if c &- 0x61 < 26 { return false }
                if c &- 0x41 < 26 { upper += 1 }
            }
        }
        return upper >= 2
    }

    /// True when some word of the scanned range has a lower-case letter: only then is a word in capitals
    /// emphasis ("GREAT" in a normal sentence) rather than a text in capitals (a headline, a shout).
    func hasLowercaseWord(_ text: AnalyzedText) -> Bool {
        Self.hasLowercaseWord(text, in: tokens)
    }

    /// ``hasLowercaseWord(_:)`` for the tokens `range` of `text`.
    static func hasLowercaseWord(_ text: AnalyzedText, in range: Range<Int>) -> Bool {
        text.tokens.withUnsafeBufferPointer { toks in
            text.bytes.withUnsafeBufferPointer { bytes in
                for k in range where toks[k].kind == .word {
                    for b in Int(toks[k].start)..<Int(toks[k].end) where bytes[b] &- 0x61 < 26 { return true }
                }
                return false
            }
        }
    }
}
