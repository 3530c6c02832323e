import Foundation
import QuoteKit

/// `quotekit-bench batch`: the whole batch job (`quotekit run`, release build) over a generated corpus
/// of `--batch-megabytes` (default 200) MB of article text as JSONL, with 1 and 2 workers, beside the
/// bare ICU word-break loop over the same text; peak memory of each run; the 1-worker run again with the
/// whole process held to one core (`taskset`); and the sample corpus run.
///
/// The runs are child processes, so the figures are the command's own: wall time from start to exit
/// (lexicon loading and every output included) and the peak resident memory, the child's VmHWM read from
/// /proc/PID/status while it runs. (wait4's ru_maxrss would not do: Linux carries the spawning process's
/// high-water mark across execve, and this process holds the whole generated corpus.)
enum BatchBench {
    static func run(lexicons: Lexicons, articles: [String], megabytes: Int) {
        guard let binary = quotekitBinary() else {
            print("batch: no quotekit binary beside quotekit-bench (build both: swift build -c release)")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quotekit-batch-bench-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        // The corpus: generated documents as article JSONL, dated over 2025 so the report has a timeline.
        let documents = BenchCorpus.generate(from: articles, bytes: megabytes << 20)
        let corpus = folder.appendingPathComponent("corpus.jsonl")
        guard let textBytes = writeCorpus(documents, to: corpus) else { return }
        let size = Double(textBytes) / 1_000_000
        let fileSize = Double(InputScannerSize.of(corpus.path)) / 1_000_000
        print(String(format: "\nbatch: %.1f MB of article text in %d documents (%.1f MB of JSONL)", size, documents.count, fileSize))
        let bare = Bench.bareWordLoop(documents.joined(separator: "\n\n"))
        print(String(format: "bare ICU word-break loop over the same text:      %7.1f MB/s", size / bare))

        var oneWorker = 0.0, twoWorkers = 0.0
        for workers in [1, 2] {
            let out = folder.appendingPathComponent("out-\(workers)")
            let r = spawn(binary, ["run", corpus.path, "--out", out.path, "--workers", String(workers), "--quiet", "--timings"])
            let rate = size / r.seconds
            if workers == 1 { oneWorker = rate } else { twoWorkers = rate }
            print(String(format: "quotekit run, %d worker%@:  %6.1f s  %7.1f MB/s  (%.0f%% of the bare loop%@)  peak memory %.0f MB",
                         workers, workers == 1 ? " " : "s", r.seconds, rate, 100 * rate / (size / bare),
                         workers > 1 ? String(format: "; %.2fx one worker", rate / oneWorker) : "", Double(r.peakKB) / 1024))
            for line in r.stderr.split(separator: "\n") where line.hasPrefix("timing:") { print("    " + line.dropFirst(8)) }
            if r.status != 0 { print("    exit status \(r.status): \(r.stderr.suffix(500))") }
            try? FileManager.default.removeItem(at: out)
        }
        // The same run with the whole process held to one core: the reader, the writer and the full-text
        // builder share it with the worker, so against this figure the two-worker run shows how the job
        // scales from one core to two (the runs above let a "1 worker" run use the second core too).
        if let taskset = ["/usr/bin/taskset", "/bin/taskset"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
            let out = folder.appendingPathComponent("out-pinned")
            let r = spawn(taskset, ["-c", "0", binary, "run", corpus.path, "--out", out.path, "--workers", "1", "--quiet"])
            let rate = size / r.seconds
            print(String(format: "quotekit run, 1 worker, whole process on one core: %6.1f s  %7.1f MB/s  (2 workers on 2 cores: %.2fx this)",
                         r.seconds, rate, twoWorkers / rate))
            if r.status != 0 { print("    exit status \(r.status): \(r.stderr.suffix(500))") }
            try? FileManager.default.removeItem(at: out)
        } else {
            print("quotekit run on one core: skipped (no taskset to hold the process to one core)")
        }
        let extract = spawn(binary, ["extract", corpus.path], stdout: "/dev/null")
        print(String(format: "for reference, quotekit extract (one thread, analysis and JSON only): %.1f MB/s, peak memory %.0f MB",
                     size / extract.seconds, Double(extract.peakKB) / 1024))

        // The sample corpus, as a user runs it after the build.
        let sample = lexicons.directory.deletingLastPathComponent().appendingPathComponent("Corpus")
        var best = Double.infinity
        for i in 0..<3 {
            let out = folder.appendingPathComponent("sample-\(i)")
            best = min(best, spawn(binary, ["run", sample.path, "--out", out.path, "--quiet"]).seconds)
        }
        print(String(format: "quotekit run Corpus/ (%d sample articles): %.2f s (best of 3)", articles.count, best))
    }

    /// Writes `documents` as article JSONL (`id`, `date` over 2025, `source`, `text`) to `url`; the
    /// number of text bytes written, or nil (with a printed reason) when the file cannot be written.
    /// `quotekit-bench --write-corpus PATH --batch-megabytes N` keeps such a file, for profiling a run.
    static func writeCorpus(_ documents: [String], to url: URL) -> Int? {
        var textBytes = 0
        do {
            _ = FileManager.default.createFile(atPath: url.path, contents: nil)
            let handle = try FileHandle(forWritingTo: url)
            var chunk = ""
            for (i, d) in documents.enumerated() {
                textBytes += d.utf8.count
                var w = JSONWriter()
                w.beginObject()
                w.field("id", "bench-\(i)")
                w.field("date", String(format: "2025-%02d-%02d", i % 12 + 1, i % 28 + 1))
                w.field("source", "Bench Wire")
                w.field("text", d)
                w.endObject()
                chunk += w.output + "\n"
                if chunk.utf8.count > 1 << 22 { try handle.write(contentsOf: Data(chunk.utf8)); chunk = "" }
            }
            try handle.write(contentsOf: Data(chunk.utf8))
            try handle.close()
        } catch {
            print("batch: cannot write the corpus \(url.path): \(error)")
            return nil
        }
        return textBytes
    }

    /// The `quotekit` binary beside this one.
    static func quotekitBinary() -> String? {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let path = beside.appendingPathComponent("quotekit").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    struct Spawned {
        var status: Int32
        var seconds: Double
        var peakKB: Int
        var stderr: String
    }

    /// Runs `binary arguments` to completion: wall time, exit status, peak memory, standard error.
    /// The page cache's dirty pages are written first (`sync`), so that a run does not pay in kernel
    /// time for the gigabytes of output the run before it left to write back.
    static func spawn(_ binary: String, _ arguments: [String], stdout: String = "/dev/null") -> Spawned {
        sync()
        let errPath = FileManager.default.temporaryDirectory.appendingPathComponent("quotekit-bench-\(getpid())-stderr").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv: [UnsafeMutablePointer<CChar>?] = ([binary] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, binary, &actions, nil, argv, environ) == 0 else {
            return Spawned(status: -1, seconds: .infinity, peakKB: 0, stderr: "cannot start \(binary)")
        }
        var status: Int32 = 0
        var peakKB = 0
        // Poll every 20 ms: VmHWM only grows, so the last reading before the exit is the peak but for
        // at most 20 ms of growth.
        while waitpid(pid, &status, WNOHANG) == 0 {
            if let hwm = vmHWM(pid) { peakKB = hwm }
            usleep(20_000)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(atPath: errPath)
        // Exit status per <sys/wait.h>: the high byte when the child exited normally.
        return Spawned(status: (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -(status & 0x7F), seconds: seconds,
                       peakKB: peakKB, stderr: err)
    }

    /// VmHWM of process `pid` in KiB, from /proc.
    static func vmHWM(_ pid: pid_t) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.dropFirst(6).filter(\.isNumber))
        }
        return nil
    }
}

/// A file's size in bytes.
enum InputScannerSize {
    static func of(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}
