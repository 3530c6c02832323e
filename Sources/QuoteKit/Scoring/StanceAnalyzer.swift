/// Scores the stance of a stretch of text (a quote) toward a target such as "the deal".
///
/// 1. **Targets.** Words from `stance-targets.tsv` name a canonical target ("talks" → negotiations).
///    The quote's target is the one it names most often; ties go to the default target when it is among
///    them, then to the one named first. A quote that names no target inherits the default target.
/// 2. **Scope.** A cue counts toward target T when its sentence names T or names no target at all
///    (a sentence about the tariffs says nothing about the deal; a sentence that names nothing continues
///    the quote's topic: "I will attend the meeting. Hopefully something can be worked out."). In a quote
///    that names no target, every sentence is in scope. In a sentence naming several targets, a cue that
///    governs one of them counts toward that one only: "offers of deals after a pause on tariffs" pauses
///    the tariffs, not the deals (the target follows the cue over at most three `stance-links.tsv` words).
/// 3. **Evidence.** Stance cues (`stance-cues.tsv`, longest phrase first, so "no rush" and "no concessions"
///    match before negation) count their weight; negators flip and damp them as they do valence
///    ("wouldn't be rushing into a deal" is against, ``Negation``). A cue counts only toward the targets
///    its `targets` column names (any when empty): progress toward agreement ("agreed to keep talking",
///    "no concessions") says something of a deal, talks or trade, nothing of tariffs. Sentiment words
///    that are not part of a cue count too, weakly (``sentimentWeight``), where the range names the
///    target: a "good" deal leans
///    favour, a "disaster" of a deal against; in a quote that names no target, only cues speak of the
///    inherited one ("resolve issues with its close ally" says nothing of the talks). Words inside a
///    quotation the quote itself quotes are the speaker's mention, not use, and do not count.
///    Contrast markers reweight clauses as for sentiment (``Contrast``).
/// 4. **Score.** The signed sum, normalised into -1...1 (``normalize(_:)``), labelled with
///    ``labelThreshold``.
///
/// Never throws. Holds scratch buffers: make one per thread.
public final class StanceAnalyzer {
    /// The lexicons in use.
    public let lexicon: ScoringLexicon
    private var scratch = Scratch()

    /// The buffers reused between calls, in one struct: each access to a class's `var` is checked for
    /// exclusivity at run time, so a call claims them once instead of on every slot it reads.
    fileprivate struct Scratch {
        var scan = ScoringScan()
        var multipliers = ScratchArray<Double>()
        /// By target index: mentions counted, and the first mention's position (kept at zero between calls).
        var mentionCounts: [Int] = []
        var firstMentions: [Int] = []
        /// Whether each sentence of the scanned range is in scope.
        var inScope = ScratchArray<Bool>()
        /// Quotations inside the scored quote (UTF-8 offsets): words the speaker mentions, not uses.
        var mentioned: [TextRange] = []
    }

    /// How much one unit of valence counts as a stance cue. Sentiment says less about the target than a
    /// cue does, so the strongest sentiment word (±4) counts as a mild cue (±0.3, the mild step of
    /// `stance-cues.tsv`): 0.3 / 4 = 0.075. A clear word like "good" (1.9) then gives 0.14, enough for a
    /// label on its own; a mild one like "fair" (0.9) does not.
    public static let sentimentWeight = 0.075
    /// The normalisation constant α in x / √(x² + α): with α = 1, one clear cue (0.6) scores 0.51, two
    /// score 0.77, a faint one (0.2) 0.2; the score never quite reaches ±1.
    public static let alpha = 1.0
    /// |score| at or above this is favor or against; below, none. The faintest cue in
    /// `stance-cues.tsv` (0.2) is labelled on its own; sentiment alone needs a clear word (|valence| >= 1.4).
    public static let labelThreshold = 0.1

    /// An analyzer using `lexicon`.
    public init(lexicon: ScoringLexicon) {
        self.lexicon = lexicon
    }

