import Foundation
import Testing
@testable import QuoteKit

/// The seed article against its gold file: every statement with the right speaker.
@Suite("Speakers: the seed article")
struct SeedArticleSpeakerTests {
    struct Gold: Decodable {
        struct Q: Decodable { let start: Int; let end: Int; let kind: String; let speaker: String }
        let text: String
        let quotes: [Q]
    }

    @Test("12 statements, 12 right speakers; Akazawa mentioned with no quote")
    func seed() throws {
        let line = try Fixtures.sharedText("seed/gold.jsonl")
            .split(separator: "\n").first.map(String.init) ?? ""
        let gold = try JSONDecoder().decode(Gold.self, from: Data(line.utf8))
        let a = Pipeline(lexicons: Fixtures.lexicons).makeAnalyzer().analyze(Document(id: "seed", text: gold.text))
        let offsets = a.text.makeScalarOffsets()
        for g in gold.quotes {
            // The predicted quote of the same kind overlapping the gold span by at least half.
            let match = a.quotes.first { q in
                let (s, e) = offsets.scalars(q.range)
                let overlap = min(e, g.end) - max(s, g.start)
                return q.kind.rawValue == g.kind && overlap * 2 >= (g.end - g.start)
            }
            #expect(match?.speaker?.name == g.speaker, "\(g.kind) at \(g.start): expected \(g.speaker)")
        }
        let counts = Dictionary(uniqueKeysWithValues: a.speakers.map { ($0.name, $0.quotes) })
        #expect(counts["Donald Trump"] == 3)
        #expect(counts["Kurt Tong"] == 3)
        #expect(counts["EJ Antoni"] == 2)
        #expect(counts["Ryosei Akazawa"] == 0)
        #expect(a.speakers.first { $0.name == "Kurt Tong" }?.organisation == "The Asia Group")
        // Each mention once, in text order, though a name at a cue is also met by the narrative scan.
        for sp in a.speakers {
            #expect(sp.mentions == Array(Set(sp.mentions)).sorted(), "\(sp.name): \(sp.mentions)")
        }
        #expect(a.speakers.first { $0.name == "Scott Bessent" }.map { !$0.mentions.isEmpty } == true)
    }
}
