/// One entry of `stance-cues.tsv`: a cue's signed weight and the targets it speaks of.
struct StanceCue: Sendable {
    /// -1...1: positive favours the target, negative opposes it.
    var weight: Double
    /// The targets the cue says something of, one bit per index into ``ScoringLexicon/targetNames``;
    /// every bit set when the file's `targets` list is empty (any target). "work out" speaks of a deal,
    /// talks or trade, not of tariffs; "unjustified" of any target.
    var targets: UInt64

    /// The mask of every target.
    static let anyTarget = UInt64.max
}
