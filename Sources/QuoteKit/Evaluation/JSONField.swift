import Foundation

/// Typed reads of values decoded by `JSONSerialization`, telling JSON `true`/`false` apart from numbers
/// (Foundation decodes both as `NSNumber`).
enum JSONField {
    /// Whether `value` is a JSON boolean.
    static func isBool(_ value: Any?) -> Bool {
        guard let n = value as? NSNumber else { return false }
        return String(cString: n.objCType) == "c"
    }

    /// An integral JSON number (`12` or `12.0`); nil for anything else, booleans included.
    static func int(_ value: Any?) -> Int? {
        guard let n = value as? NSNumber, !isBool(value) else { return nil }
        let d = n.doubleValue
        guard d.isFinite, d == d.rounded(), abs(d) < 9e15 else { return nil }
        return Int(d)
    }

    /// A JSON number as a Double; a boolean counts as 1 or 0, as in Python.
    static func number(_ value: Any?) -> Double? {
        guard let n = value as? NSNumber else { return nil }
        return n.doubleValue
    }

    /// A JSON string.
    static func string(_ value: Any?) -> String? { value as? String }

    /// A JSON object that is not empty (Python's truth test on a dict, as the reference scorer uses it).
    static func nonEmptyObject(_ value: Any?) -> [String: Any]? {
        guard let o = value as? [String: Any], !o.isEmpty else { return nil }
        return o
    }

    /// A document id: a string, or a number written as a string.
    static func id(_ value: Any?) -> String? {
        if let s = value as? String { return s }
        if let n = value as? NSNumber, !isBool(value) { return n.stringValue }
        return nil
    }
}
