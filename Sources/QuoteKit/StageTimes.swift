#if canImport(Glibc)
import Glibc
#endif

/// Nanoseconds of the calling thread's CPU time spent in each stage of ``DocumentAnalyzer/analyze(_:)``,
/// summed over documents: what a benchmark prints to show where the time goes (CPU time, so that other
/// work on the machine does not blur the shares). Off unless ``DocumentAnalyzer/stageTimes`` is set.
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

/// Reads the thread CPU clock between stages, only when timing is on.
public struct StageClock {
    private var last: UInt64

    init(enabled: Bool) { last = enabled ? Self.now() : 0 }

    /// The calling thread's CPU time in nanoseconds.
    public static func now() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }

    mutating func lap(into times: inout StageTimes?, _ stage: WritableKeyPath<StageTimes, UInt64>) {
        guard times != nil else { return }
        let now = Self.now()
        times![keyPath: stage] += now - last
        last = now
    }
}
