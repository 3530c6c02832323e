import Foundation
import Testing
@testable import QuoteKit

/// Japanese reported speech (``JapaneseReportRule``): the quotative と and a reporting verb after the
/// words reported, and source phrases.
@Suite("Japanese reported speech")
struct JapaneseReportTests {
    @Test("statements and their cues", arguments: [
        // 「…」と + verb: a direct quote, whatever stands before the marks.
        "石破首相は7日、記者団に「⟦d:日本の国益を守る⟧」と⟪d:述べた⟫。",
        "「⟦d:関税は受け入れられない⟧」と林官房長官は記者会見で⟪d:強調した⟫。",
        "赤沢氏は「⟦d:『投資であって関税ではない』という立場は変わらない⟧」と⟪d:語った⟫。",
        "トランプ氏は「⟦d:日本は良い取引をした⟧」と⟪d:投稿した⟫。",
        // の and a noun between と and the verb.
        "政府は「⟦d:交渉を続ける⟧」との⟪d:考えを示した⟫。",
        "野党の一部からは「⟦d:説明が足りない⟧」との⟪d:声も上がった⟫。",
        // A partial quote inside the reported clause is still what the speaker said.
        "ベッセント長官は、日本との合意は「⟦d:歴史的だ⟧」と⟪d:述べた⟫。",
        // Without marks: the words between the speaker's particle (and 7日、) and と.
        "石破首相は7日、⟦i:日本は交渉を急がない⟧と⟪i:述べた⟫。",
        "経団連の会長は、⟦i:合意を歓迎する⟧と⟪i:表明した⟫。",
        // A source phrase: the rest of the sentence.
        "政府関係者⟪i:によると⟫、⟦i:交渉は来週も続く見通しだ⟧。",
    ])
    func statements(_ marked: String) {
        QuoteExpectations.check(marked)
    }

    @Test("what is not a report", arguments: [
        // と as "and", and a verb that reports nothing.
        "日本と米国は7日、新たな協定に署名した。",
        // Marks followed by other words than と: a term or a name.
        "「⟦m:国益⟧」という言葉が使われた。",
        "首相は映画「⟦m:交渉人⟧」を見た。",
    ])
    func notReports(_ marked: String) {
        QuoteExpectations.check(marked, keepMentions: true)
    }

    @Test("the cue runs over the verb's kana ending")
    func cueEnding() throws {
        let a = QuoteExpectations.analyze("赤沢氏は「合意は近い」と語った。")
        let q = try #require(a.quotes.first)
        #expect(q.cue.map { a.text.string($0) } == "語った")
        #expect(q.cueVerb?.lemma == "語る")
        #expect(q.cueVerb?.verbClass == "neutral")
    }

    @Test("a quote in Japanese is scored with the lexicons' Japanese words, one with English words with the English ones")
    func scored() throws {
        let a = QuoteExpectations.analyze("赤沢氏は「合意は近い」と語った。赤沢氏は「This is a great deal」と語った。")
        #expect(a.quotes.count == 2)
        let japanese = try #require(a.quotes[0].sentiment)
        #expect(japanese.compound == 0)
        #expect(a.quotes[0].stance?.target == "deal")
        let english = try #require(a.quotes[1].sentiment)
        #expect(english.compound > 0)
        #expect(a.quotes[1].stance != nil)
    }

    @Test("English text beside Japanese marks is read as before")
    func englishUnchanged() {
        QuoteExpectations.check("「⟦d:We will examine all options,⟧」 Ishiba ⟪d:told⟫ lawmakers.")
    }

    @Test("a bad Japanese lexicon line is refused with file:line", arguments: [
        ("ja-speech-verbs.tsv", "# format: quotekit-lexicon 1\n# columns: stem\tlemma\tclass\tmeaning\n述べ\t述べる\tloud\tsay\n",
         "class must be one of"),
        ("ja-particles.tsv", "# format: quotekit-lexicon 1\n# columns: particle\trole\tmeaning\nは\ttopical\tas for\n",
         "role must be topic, subject, quotative, source, genitive or case"),
        ("ja-title-suffixes.tsv", "# format: quotekit-lexicon 1\n# columns: suffix\tkind\tmeaning\n氏\ttitle\tMr.\n",
         "kind must be honorific, office or group"),
    ])
    func badLine(_ file: String, _ contents: String, _ reason: String) throws {
        let dir = try Fixtures.lexiconCopy(replacing: file, with: contents)
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            _ = try Lexicons(directory: dir)
            Issue.record("expected an error")
        } catch let e as LexiconError {
            #expect(e.file.hasSuffix(file))
            #expect(e.line == 3)
            #expect(e.reason.hasPrefix(reason), "\(e)")
        }
    }

    @Test("a lexicon folder without a Japanese file is refused with the file named",
          arguments: ["ja-speech-verbs.tsv", "ja-particles.tsv", "ja-title-suffixes.tsv"])
    func missingFile(_ file: String) throws {
        let error = try #require(try Fixtures.errorLoadingWithout(file) { _ = try Lexicons(directory: $0) })
        #expect(error.file.hasSuffix(file))
        #expect(error.reason == "missing lexicon file", "\(error)")
    }
}
