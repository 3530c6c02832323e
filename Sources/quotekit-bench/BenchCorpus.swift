import Foundation
import QuoteKit

/// Generated news-like text: the paragraphs of the sample articles in `Corpus/`, shuffled with a fixed
/// seed into documents of 2-8 KB, until the requested size is reached. Same seed, same text.
enum BenchCorpus {
    static func articles(lexicons: Lexicons) -> [String] {
        let corpus = lexicons.directory.deletingLastPathComponent().appendingPathComponent("Corpus")
        var texts: [String] = []
        try? DocumentReader().read(corpus.path) { item in
            if case .document(let d, _) = item { texts.append(d.text) }
        }
        return texts
    }

    static func generate(from articles: [String], bytes: Int) -> [String] {
        let paragraphs = articles.flatMap { $0.split(separator: "\n").map(String.init) }.filter { $0.count > 20 }
        precondition(!paragraphs.isEmpty, "no sample articles found in Corpus/")
        var state: UInt64 = 0x5EED
        func next() -> Int {
            // A 64-bit linear congruential generator (Knuth's MMIX constants): fixed, portable output.
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        var documents: [String] = []
        var total = 0
        while total < bytes {
            var doc = ""
            let target = 2000 + next() % 6000
            while doc.utf8.count < target {
                doc += paragraphs[next() % paragraphs.count] + "\n"
            }
            total += doc.utf8.count
            documents.append(doc)
        }
        return documents
    }
}
