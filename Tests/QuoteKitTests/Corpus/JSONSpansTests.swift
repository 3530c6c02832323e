import Foundation
import Testing
@testable import QuoteKit

/// ``JSONSpans`` finds members and elements in valid JSON text without parsing it: each span read back
/// through `JSONSerialization` must give the value the whole text parses to.
@Suite("JSON spans")
struct JSONSpansTests {
    static func members(_ text: String) -> [(String, String)] {
        Data(text.utf8).withUnsafeBytes { raw in JSONSpans.members(raw).map { ($0.key, JSONSpans.compact(raw, $0.value)) } }
    }

    /// `value` written with sorted keys: equal values give equal text.
    static func canonical(_ value: Any) throws -> Data {
        try JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys])
    }

    @Test("members in written order; strings with brackets, quotes, escapes and commas skipped whole")
    func members() {
        let found = Self.members(#" { "b" : "x\"}],{" , "a":[1, {"c": "]"}], "n": -1.5e3,"t":true ,"z":null, "o": {} } "#)
        #expect(found.map(\.0) == ["b", "a", "n", "t", "z", "o"])
        #expect(found.map(\.1) == [#""x\"}],{""#, #"[1,{"c":"]"}]"#, "-1.5e3", "true", "null", "{}"])
    }

    @Test("escaped keys are decoded as JSONSerialization decodes them")
    func escapedKeys() {
        let text = #"{"caf\u00e9": 1, "a\"b": 2, "tab\tkey": 3, "\ud83d\ude00": 4}"#
        let parsed = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
        let keys = Self.members(text).map(\.0)
        #expect(keys == ["café", "a\"b", "tab\tkey", "😀"])
        #expect(Set(keys) == Set(parsed?.keys.map { $0 } ?? []))
    }

    @Test("not an object or not an array: no spans")
    func wrongKind() {
        #expect(Self.members("[1, 2]").isEmpty)
        #expect(Data(#"{"a": 1}"#.utf8).withUnsafeBytes { JSONSpans.elements($0) }.isEmpty)
        #expect(Data("[]".utf8).withUnsafeBytes { JSONSpans.elements($0) }.isEmpty)
    }

    @Test("every member of real annotated articles reads back to the value JSONSerialization parsed")
    func roundTrip() throws {
        // The PolNeAR training lines carry deeply nested annotation fields: a broad sample of real JSON.
        let lines = try Fixtures.sharedText("eval/polnear-train.jsonl").split(separator: "\n").prefix(40)
        #expect(lines.count == 40)
        var checked = 0, arrayElements = 0
        for line in lines {
            let data = Data(line.utf8)
            let parsed = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let members = data.withUnsafeBytes { raw in JSONSpans.members(raw).map { ($0.key, JSONSpans.compact(raw, $0.value)) } }
            #expect(members.count == parsed.count)
            for (key, text) in members {
                let value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)
                #expect(!text.contains("\n"))
                #expect(try Self.canonical(value) == Self.canonical(try #require(parsed[key])), "member \(key)")
                checked += 1
                // Arrays among them: each element span reads back to its element.
                if let array = parsed[key] as? [Any] {
                    let elements = Data(text.utf8).withUnsafeBytes { raw in JSONSpans.elements(raw).map { JSONSpans.compact(raw, $0) } }
                    #expect(elements.count == array.count, "member \(key)")
                    for (element, expected) in zip(elements, array) {
                        let value = try JSONSerialization.jsonObject(with: Data(element.utf8), options: .fragmentsAllowed)
                        #expect(try Self.canonical(value) == Self.canonical(expected))
                        arrayElements += 1
                    }
                }
            }
        }
        #expect(checked >= 120 && arrayElements >= 100, "\(checked) members, \(arrayElements) array elements")
    }
}
