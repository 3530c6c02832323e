import Testing
@testable import QuoteKit

/// ``ScratchArray`` holds what an `Array` given the same appends, clears and fills holds.
@Suite struct ScratchArrayTests {
    @Test("appends, clears and fills of every size agree with Array", arguments: [0, 1, 2, 5, 17, 64])
    func agreesWithArray(size: Int) {
        var scratch = ScratchArray<Int>()
        var plain: [Int] = []
        for round in 0..<4 {
            let n = (size + round * 7) % 23
            for k in 0..<n { scratch.append(k * 10 + round); plain.append(k * 10 + round) }
            #expect(Array(scratch) == plain)
            #expect(scratch.count == plain.count && scratch.isEmpty == plain.isEmpty)
            if n > 0 {
                scratch[n / 2] += 1
                plain[n / 2] += 1
                #expect(Array(scratch) == plain)
            }
            scratch.removeAll()
            plain.removeAll()
            #expect(scratch.isEmpty && Array(scratch) == [])
            scratch.removeAll(fillingWith: -1, count: n + round)
            plain = [Int](repeating: -1, count: n + round)
            #expect(Array(scratch) == plain)
            scratch.removeAll()
            plain.removeAll()
        }
    }

    @Test("a copy to an Array and a sort of the tail agree with Array", arguments: [0, 1, 2, 5, 17])
    func copyAndSortTail(size: Int) {
        var scratch = ScratchArray<Int>()
        for k in 0..<(size + 40) { scratch.append(-k) }  // leaves stale elements past the count below
        scratch.removeAll()
        var plain: [Int] = []
        for k in 0..<size { scratch.append((k * 7919) % 13); plain.append((k * 7919) % 13) }
        #expect(scratch.copiedToArray() == plain)
        let from = size / 3
        scratch.sortTail(from: from, by: <)
        plain[from...].sort(by: <)
        #expect(scratch.copiedToArray() == plain)
    }
}
