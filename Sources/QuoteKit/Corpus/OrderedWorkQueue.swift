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

    // One lock, and a condition per kind of waiter, so that a change wakes only the side that waits
    // for it: a wake-up is a system call and a context switch.
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let producerCondition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private let workerCondition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private let consumerCondition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
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
    private var producerWaiting = false
    private var idleWorkers = 0
    private var consumerWaiting = false

    /// Outputs the consumer is woken for at once: a waiting consumer is woken when this many outputs
    /// are ready in order, or when every input in flight is ready, not for each output (with fast
    /// workers that would be a wake-up per document). A waiting producer likewise is woken when half
    /// the item budget is free again.
    static var wakeBatch: Int { 8 }

    /// A queue holding at most `maxItems` inputs and, beyond the first, `maxBytes` bytes of them.
    init(maxItems: Int, maxBytes: Int) {
        self.maxItems = max(1, maxItems)
        self.maxBytes = maxBytes
        pthread_mutex_init(mutex, nil)
        for c in [producerCondition, workerCondition, consumerCondition] { pthread_cond_init(c, nil) }
    }

    deinit {
        for c in [producerCondition, workerCondition, consumerCondition] {
            pthread_cond_destroy(c)
            c.deallocate()
        }
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    private func lock() { pthread_mutex_lock(mutex) }
    private func unlock() { pthread_mutex_unlock(mutex) }

    /// Wakes the consumer if it waits and enough outputs are ready in order (see ``wakeBatch``).
    private func wakeConsumerIfReady() {
        guard consumerWaiting, results[delivered] != nil else { return }
        var ready = 1
        while ready < Self.wakeBatch && ready < inFlightItems && results[delivered + ready] != nil { ready += 1 }
        if ready >= Self.wakeBatch || ready >= inFlightItems || producerDone && delivered + ready == submitted {
            pthread_cond_signal(consumerCondition)
        }
    }

    // MARK: Producer

    /// Submits input number `submitted` (the next one) of `bytes` bytes, waiting while the budget is
    /// spent. With `output` the input needs no work: it goes straight to the consumer. Returns false
    /// when the queue was cancelled.
    @discardableResult
    func submit(_ input: Input, bytes: Int, output: Output? = nil) -> Bool {
        lock()
        defer { unlock() }
        while !cancelled && inFlightItems > 0 && (inFlightItems >= maxItems || inFlightBytes + bytes > maxBytes) {
            producerWaiting = true
            pthread_cond_wait(producerCondition, mutex)
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
            wakeConsumerIfReady()
        } else {
            pending.append((n, input))
            if idleWorkers > 0 { pthread_cond_signal(workerCondition) }
        }
        return true
    }

    /// Says that no more inputs will come.
    func finish() {
        lock()
        producerDone = true
        pthread_cond_broadcast(workerCondition)
        pthread_cond_signal(consumerCondition)
        unlock()
    }

    // MARK: Workers

    /// The next input to work on, or nil when there will be none.
    func take() -> (Int, Input)? {
        lock()
        defer { unlock() }
        while !cancelled && pendingHead == pending.count && !producerDone {
            idleWorkers += 1
            pthread_cond_wait(workerCondition, mutex)
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
        lock()
        results[number] = output
        wakeConsumerIfReady()
        unlock()
    }

    // MARK: Consumer

    /// The output of the next input in order, waiting up to `timeout` seconds for it.
    func next(timeout: TimeInterval) -> Next {
        lock()
        defer { unlock() }
        var deadline = timespec()
        clock_gettime(CLOCK_REALTIME, &deadline)
        let nanoseconds = Int(deadline.tv_nsec) + Int(timeout * 1e9)
        deadline.tv_sec += nanoseconds / 1_000_000_000
        deadline.tv_nsec = nanoseconds % 1_000_000_000
        while true {
            if let output = results.removeValue(forKey: delivered) {
                inFlightItems -= 1
                inFlightBytes -= sizes.removeValue(forKey: delivered) ?? 0
                delivered += 1
                if producerWaiting && inFlightItems <= maxItems / 2 { pthread_cond_signal(producerCondition) }
                return .output(output)
            }
            if cancelled || (producerDone && delivered == submitted) { return .end }
            consumerWaiting = true
            let status = pthread_cond_timedwait(consumerCondition, mutex, &deadline)
            consumerWaiting = false
            if status == ETIMEDOUT && results[delivered] == nil { return .waiting }
        }
    }

    /// Stops everyone: the producer's submit returns false, workers' take returns nil.
    func cancel() {
        lock()
        cancelled = true
        for c in [producerCondition, workerCondition, consumerCondition] { pthread_cond_broadcast(c) }
        unlock()
    }
}
