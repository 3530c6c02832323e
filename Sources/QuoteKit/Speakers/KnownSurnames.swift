/// ``SpeakerEntities/surnames`` kept between quotes, rebuilt only when a surname was recorded since it
/// was built (a new person, or an unnamed relation named later: "his wife" becoming Mrs. Hale).
struct KnownSurnames {
    /// ``SpeakerEntities/surnamesVersion`` when the table was built.
    private var version = -1
    /// Discovered people by the key of their name's last word.
    private(set) var table = KeyTable<[Int]>()

    /// Refreshes the table if a surname was recorded since it was built.
    mutating func refresh(from e: SpeakerEntities) {
        if version != e.surnamesVersion {
            version = e.surnamesVersion
            table = e.surnames
        }
    }
}
