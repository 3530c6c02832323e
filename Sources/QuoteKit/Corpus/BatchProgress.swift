import Foundation

/// How far a batch run has come: what the progress display shows.
public struct BatchProgress: Sendable {
    /// Documents analysed so far (this run).
    public var processed = 0
    /// Inputs skipped so far (this run).
    public var skipped = 0
    /// Inputs failed so far (this run).
    public var failed = 0
    /// Quotes found so far (this run).
    public var quotes = 0
    /// Input bytes on disk behind the items done (earlier runs' share included when resuming).
    public var bytesDone = 0
    /// The inputs' total size on disk, when known (not for standard input).
    public var bytesTotal: Int?
    /// Input bytes already done by an earlier run when this one started (for the rate).
    public var bytesAtStart = 0
    /// Seconds since this run started.
    public var elapsed: Double = 0

    /// Items done in this run.
    public var items: Int { processed + skipped + failed }

    /// Documents per second in this run.
    public var documentsPerSecond: Double { elapsed > 0 ? Double(items) / elapsed : 0 }

    /// Seconds left at the current byte rate, when the total is known.
    public var secondsLeft: Double? {
        guard let total = bytesTotal, elapsed > 0, bytesDone > bytesAtStart else { return nil }
        let rate = Double(bytesDone - bytesAtStart) / elapsed
        return max(0, Double(total - bytesDone) / rate)
    }

    /// A progress bar for a terminal line (no newline): bar, documents, MB, documents/s, ETA.
    public func bar(width: Int = 24) -> String {
        var out = ""
        if let total = bytesTotal, total > 0 {
            let fraction = min(1, Double(bytesDone) / Double(total))
            let filled = Int((fraction * Double(width)).rounded(.down))
            out += "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] "
            out += String(format: "%3.0f%% ", fraction * 100)
        }
        out += summary
        if let left = secondsLeft { out += "  ETA " + Self.duration(left) }
        return out
    }

    /// A plain progress line, for logs: documents, failures, MB, documents/s, ETA.
    public var line: String {
        var out = "progress: " + summary
        if let left = secondsLeft { out += ", ETA " + Self.duration(left) }
        return out
    }

    private var summary: String {
        var out = "\(items) docs"
        if failed > 0 || skipped > 0 { out += " (\(skipped) skipped, \(failed) failed)" }
        let mb = Double(bytesDone) / 1_000_000
        if let total = bytesTotal {
            out += String(format: ", %.1f/%.1f MB", mb, Double(total) / 1_000_000)
        } else {
            out += String(format: ", %.1f MB", mb)
        }
        out += String(format: ", %.0f docs/s", documentsPerSecond)
        return out
    }

    /// `1:02:03` or `2:03`.
    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }
}

/// Shows a run's progress on standard error: a bar redrawn in place on a terminal, a plain line every
/// few seconds otherwise. Messages (problems) are printed above the bar.
public final class ProgressMeter {
    private let terminal: Bool
    private let write: (String) -> Void
    private var last = Date.distantPast
    private var drawn = false
    /// A terminal redraws 5 times a second (smooth enough; more is flicker); a log gets a line every 5 s
    /// (readable in CI logs without flooding them).
    private var interval: TimeInterval { terminal ? 0.2 : 5 }

    /// A meter writing to standard error, as a bar when `terminal`.
    public convenience init(terminal: Bool) {
        self.init(terminal: terminal) { FileHandle.standardError.write(Data($0.utf8)) }
    }

    /// A meter writing through `write`.
    public init(terminal: Bool, write: @escaping (String) -> Void) {
        self.terminal = terminal
        self.write = write
    }

    /// Shows `progress` if enough time has passed since the last update (or `force`).
    public func update(_ progress: BatchProgress, force: Bool = false) {
        let now = Date()
        guard force || now.timeIntervalSince(last) >= interval else { return }
        last = now
        if terminal {
            // \r, the bar, then erase to the end of the line (ANSI EL) in case the bar got shorter.
            write("\r" + progress.bar() + "\u{1B}[K")
            drawn = true
        } else if progress.elapsed >= interval || force {
            write(progress.line + "\n")
        }
    }

    /// Prints `message` on its own line (above the bar on a terminal).
    public func message(_ message: String) {
        if terminal && drawn {
            write("\r\u{1B}[K" + message + "\n")
            last = .distantPast
        } else {
            write(message + "\n")
        }
    }

    /// Ends the bar's line.
    public func finish() {
        if terminal && drawn { write("\n") }
        drawn = false
    }
}
