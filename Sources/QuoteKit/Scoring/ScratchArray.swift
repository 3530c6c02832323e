/// An array for scratch data that a scorer fills again and again: ``removeAll()`` only resets the
/// count, keeping (and not rewriting) the storage, so clearing one costs no call. (Clearing an
/// `Array` with `removeAll(keepingCapacity:)` calls `replaceSubrange`, which showed in the profile of
/// scoring a sentence at a time.) Elements past ``count`` are stale and never read.
struct ScratchArray<Element>: RandomAccessCollection {
    /// Holds the elements at `0..<count`; never shrinks.
    private var storage: [Element] = []
    /// The number of elements.
    private(set) var count = 0

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    @inline(__always) subscript(i: Int) -> Element {
        get {
            assert(i < count, "index out of range")
            return storage[i]
        }
        set {
            assert(i < count, "index out of range")
            storage[i] = newValue
        }
    }

    @inline(__always) mutating func append(_ element: Element) {
        if count < storage.count { storage[count] = element } else { storage.append(element) }
        count += 1
    }

    /// Removes every element (keeping the storage).
    @inline(__always) mutating func removeAll() { count = 0 }

    /// Makes the array `n` copies of `value`.
    @inline(__always) mutating func removeAll(fillingWith value: Element, count n: Int) {
        if storage.count < n { storage.append(contentsOf: repeatElement(value, count: n - storage.count)) }
        storage.withUnsafeMutableBufferPointer { for k in 0..<n { $0[k] = value } }
        count = n
    }

    /// The elements as an `Array`, made in one copy (appending them one by one to a new `Array` checks
    /// its capacity and uniqueness at every element).
    func copiedToArray() -> [Element] {
        storage.withUnsafeBufferPointer { Array($0[0..<count]) }
    }

    /// Sorts the elements from `start` on in place by `areInIncreasingOrder`.
    mutating func sortTail(from start: Int, by areInIncreasingOrder: (Element, Element) -> Bool) {
        let end = count
        storage.withUnsafeMutableBufferPointer { $0[start..<end].sort(by: areInIncreasingOrder) }
    }
}
