/// The quotes stage: every quotation and reported statement of one analysed document.
///
/// Order: pair quotation marks (``QuotationPairer``), make direct, partial and mention quotes
/// (``DirectQuoteRule``), merge interrupted pieces (``InterruptedQuoteMerger``), then look for reported
/// speech without marks sentence by sentence (``ColonIntroductionRule``, ``IndirectSpeechRule``,
/// ``AccordingToRule``, ``TrailingCueRule``). Never throws; problems become warnings.
struct QuoteFinder {
    let lexicon: QuoteLexicon
    private let pairer = QuotationPairer()

    init(lexicon: QuoteLexicon) { self.lexicon = lexicon }

    /// Quotes in text order, and warnings.
    func find(in text: AnalyzedText, keepMentions: Bool = false) -> (quotes: [Quote], warnings: [String]) {
        let cues = CueFinder(lexicon: lexicon)
        var (paired, warnings) = pairer.pair(text)
        // Marks around no word at all ("" or a run of opening marks) report nothing.
        let spans = paired.filter { hasWords($0, text) }
        warnings += longQuotationWarnings(spans, text)
        let quotedRanges = QuotedRanges(spans.flatMap(\.pieces))
        let singleSpans = spans.reduce(0) { $0 + ($1.level == .single ? 1 : 0) }
        let direct = DirectQuoteRule(lexicon: lexicon, cues: cues, text: text, quoted: quotedRanges,
                                     dialogueIsDouble: spans.count - singleSpans > singleSpans)
        var quotes = spans.map { direct.quote(for: $0, in: text) }
        quotes = InterruptedQuoteMerger(lexicon: lexicon).merge(quotes, text: text)
        let japanese = JapaneseReportRule(lexicon: lexicon.japanese)
        japanese.attachCues(&quotes, in: text)

        let indirect = IndirectSpeechRule(lexicon: lexicon, cues: cues)
        let trailing = TrailingCueRule(cues: cues)
        let according = AccordingToRule(lexicon: lexicon)
        let colon = ColonIntroductionRule(cues: cues)
        // Direct quotes' cues are taken: the same verb does not also report indirect speech.
        let usedCues = Set(quotes.filter { $0.kind == .direct }.compactMap(\.cue).map(\.start))
        for s in text.sentenceTokens.indices {
            // The rules with a verb read the same cues: found once, by the direct rule (most sentences
            // have none).
            let sentenceCues = direct.sentenceCues[s]
            var found = sentenceCues.isEmpty ? [] : colon.quotes(in: s, of: text, quoted: quotedRanges, cues: sentenceCues)
            if found.isEmpty && !sentenceCues.isEmpty {
                // A cue inside another report's content is part of what was reported ("Trump said he
                // expected ..."; "Antoni argued critics who predicted ... had misread"): one statement.
                found = Self.outermost(indirect.quotes(in: s, of: text, quoted: quotedRanges, cues: sentenceCues))
            }
            // A source phrase reports its own statement beside a verb's ("He described the talks as
            // candid, according to Xinhua, and said ..."). Where the two overlap, the verb's report
            // stands when its verb is the source's clause's own ("According to the Post, officials said
            // ..."), the source's when the verb is in a subordinate clause ("According to the Post,
            // aides looked into what would happen if he announced ...": one statement, as with nested
            // verbs).
            for a in according.quotes(in: s, of: text, quoted: quotedRanges) {
                let inner = found.filter { Self.overlap(a, $0) }
                if inner.isEmpty {
                    found.append(a)
                } else if inner.allSatisfy({ isDeep($0, in: a, text) }) {
                    found.removeAll { Self.overlap(a, $0) }
                    found.append(a)
                }
            }
            if found.isEmpty && !sentenceCues.isEmpty { found = trailing.quotes(in: s, of: text, quoted: quotedRanges, cues: sentenceCues) }
            if found.isEmpty && JapaneseReportRule.mayBeJapanese(s, text) { found = japanese.reports(in: s, of: text, quoted: quotedRanges) }
            quotes += found.filter { q in q.cue.map { !usedCues.contains($0.start) } ?? true }
        }
        if !keepMentions { quotes.removeAll { $0.kind == .mention } }
        Self.giveBeliefPartialsTheirReport(&quotes)
        // Sort positions, then move each quote once (the same order: one algorithm, the same comparisons).
        let order = quotes.indices.sorted { quotes[$0].range < quotes[$1].range }
        quotes = order.map { quotes[$0] }
        return (quotes, warnings)
    }

