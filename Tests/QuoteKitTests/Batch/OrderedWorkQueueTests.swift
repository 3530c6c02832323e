import Foundation
import Testing
@testable import QuoteKit

/// ``OrderedWorkQueue``: outputs in input order whatever order workers finish in, within the budget,
/// and no output held back when fewer than a wake-up batch are in flight.
@Suite("Ordered work queue")
struct OrderedWorkQueueTests {
    /// Runs `count` inputs through `workers` threads that finish out of order (input n sleeps
    /// (n * 7) % 5 hundred microseconds); returns the outputs as the consumer took them and the most
    /// inputs ever in flight.
    static func run(count: Int, workers: Int, maxItems: Int) -> (outputs: [Int], maxInFlight: Int) {
        let queue = OrderedWorkQueue<Int, Int>(maxItems: maxItems, maxBytes: 1 << 20)
        let inFlight = Counter()
        let group = DispatchGroup()
        group.enter()
        Thread {
            for n in 0..<count {
                queue.submit(n, bytes: 1)
                inFlight.add(1)
            }
            queue.finish()
            group.leave()
        }.start()
        for _ in 0..<workers {
            group.enter()
            Thread {
                while let (number, input) = queue.take() {
                    usleep(UInt32((input * 7) % 5) * 100)
                    queue.complete(number, input * 10)
                }
                group.leave()
            }.start()
        }
        var outputs: [Int] = []
        loop: while true {
            switch queue.next(timeout: 0.2) {
            case .output(let o):
                outputs.append(o)
                inFlight.add(-1)
            case .waiting: continue
            case .end: break loop
            }
        }
        group.wait()
        return (outputs, inFlight.peak)
    }

    @Test("every output in input order, the budget held", arguments: [(1, 4), (2, 32), (3, 7), (2, 1)])
    func ordered(workers: Int, maxItems: Int) {
        let (outputs, peak) = Self.run(count: 600, workers: workers, maxItems: maxItems)
        #expect(outputs == (0..<600).map { $0 * 10 })
        // The producer counts an input after submit returns, the consumer after next: one more than
        // the budget can show between the two.
        #expect(peak <= maxItems + 1)
    }

    @Test("an output is handed over while the producer is stalled with fewer inputs in flight than a wake-up batch")
    func stalledProducer() {
        let queue = OrderedWorkQueue<Int, Int>(maxItems: 64, maxBytes: 1 << 20)
        let worker = Thread {
            while let (n, input) = queue.take() { queue.complete(n, input) }
        }
        worker.start()
        for round in 0..<3 {
            // One input, then nothing more until its output has come back: a slow source, as a pipe
            // from a crawler would be. The wait must end with the output long before the timeout.
            queue.submit(round, bytes: 1)
            let start = Date()
            guard case .output(let o) = queue.next(timeout: 10) else { Issue.record("no output"); return }
            #expect(o == round)
            #expect(Date().timeIntervalSince(start) < 5, "the output waited for the consumer's timeout")
        }
        queue.finish()
        guard case .end = queue.next(timeout: 10) else { Issue.record("no end"); return }
    }

    @Test("cancel releases a producer waiting on a full queue and workers waiting for input")
    func cancel() {
        let queue = OrderedWorkQueue<Int, Int>(maxItems: 2, maxBytes: 1 << 20)
        let group = DispatchGroup()
        let accepted = Counter()
        group.enter()
        Thread {
            while queue.submit(0, bytes: 1) { accepted.add(1) }
            group.leave()
        }.start()
        while accepted.value < 2 { usleep(1000) }
        queue.cancel()
        #expect(group.wait(timeout: .now() + 10) == .success)
        #expect(queue.take() == nil)
        #expect(accepted.value == 2)
    }
}

/// A thread-safe counter that remembers its highest value.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var current = 0
    private var highest = 0
    func add(_ n: Int) {
        lock.lock()
        current += n
        highest = max(highest, current)
        lock.unlock()
    }
    var value: Int { lock.lock(); defer { lock.unlock() }; return current }
    var peak: Int { lock.lock(); defer { lock.unlock() }; return highest }
}
