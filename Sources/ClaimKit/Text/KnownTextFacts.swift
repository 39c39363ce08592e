/// What the maker of a text's bytes already knows of them, so that ``DocumentLoader`` does not
/// go over them again to find it out: the batch line parser learns all three while it decodes
/// an article's text.
struct KnownTextFacts: OptionSet, Sendable {
    let rawValue: UInt8

    /// The bytes are well-formed UTF-8.
    static let validUTF8 = KnownTextFacts(rawValue: 1 << 0)
    /// Every byte is ASCII (so, with ``validUTF8``, each byte is one scalar).
    static let ascii = KnownTextFacts(rawValue: 1 << 1)
    /// No byte is NUL or a carriage return: there is no binary to refuse and no line ending
    /// to normalise.
    static let noNULOrCarriageReturn = KnownTextFacts(rawValue: 1 << 2)
}
