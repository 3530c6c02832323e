/// Why a line of a gold or prediction file cannot be used: the reason only; the reader adds `file:line`.
struct EvaluationInputError: Error, CustomStringConvertible {
    /// The reason, e.g. `quote 3 has no integer "start" and "end"`.
    let description: String

    init(_ reason: String) { description = reason }
}
