import CICU
import QuoteKit
import Foundation

/// Timing helpers: best of three runs, in seconds of the thread's CPU time (on a machine shared with
/// other work, wall time counts the waits for a core too; every figure, the bare loop's included, is
/// measured the same way).
enum Bench {
    static func time(_ body: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<3 {
            let start = StageClock.now()
            body()
            best = min(best, Double(StageClock.now() - start) / 1e9)
        }
        return best
    }

    /// The reference: ICU word break over UTF-8 through UText, reading each boundary's rule status
    /// (`ruleStatus: false`: boundaries only, the least any ICU tokenizer can do; `utf16`: over the
    /// UTF-16 copy the text stage reads, the copy and offset map included).
    static func bareWordLoop(_ text: String, ruleStatus: Bool = true, utf16: Bool = false) -> Double {
        var status: Int32 = 0
        let iterator = qk_break_open(Int32(QK_BREAK_WORD), "en", &status)!
        defer { qk_break_close(iterator) }
        var bytes = Array(text.utf8)
        var sink = 0
        let t = time {
            bytes.withUnsafeMutableBufferPointer { buffer in
                if utf16 {
                    _ = qk_break_set_utf8_as_utf16(iterator, buffer.baseAddress, Int64(buffer.count))
                } else {
                    _ = qk_break_set_utf8(iterator, buffer.baseAddress, Int64(buffer.count))
                }
                while true {
                    let b = qk_break_next(iterator)
                    if b < 0 { break }
                    sink &+= ruleStatus ? Int(qk_break_rule_status(iterator)) &+ Int(b) : Int(b)
                }
            }
        }
        if sink == 42 { print("") }
        return t
    }
}