    /// An analyzer for the same thread as `sentiment`, using its lexicon and sharing its word look-ups:
    /// a document that both score has each word looked up once.
    public init(sharingWordLookupsOf sentiment: SentimentAnalyzer) {
        lexicon = sentiment.lexicon
        scratch.scan.lookups = sentiment.wordLookups
    }

    /// `x / √(x² + α)`, within -1...1.
    public static func normalize(_ x: Double) -> Double {
        min(1, max(-1, x / (x * x + alpha).squareRoot()))
    }

    /// The label for `score`.
    public static func label(_ score: Double) -> StanceLabel {
        score >= labelThreshold ? .favor : score <= -labelThreshold ? .against : .none
    }

    /// The target `text` names most often (ties: the one named first), or nil when it names none: the
    /// document's main target, to pass as `defaultTarget` for its quotes.
    public func mainTarget(in text: AnalyzedText) -> String? {
        scratch.mainTarget(in: text, lexicon: lexicon)
    }

    /// The stance of the tokens overlapping `range` (UTF-8 offsets) toward their main target. Cues and
    /// sentiment words inside `mentioned` (the quotations a direct quote itself quotes: ‘TRADE FAIRNESS’
    /// in a statement) do not count: the speaker names those words rather than says them.
    public func score(_ text: AnalyzedText, range: TextRange, defaultTarget: String? = nil, mentioned: [TextRange] = []) -> StanceScore {
        scratch.mentioned = mentioned
        defer { scratch.mentioned.removeAll(keepingCapacity: true) }
        return score(text, tokens: text.tokenRange(covering: range), defaultTarget: defaultTarget)
    }

    /// The stance of `tokens` toward their main target (see the type's summary), or toward
    /// `defaultTarget` when they name none. With no target at all, `target` is "" and the cues of the
    /// whole range still count.
    public func score(_ text: AnalyzedText, tokens: Range<Int>, defaultTarget: String? = nil) -> StanceScore {
        scratch.score(text, tokens: tokens, defaultTarget: defaultTarget, lexicon: lexicon)
    }

    /// ``score(_:tokens:defaultTarget:)``, then `visit` given the scan it made (for the sentiment of its
    /// sentences, ``DocumentScorer``).
    func score(_ text: AnalyzedText, tokens: Range<Int>, defaultTarget: String?, visitingScan visit: (ScoringScan) -> Void) -> StanceScore {
        let result = scratch.score(text, tokens: tokens, defaultTarget: defaultTarget, lexicon: lexicon)
        visit(scratch.scan)
        return result
    }

    /// The stance of `tokens` toward each target they name, main target first (as ``score(_:tokens:defaultTarget:)``
    /// orders them); toward `defaultTarget` alone when they name none; empty when there is neither.
    public func scores(_ text: AnalyzedText, tokens: Range<Int>, defaultTarget: String? = nil) -> [StanceScore] {
        scratch.scores(text, tokens: tokens, defaultTarget: defaultTarget, lexicon: lexicon)
    }

    /// The stance of `tokens` toward `target` (a canonical name), whether or not they name it: cues in
    /// sentences that name `target` or no target count.
    public func score(_ text: AnalyzedText, tokens: Range<Int>, target: String) -> StanceScore {
        scratch.score(text, tokens: tokens, target: target, lexicon: lexicon)
    }
}

/// The analyzer's methods, run on its reused buffers.
extension StanceAnalyzer.Scratch {
    mutating func mainTarget(in text: AnalyzedText, lexicon: ScoringLexicon) -> String? {
        scan.run(text, 0..<text.tokens.count, lexicon, mode: .targets)
        return chooseTargets(defaultTarget: nil, lexicon: lexicon).first.map { lexicon.targetNames[$0] }
    }