    /// A partial quote whose verb is a belief inside another report's content ("Bessent has said allies
    /// should expect “tough but fair” conversations"): the fragment is the reporter's words, so the
    /// report's cue is its cue. A speech verb in the content keeps the fragment ("Trump said Abe had
    /// called it “a disaster”": Abe's words, as Trump tells them).
    static func giveBeliefPartialsTheirReport(_ quotes: inout [Quote]) {
        let reports = quotes.indices.filter { quotes[$0].kind == .indirect && quotes[$0].cue != nil }
        guard !reports.isEmpty else { return }
        for i in quotes.indices where quotes[i].kind == .partial {
            guard let cue = quotes[i].cue, quotes[i].cueVerb?.verbClass == "belief" else { continue }
            let range = quotes[i].range
            guard let r = reports.first(where: { r in
                let report = quotes[r]
                return report.cue!.end <= cue.start
                    && report.pieces.contains { $0.start <= cue.start && range.end <= $0.end }
            }) else { continue }
            quotes[i].cue = quotes[r].cue
            quotes[i].cueVerb = quotes[r].cueVerb
            quotes[i].cueToken = quotes[r].cueToken
            quotes[i].cueInverted = quotes[r].cueInverted
        }
    }

    /// Whether any piece of `a` shares text with any piece of `b`.
    static func overlap(_ a: Quote, _ b: Quote) -> Bool {
        a.pieces.contains { p in b.pieces.contains(where: p.overlaps) }
    }

    /// The most words before a verb for it to be its clause's own ("Earlier Tuesday, his campaign manager,
    /// Jeff Weaver, says": 7).
    static let clauseOpeningWords = 8

    /// Whether report `f`'s cue lies inside `a`'s first piece after a word that opens a subordinate clause
    /// (`question-words.tsv`: "what", "if", "which"; or "that"), or after more than ``clauseOpeningWords``
    /// words: `f` is part of what `a` reports, not the clause whose source `a` names.
    func isDeep(_ f: Quote, in a: Quote, _ text: AnalyzedText) -> Bool {
        guard let cue = f.cue, let piece = a.pieces.first, piece.start <= cue.start, cue.end <= piece.end else { return false }
        var k = text.tokenIndex(at: piece.start)
        var words = 0
        while k < text.tokens.count, text.tokens[k].range.start < cue.start {
            let t = text.tokens[k]
            if t.kind == .word {
                if lexicon.questionWords.contains(t.key) || lexicon.cueContext[t.key] == .complementizer { return true }
                words += 1
                if words > Self.clauseOpeningWords { return true }
            }
            k += 1
        }
        return false
    }

    /// Quotations longer than any paragraph of real text are kept (the marks say so) but flagged.
    static let maximumPieceBytes = 100_000  // PDNC's novels: longest paragraph 15,226 characters

    private func longQuotationWarnings(_ spans: [QuotedSpan], _ text: AnalyzedText) -> [String] {
        var out: [String] = []
        var offsets: ScalarOffsets? = nil
        for s in spans {
            for p in s.pieces where p.length > Self.maximumPieceBytes {
                if offsets == nil { offsets = text.makeScalarOffsets() }
                out.append("quotation of \(p.length) bytes at offset \(offsets!.scalar(p.start)): a closing mark may be missing")
            }
        }
        return out
    }

    /// Whether some piece of `span` holds a word, number or ideograph. Stops at the first: spans are
    /// disjoint, so all calls together read each token at most once.
    private func hasWords(_ span: QuotedSpan, _ text: AnalyzedText) -> Bool {
        for piece in span.pieces {
            var i = text.tokenIndex(at: piece.start)
            while i < text.tokens.count, text.tokens[i].range.start < piece.end {
                switch text.tokens[i].kind {
                case .word, .number, .ideographic: return true
                default: i += 1
                }
            }
        }
        return false
    }

    /// The reports whose cue lies in no other report's content. A report's content follows its own
    /// cue, so "another report's piece covers the cue" is "some piece starting at or before the cue
    /// ends at or after it": one sort and a running maximum, not a comparison of every pair.
    static func outermost(_ reports: [Quote]) -> [Quote] {
        guard reports.count > 1 else { return reports }
        let pieces = reports.flatMap(\.pieces).sorted { $0.start < $1.start }
        var reach: [Int] = []   // the furthest end among pieces[0...i]
        reach.reserveCapacity(pieces.count)
        for p in pieces { reach.append(max(reach.last ?? Int.min, p.end)) }
        return reports.filter { q in
            guard let cue = q.cue else { return true }
            var lo = 0, hi = pieces.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if pieces[mid].start <= cue.start { lo = mid + 1 } else { hi = mid }
            }
            // A piece starting before the cue belongs to another report: each cue reports once, and
            // after itself.
            return lo == 0 || reach[lo - 1] < cue.end
        }
    }
}
