import Testing
@testable import QuoteKit

@Suite("Output: the JSON writer")
struct JSONWriterTests {
    @Test("commas only between items, at every depth: empty and nested objects and arrays, values after them")
    func nesting() {
        var w = JSONWriter()
        w.beginObject()
        w.key("a"); w.beginArray(); w.endArray()
        w.key("b"); w.beginArray()
        w.beginObject(); w.endObject()
        w.beginArray(); w.int(1); w.beginArray(); w.int(2); w.int(3); w.endArray(); w.int(4); w.endArray()
        w.beginObject(); w.field("c", nil as String?); w.key("d"); w.beginObject(); w.field("e", true); w.endObject(); w.endObject()
        w.null()
        w.endArray()
        w.field("f", 0.5)
        w.endObject()
        #expect(w.output == #"{"a":[],"b":[{},[1,[2,3],4],{"c":null,"d":{"e":true}},null],"f":0.5}"#)
    }

    @Test("two values one after the other are separated by a comma (a stream of values)")
    func topLevel() {
        var w = JSONWriter()
        w.beginObject(); w.endObject()
        w.string("x")
        #expect(w.output == #"{},"x""#)
    }
}
