/// Negation: a negator (`negators.tsv`: "not", "never", "wouldn't", "without"...) among the few words
/// before a valence word or stance cue, in the same clause, flips its sign and damps it ("not good" is
/// less bad than "bad" is bad). Each negator in the window applies once, so "not never" cancels out.
///
/// The window is counted in words (punctuation and quotation marks do not count), so "wouldn't be
/// rushing" and "isn't very good" are in scope; it stops at clause punctuation and at contrast markers,
/// so "No, it's good" and "not cheap, but good" keep "good" positive; and a negator acts on the nearest
/// evaluative word after it only, so in "will not bow to economic coercion" the coercion stays
/// coercion (the rule is applied in ``ScoringScan/modified(_:_:sentence:capsEmphasis:boosters:)``).
///
/// A negator whose `position` is `after` (`negators.tsv`) follows the word it negates, as Japanese
/// negation follows the verb (歓迎しない, 容認できない): the same window, counted forward.
enum Negation {
    /// How many words before the scored word a negator may stand: VADER's three-word window
    /// (vaderSentiment `sentiment_valence`, which checks the words at i-1, i-2 and i-3).
    static let window = 3
    /// The multiplier per negator: VADER's `N_SCALAR` = -0.74, the mean ratio Hutto & Gilbert's raters
    /// gave a negated word against the plain word.
    static let scale = -0.74
}
