/// A stance label, as in SemEval-2016 Task 6.
public enum StanceLabel: String, Sendable, CaseIterable {
    case favor, against, none
}
