import Foundation

/// The hand-over between one producer, any number of workers and one consumer, with bounded memory
/// and results delivered in input order whatever order the workers finish in.
///
/// The producer numbers its inputs 0, 1, 2, ... and submits them; workers take inputs and complete
/// them with outputs; the consumer takes outputs strictly by number. An input counts against the
/// budget (items and bytes) from submission until the consumer takes its output, so the inputs waiting,
/// being worked on and finished but waiting for an earlier one together stay within the budget.
final class OrderedWorkQueue<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    /// What the consumer gets.
    enum Next {
        case output(Output)
        /// Nothing ready yet within the wait (the consumer may refresh progress and ask again).
        case waiting
        /// Every submitted input has been delivered and the producer has finished.
        case end
    }

    private let condition = NSCondition()
    private let maxItems: Int
    private let maxBytes: Int
    private var pending: [(Int, Input)] = []
    private var pendingHead = 0
    private var results: [Int: Output] = [:]
    private var sizes: [Int: Int] = [:]
    private var inFlightItems = 0
    private var inFlightBytes = 0
    private var submitted = 0
    private var delivered = 0
    private var producerDone = false
    private(set) var cancelled = false
    // Who is waiting, so that each change wakes only when someone waits for it: a wake-up is a system
    // call and a context switch, and a run makes several per document.
    private var producerWaiting = false
    private var idleWorkers = 0
    private var consumerWaiting = false

    /// A queue holding at most `maxItems` inputs and, beyond the first, `maxBytes` bytes of them.
    init(maxItems: Int, maxBytes: Int) {
        self.maxItems = max(1, maxItems)
        self.maxBytes = maxBytes
    }

    // MARK: Producer

    /// Submits input number `submitted` (the next one) of `bytes` bytes, waiting while the budget is
    /// spent. With `output` the input needs no work: it goes straight to the consumer. Returns false
    /// when the queue was cancelled.
    @discardableResult
    func submit(_ input: Input, bytes: Int, output: Output? = nil) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while !cancelled && inFlightItems > 0 && (inFlightItems >= maxItems || inFlightBytes + bytes > maxBytes) {
            producerWaiting = true
            condition.wait()
            producerWaiting = false
        }
        if cancelled { return false }
        let n = submitted
        submitted += 1
        inFlightItems += 1
        inFlightBytes += bytes
        sizes[n] = bytes
        if let output {
            results[n] = output
            if consumerWaiting && n == delivered { condition.broadcast() }
        } else {
            pending.append((n, input))
            if idleWorkers > 0 { condition.broadcast() }
        }
        return true
    }

    /// Says that no more inputs will come.
    func finish() {
        condition.lock()
        producerDone = true
        condition.broadcast()
        condition.unlock()
    }

    // MARK: Workers

    /// The next input to work on, or nil when there will be none.
    func take() -> (Int, Input)? {
        condition.lock()
        defer { condition.unlock() }
        while !cancelled && pendingHead == pending.count && !producerDone {
            idleWorkers += 1
            condition.wait()
            idleWorkers -= 1
        }
        if cancelled || pendingHead == pending.count { return nil }
        let item = pending[pendingHead]
        pendingHead += 1
        // Drop taken entries now and then, so the array does not grow with the corpus.
        if pendingHead > 1024 && pendingHead * 2 > pending.count {
            pending.removeFirst(pendingHead)
            pendingHead = 0
        }
        return item
    }

    /// Hands in the output of input `number`.
    func complete(_ number: Int, _ output: Output) {
        condition.lock()
        results[number] = output
        // The consumer waits for the next output in order only.
        if consumerWaiting && number == delivered { condition.broadcast() }
        condition.unlock()
    }

    // MARK: Consumer

    /// The output of the next input in order, waiting up to `timeout` seconds for it.
    func next(timeout: TimeInterval) -> Next {
        condition.lock()
        defer { condition.unlock() }
        let deadline = Date(timeIntervalSinceNow: timeout)
        while true {
            if let output = results.removeValue(forKey: delivered) {
                inFlightItems -= 1
                inFlightBytes -= sizes.removeValue(forKey: delivered) ?? 0
                delivered += 1
                if producerWaiting { condition.broadcast() }
                return .output(output)
            }
            if cancelled || (producerDone && delivered == submitted) { return .end }
            consumerWaiting = true
            let woken = condition.wait(until: deadline)
            consumerWaiting = false
            if !woken { return .waiting }
        }
    }

    /// Stops everyone: the producer's submit returns false, workers' take returns nil.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
