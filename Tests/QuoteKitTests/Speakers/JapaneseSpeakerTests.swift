import Foundation
import Testing
@testable import QuoteKit

/// Who speaks in Japanese reports (``JapaneseSubject``): the phrase before は or が, a registry name in
/// the `native` column, titles after names, and the previous speaker when the sentence names none.
@Suite("Speakers: Japanese")
struct JapaneseSpeakerTests {
    struct Case: Sendable, CustomStringConvertible {
        let text: String
        /// A fragment of the quote → the expected speaker, its id (nil: discovered) and the mention.
        let quote: String
        let speaker: String
        let id: String?
        let mention: String?
        var date: String? = nil
        var description: String { text }
    }

    @Test("the speaker of each report", arguments: [
        Case(text: "石破茂首相は7日、記者団に「日本の国益を守る」と述べた。", quote: "国益", speaker: "Shigeru Ishiba", id: "shigeru-ishiba", mention: "石破茂首相"),
        // The speaker between と and the verb.
        Case(text: "「関税は受け入れられない」と林芳正官房長官は記者会見で強調した。", quote: "関税", speaker: "Yoshimasa Hayashi", id: "yoshimasa-hayashi", mention: "林芳正官房長官"),
        // The name after the last の; a katakana name.
        Case(text: "米国のトランプ大統領は「日本は良い取引をした」と投稿した。", quote: "取引", speaker: "Donald Trump", id: "donald-trump", mention: "トランプ大統領"),
        // An office alias by the document's date.
        Case(text: "首相は23日夜、「合意は両国の利益になる」と述べた。", quote: "両国", speaker: "Shigeru Ishiba", id: "shigeru-ishiba", mention: "首相", date: "2025-07-23"),
        Case(text: "首相は「合意を着実に実行する」と述べた。", quote: "着実", speaker: "Sanae Takaichi", id: "sanae-takaichi", mention: "首相", date: "2025-11-20"),
        // Someone the registry does not know: the title after the name is dropped.
        Case(text: "東京大学の山田太郎教授は「影響は大きい」と指摘した。", quote: "影響", speaker: "山田太郎", id: nil, mention: "山田太郎教授"),
        // A title alone is its owner's: the whole phrase.
        Case(text: "経団連の会長は、合意を歓迎すると表明した。", quote: "歓迎", speaker: "経団連の会長", id: nil, mention: "経団連の会長"),
        // A registry name followed by a title; followed by something else, someone else.
        Case(text: "政府は「交渉を続ける」との考えを示した。", quote: "交渉", speaker: "Japanese government", id: "japanese-government", mention: "政府"),
        Case(text: "赤沢亮正経済再生相は「合意は近い」と語った。", quote: "合意", speaker: "Ryosei Akazawa", id: "ryosei-akazawa", mention: "赤沢亮正経済再生相"),
        // An honorific after a one-character family name.
        Case(text: "林氏は「対応を急ぐ」と述べた。", quote: "対応", speaker: "林", id: nil, mention: "林氏"),
        // A family name before an office alias: the holder of that name, at any date (木原 holds the
        // office from October 2025).
        Case(text: "林官房長官は「合意を歓迎する」と述べた。", quote: "歓迎", speaker: "Yoshimasa Hayashi", id: "yoshimasa-hayashi", mention: "林官房長官", date: "2025-11-20"),
        Case(text: "木原官房長官は「協議を続ける」と述べた。", quote: "協議", speaker: "Minoru Kihara", id: "minoru-kihara", mention: "木原官房長官"),
        // A clause describing the speaker before the name.
        Case(text: "交渉を担当した赤沢亮正経済再生相は「粘り強く交渉した」と語った。", quote: "粘り強く", speaker: "Ryosei Akazawa", id: "ryosei-akazawa", mention: "赤沢亮正経済再生相"),
        Case(text: "交渉を担当した山田太郎教授は「粘り強く交渉した」と語った。", quote: "粘り強く", speaker: "山田太郎", id: nil, mention: "山田太郎教授"),
        // The former prime minister is not the prime minister.
        Case(text: "前首相は「政権を支える」と述べた。", quote: "政権", speaker: "前首相", id: nil, mention: "前首相", date: "2025-12-01"),
        // A case particle before は is dropped; a group word alone is its organisation's.
        Case(text: "野党の一部からは「説明が足りない」との声も上がった。", quote: "説明", speaker: "野党の一部", id: nil, mention: "野党の一部"),
        // A group word after a registry name: someone of it, not it.
        Case(text: "政府筋は「交渉は最終局面に入った」と語った。", quote: "最終局面", speaker: "政府筋", id: nil, mention: "政府筋"),
        // A source phrase.
        Case(text: "政府関係者によると、交渉は来週も続く見通しだ。", quote: "交渉", speaker: "政府関係者", id: nil, mention: "政府関係者"),
        // Another country's prime minister is not the 首相 of Japan.
        Case(text: "英首相は「協議を続ける」と述べた。", quote: "協議", speaker: "英首相", id: nil, mention: "英首相", date: "2025-07-23"),
    ])
    func speaker(_ c: Case) throws {
        let a = Pipeline(lexicons: Fixtures.lexicons).makeAnalyzer().analyze(Document(id: "t", text: c.text, date: c.date))
        let q = try #require(a.quotes.first { a.text.string($0.range).contains(c.quote) })
        #expect(q.speaker?.name == c.speaker)
        if let id = c.id { #expect(q.speaker?.id == id) } else { #expect(q.speaker?.id?.hasPrefix("doc:") == true, "\(q.speaker?.id ?? "nil")") }
        #expect(q.speaker?.mention.map { a.text.string($0) } == c.mention)
    }

    @Test("a family name alone is the person named in full before it")
    func familyName() throws {
        let a = Pipeline(lexicons: Fixtures.lexicons).makeAnalyzer()
            .analyze(Document(id: "t", text: "みなと総研の佐藤健一主任研究員は「負担は重い」と指摘した。佐藤氏は、支援が必要だと話した。"))
        #expect(a.quotes.count == 2)
        #expect(Set(a.quotes.compactMap { $0.speaker?.id }) == ["doc:佐藤健一"])
        #expect(a.speakers.map(\.name) == ["佐藤健一"])
    }

    @Test("a sentence that names no speaker continues the one before")
    func omittedSubject() throws {
        let a = Pipeline(lexicons: Fixtures.lexicons).makeAnalyzer()
            .analyze(Document(id: "t", text: "赤沢氏は「合意は近い」と語った。「まだ時間はある」と強調した。"))
        #expect(a.quotes.count == 2)
        #expect(a.quotes.map { $0.speaker?.id } == ["ryosei-akazawa", "ryosei-akazawa"])
    }

    @Test("a native name is never an office alias, whatever the terms")
    func nativeNames() {
        // Ishiba's term ended on 2025-10-21; his name still names him after it, and 首相 does not.
        let text = "石破氏は「政権を支える」と述べた。首相は「改革を進める」と述べた。"
        let a = Pipeline(lexicons: Fixtures.lexicons).makeAnalyzer().analyze(Document(id: "t", text: text, date: "2025-12-01"))
        #expect(a.quotes.map { $0.speaker?.id } == ["shigeru-ishiba", "sanae-takaichi"])
    }
}
