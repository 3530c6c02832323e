/// A phrase in the text that names (or stands for) a speaker, before it is linked to an identity.
struct SpeakerMention: Sendable {
    /// What the phrase is.
    enum Kind: Sendable {
        /// A registry alias; the entry indices it may stand for (one, unless the alias is shared).
        case registry([Int])
        /// A capitalised name the registry does not know ("Maria Okafor", "the Mock Turtle").
        case name(String)
        /// A personal pronoun.
        case pronoun(SpeakerLexicon.Pronoun)
        /// A role description ("the minister", "a Japanese government source", "officials").
        case role(SpeakerLexicon.Role, String)
        /// A possessive and a relation noun ("her father", "my companion"): the possessor's pronoun,
        /// the noun's key and the gender it says ("" for either).
        case relation(SpeakerLexicon.Pronoun, noun: UInt64, gender: String)
    }

    /// The whole phrase, titles included (UTF-8 offsets).
    var range: TextRange
    /// The phrase's first token.
    var firstToken: Int
    var kind: Kind
    /// Gender said by a title in the phrase ("Mr.", "Mrs."), or "".
    var titleGender: String = ""
}
