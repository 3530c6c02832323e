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

    @Test("strings are escaped wherever the character stands: every offset of eight-byte runs, UTF-8 and controls")
    func escaping() {
        // The escaping byte by byte, as RFC 8259 asks: the writer must give the same.
        func expected(_ s: String) -> String {
            var out: [UInt8] = [0x22]
            for b in s.utf8 {
                switch b {
                case 0x22: out += Array("\\\"".utf8)
                case 0x5C: out += Array("\\\\".utf8)
                case 0x0A: out += Array("\\n".utf8)
                case 0x0D: out += Array("\\r".utf8)
                case 0x09: out += Array("\\t".utf8)
                case ..<0x20: out += Array(("\\u00" + (b < 0x10 ? "0" : "") + String(b, radix: 16)).utf8)
                default: out.append(b)
                }
            }
            return String(decoding: out + [0x22], as: UTF8.self)
        }
        for special in ["\"", "\\", "\n", "\r", "\t", "\u{1}", "\u{1F}", "é", "“", " ", "~", "\u{7F}"] {
            for before in 0..<18 {
                let s = String(repeating: "a", count: before) + special + String(repeating: "b", count: 17 - before % 9)
                var w = JSONWriter()
                w.string(s)
                #expect(w.output == expected(s), "\(before) \(special.unicodeScalars.map(\.value))")
            }
        }
        // Short strings and specials among the last eight bytes (the writer tests the tail as one word).
        for special in ["\"", "\\", "\n", "\u{1}", "\u{1F}", "é", " "] {
            for length in 1..<20 {
                for at in 0..<length {
                    let s = String(repeating: "a", count: at) + special + String(repeating: "b", count: length - 1 - at)
                    var w = JSONWriter()
                    w.string(s)
                    #expect(w.output == expected(s), "\(length) \(at) \(special.unicodeScalars.map(\.value))")
                }
            }
        }
        var w = JSONWriter()
        w.string("")
        #expect(w.output == "\"\"")
    }

    @Test("keys of every length up to 30 bytes, with or without a byte to escape, first in an object and after a value")
    func keys() {
        for special in ["", "\"", "\\", "\n", "é"] {
            for length in 0..<30 {
                let name = String(repeating: "k", count: length) + special
                var w = JSONWriter()
                w.beginObject(); w.field(name, 1); w.field(name, 2); w.endObject()
                var quoted = JSONWriter()
                quoted.string(name)
                #expect(w.output == "{\(quoted.output):1,\(quoted.output):2}", "\(length) \(special)")
            }
        }
    }

    @Test("numbers rounded to 3 places have the digits of Swift's shortest form of the rounded value")
    func numbers() {
        for n in -2_500...2_500 {
            for x in [Double(n) / 997, Double(n) * 1.0001, Double(n) / 1000, Double(n) * 123_456.789] {
                let r = (x * 1000).rounded() / 1000
                let expected = r == r.rounded() ? String(Int(r)) : String(r)
                var w = JSONWriter()
                w.number(x)
                #expect(w.output == expected, "\(x)")
            }
        }
    }
}


