import Dispatch

/// Nanoseconds spent in each stage of ``DocumentAnalyzer/analyze(_:)``, summed over documents: what a
/// benchmark prints to show where the time goes. Off unless ``DocumentAnalyzer/stageTimes`` is set.
public struct StageTimes: Sendable {
    /// Tokens, sentences, paragraphs and quotation marks.
    public var text: UInt64 = 0
    /// Finding the quotes and their cues.
    public var quotes: UInt64 = 0
    /// Attributing them and listing the document's speakers.
    public var speakers: UInt64 = 0
    /// Sentiment and stance of every quote.
    public var scores: UInt64 = 0
    /// Zero everywhere.
    public init() {}
}

/// Reads the monotonic clock between stages, only when timing is on.
struct StageClock {
    private var last: UInt64

    init(enabled: Bool) { last = enabled ? DispatchTime.now().uptimeNanoseconds : 0 }

    mutating func lap(into times: inout StageTimes?, _ stage: WritableKeyPath<StageTimes, UInt64>) {
        guard times != nil else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        times![keyPath: stage] += now - last
        last = now
    }
}
