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
}