    mutating func score(_ text: AnalyzedText, tokens: Range<Int>, defaultTarget: String?, lexicon: ScoringLexicon) -> StanceScore {
        scan.run(text, tokens, lexicon, mode: .stance)
        let order = chooseTargets(defaultTarget: defaultTarget, lexicon: lexicon)
        return stance(text, target: order.first, defaultTarget: defaultTarget, lexicon: lexicon)
    }

    mutating func scores(_ text: AnalyzedText, tokens: Range<Int>, defaultTarget: String?, lexicon: ScoringLexicon) -> [StanceScore] {
        scan.run(text, tokens, lexicon, mode: .stance)
        let order = chooseTargets(defaultTarget: defaultTarget, lexicon: lexicon)
        if order.isEmpty {
            return defaultTarget == nil ? [] : [stance(text, target: nil, defaultTarget: defaultTarget, lexicon: lexicon)]
        }
        return order.map { stance(text, target: $0, defaultTarget: defaultTarget, lexicon: lexicon) }
    }

    mutating func score(_ text: AnalyzedText, tokens: Range<Int>, target: String, lexicon: ScoringLexicon) -> StanceScore {
        scan.run(text, tokens, lexicon, mode: .stance)
        guard let index = lexicon.targetNames.firstIndex(of: target) else {
            return stance(text, target: nil, defaultTarget: target, lexicon: lexicon)
        }
        var result = stance(text, target: index, defaultTarget: nil, lexicon: lexicon)
        result.inherited = result.mentions.isEmpty
        return result
    }

    /// The targets named in the scanned range, most named first; ties: `defaultTarget`, then first named.
    private mutating func chooseTargets(defaultTarget: String?, lexicon: ScoringLexicon) -> [Int] {
        guard !scan.mentions.isEmpty else { return [] }
        if mentionCounts.count < lexicon.targetNames.count {
            mentionCounts = [Int](repeating: 0, count: lexicon.targetNames.count)
            firstMentions = mentionCounts
        }
        var named: [Int] = []  // each target once, in the order first named
        for (n, m) in scan.mentions.enumerated() {
            if mentionCounts[m.target] == 0 { named.append(m.target); firstMentions[m.target] = n }
            mentionCounts[m.target] += 1
        }
        let preferred = named.count > 1 ? defaultTarget.flatMap { lexicon.targetNames.firstIndex(of: $0) } : nil
        if named.count > 1 {
            named.sort { x, y in
                let cx = mentionCounts[x], cy = mentionCounts[y]
                if cx != cy { return cx > cy }
                if x == preferred { return true }
                if y == preferred { return false }
                return firstMentions[x] < firstMentions[y]
            }
        }
        for t in named { mentionCounts[t] = 0 }
        return named
    }

