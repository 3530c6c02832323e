import CICU

/// The library's version, and the ICU it runs on.
public enum QuoteKitVersion {
    /// Semantic version of QuoteKit.
    public static let number = "0.1.0"
    /// The system ICU's version, e.g. "72.1".
    public static var icu: String { String(cString: qk_icu_version()) }
    /// "0.1.0 (ICU 72.1)".
    public static var string: String { "\(number) (ICU \(icu))" }
}
