import Foundation

/// Minimum figures an evaluation must reach, by evaluation set: the regression floor CI enforces
/// (`eval-floors.json`, checked by `quotekit eval --floors FILE`).
///
/// The file is one JSON object: `"format": "quotekit-eval-floors 1"`, and `"floors"` mapping a set name (the
/// gold file's name, e.g. `polnear-train.jsonl`) to figures, each a dotted path into the `--json` report
/// (`all.f1`, `speaker_accuracy.all`, `pearson_r`) and its floor. Other keys (notes) are ignored.
public struct RegressionFloors: Sendable {
    /// The format line this reader understands.
    public static let format = "quotekit-eval-floors 1"

    /// A figure under its floor, or missing from the report.
    public struct Shortfall: Sendable, CustomStringConvertible {
        /// The evaluation set.
        public let set: String
        /// The figure's path in the report.
        public let figure: String
        /// The floor.
        public let floor: Double
        /// The figure reached, nil when the report has no such figure.
        public let value: Double?

        public var description: String {
            guard let value else { return "\(set): \(figure) is missing from the report (floor \(floor))" }
            return "\(set): \(figure) \(value) is under its floor \(floor)"
        }
    }

    /// A floors file that cannot be used: `file: reason`.
    public struct LoadError: Error, CustomStringConvertible, Sendable {
        /// `file: reason`.
        public let description: String
    }

    /// Set name to (figure path, floor), figures in file order.
    public let floors: [String: [(figure: String, floor: Double)]]

    /// Reads and validates a floors file.
    public init(contentsOf url: URL) throws(LoadError) {
        let path = url.path
        guard let data = FileManager.default.contents(atPath: path) else { throw LoadError(description: "\(path): cannot read") }
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            throw LoadError(description: "\(path): malformed JSON: \(DocumentReader.describe(error))")
        }
        guard let root = object as? [String: Any] else { throw LoadError(description: "\(path): not a JSON object") }
        guard root["format"] as? String == Self.format else {
            throw LoadError(description: "\(path): \"format\" must be \"\(Self.format)\", found \(root["format"].map { "\($0)" } ?? "none")")
        }
        guard let sets = root["floors"] as? [String: Any] else { throw LoadError(description: "\(path): no \"floors\" object") }
        var floors: [String: [(figure: String, floor: Double)]] = [:]
        for (set, value) in sets {
            guard let figures = value as? [String: Any] else { throw LoadError(description: "\(path): floors of \(set) are not an object") }
            var list: [(figure: String, floor: Double)] = []
            for (figure, floor) in figures.sorted(by: { $0.key < $1.key }) {
                guard let x = JSONField.number(floor), !JSONField.isBool(floor), x.isFinite else {
                    throw LoadError(description: "\(path): \(set) \(figure): the floor is not a number")
                }
                list.append((figure, x))
            }
            floors[set] = list
        }
        self.floors = floors
    }

    /// The figures of `report` under their floors for `set`; nil when the file has no floors for `set`.
    public func check(_ report: EvaluationJSON, set: String) -> [Shortfall]? {
        guard let list = floors[set] else { return nil }
        return list.compactMap { figure, floor in
            guard let value = report.value(at: figure)?.number else { return Shortfall(set: set, figure: figure, floor: floor, value: nil) }
            return value < floor ? Shortfall(set: set, figure: figure, floor: floor, value: value) : nil
        }
    }
}
