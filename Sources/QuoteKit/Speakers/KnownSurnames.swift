/// ``SpeakerEntities/surnames`` kept between quotes, refreshed when an entity was added since (as the
/// speakers stage has always done), and then rebuilt only if a surname was recorded since it was built:
/// otherwise the rebuilt table would be the same.
struct KnownSurnames {
    /// The entity count when last refreshed.
    private var entities = -1
    /// ``SpeakerEntities/surnamesVersion`` when the table was built.
    private var version = -1
    /// Discovered people by the key of their name's last word.
    private(set) var table = KeyTable<[Int]>()

    /// Refreshes the table if an entity was added since the last refresh.
    mutating func refresh(from e: SpeakerEntities) {
        guard entities != e.entities.count else { return }
        entities = e.entities.count
        if version != e.surnamesVersion {
            version = e.surnamesVersion
            table = e.surnames
        }
    }
}