    /// The stance toward target index `target` over the scanned range (nil: the range names no target
    /// and inherits `defaultTarget`, or "" without one).
    private mutating func stance(_ text: AnalyzedText, target: Int?, defaultTarget: String?, lexicon: ScoringLexicon) -> StanceScore {
        let toks = text.tokens
        // Which sentences are in scope: those naming the target, and those naming none.
        let sentenceCount = max(scan.sentenceCount, 0)
        inScope.removeAll(fillingWith: true, count: sentenceCount)
        var mentions: [TextRange] = []
        if let target {
            mentions.reserveCapacity(scan.mentions.count)
            for m in scan.mentions where m.sentence < sentenceCount { inScope[m.sentence] = false }
            for m in scan.mentions where m.sentence < sentenceCount && m.target == target {
                inScope[m.sentence] = true
                mentions.append(TextRange(Int(toks[Int(m.first)].start), Int(toks[Int(m.end) - 1].end)))
            }
        }
        let capsEmphasis = scan.sawCaps && scan.hasLowercaseWord(text)
        // The target scored, for the cues that speak of some targets only (nil: none at all).
        let scored = target ?? defaultTarget.flatMap { lexicon.targetNames.firstIndex(of: $0) }
        // Sentiment words say something of the target only where the range names it.
        let sentimentCounts = !mentions.isEmpty
        Contrast.multipliers(scan, into: &multipliers)
        var raw = 0.0
        var evidence: [ScoreEvidence] = []
        evidence.reserveCapacity(scan.evidenceSlots)
        for s in 0..<scan.sentenceCount where inScope[s] {
            let a = scan.sentenceStarts[s], b = scan.sentenceStarts[s + 1]
            let namesAnother = target.map { sentence(s, namesTargetOtherThan: $0) } ?? false
            for j in a..<b {
                let slot = scan.slots[j]
                if !mentioned.isEmpty && isMentioned(toks[Int(slot.first)].range) { continue }
                let v: Double, first: Int32, end: Int32
                switch slot.kind {
                case .cue:
                    if let scored, slot.cueTargets & (1 << UInt64(scored)) == 0 { continue }
                    if namesAnother, let governed = targetGoverned(by: slot, sentence: s, toks, lexicon), governed != target {
                        continue
                    }
                    (v, first, end) = scan.modified(j, slot.value, sentence: a..<b, capsEmphasis: false, boosters: false)
                case .valence:
                    guard sentimentCounts else { continue }
                    let m = scan.modified(j, slot.value, sentence: a..<b, capsEmphasis: capsEmphasis, boosters: true)
                    (v, first, end) = (m.value * StanceAnalyzer.sentimentWeight, m.first, m.end)
                default:
                    continue
                }
                let w = v * multipliers[j]
                raw += w
                evidence.append(ScoreEvidence(range: TextRange(Int(toks[Int(first)].start), Int(toks[Int(end) - 1].end)), weight: w))
            }
        }
        let score = StanceAnalyzer.normalize(raw)
        let name = target.map { lexicon.targetNames[$0] } ?? defaultTarget ?? ""
        return StanceScore(target: name, score: score, label: StanceAnalyzer.label(score), inherited: target == nil,
                           mentions: mentions, evidence: evidence)
    }

    /// Whether sentence `s` of the scan names a target other than `target`.
    private func sentence(_ s: Int, namesTargetOtherThan target: Int) -> Bool {
        for m in scan.mentions where m.sentence == s && m.target != target { return true }
        return false
    }

    /// The target a cue governs: one named right after it over at most three `stance-links.tsv` words
    /// ("a pause on reciprocal tariffs", "support for the new deal"); nil when none. A target right
    /// before the cue is not taken: "making trade more free" is said of the negotiations it is about.
    private func targetGoverned(by cue: Slot, sentence s: Int, _ toks: [Token], _ lexicon: ScoringLexicon) -> Int? {
        var k = Int(cue.end), links = 0
        while k < toks.count {
            if toks[k].isSpace { k += 1; continue }
            if let found = mention(startingAt: k, sentence: s) {
                // Of a compound of targets, the last is the head: "a tariff agreement" is an agreement.
                var head = found
                var next = Int(scan.mentions[head].end)
                while next < toks.count && toks[next].isSpace { next += 1 }
                while let after = mention(startingAt: next, sentence: s) {
                    head = after
                    next = Int(scan.mentions[head].end)
                    while next < toks.count && toks[next].isSpace { next += 1 }
                }
                return scan.mentions[head].target
            }
            guard links < 3, lexicon.targetLinks.contains(toks[k].key) else { break }
            links += 1
            k += 1
        }
        return nil
    }

    /// The index of the target mention of sentence `s` that starts at token `k`, if any.
    private func mention(startingAt k: Int, sentence s: Int) -> Int? {
        for n in scan.mentions.indices where scan.mentions[n].sentence == s && Int(scan.mentions[n].first) == k { return n }
        return nil
    }

    /// Whether a slot starting at `range` lies inside a quotation the quote itself quotes.
    private func isMentioned(_ range: TextRange) -> Bool {
        for r in mentioned where r.start <= range.start && range.start < r.end { return true }
        return false
    }
}
