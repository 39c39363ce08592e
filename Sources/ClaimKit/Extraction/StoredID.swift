/// An id as a mention or a claim keeps it.
///
/// The extractor numbers its ids in text order (`m12`, `c3`). Kept as the number, such an id
/// costs nothing to make or to destroy (no `String` retained and released for every mention
/// and claim of every article), and the batch writer writes its digits instead of copying a
/// `String`. It is made into a `String` only when read (``ExtractionIDs``, shared). An id given
/// as a `String` (read from a file, set by a person) is kept as it is, whatever it says.
enum StoredID: Sendable {
    /// The extractor's id number `n` of its kind: `m<n>` for a mention, `c<n>` for a claim
    /// (the owner knows which).
    case numbered(Int)
    case given(String)

    /// The id as a string, a numbered one as `idOfNumber` spells it (``ExtractionIDs``).
    func string(numbered idOfNumber: (Int) -> String) -> String {
        switch self {
        case .numbered(let number): idOfNumber(number)
        case .given(let id): id
        }
    }
}

extension JSONWriter {
    /// An id: `letter` and the number's digits for a numbered one (the string ``ExtractionIDs``
    /// makes of it), the string itself for a given one.
    @inline(__always)
    mutating func field(_ key: StaticString, _ id: StoredID, letter: Unicode.Scalar) {
        switch id {
        case .numbered(let number): keyAndNumberedID(key, letter: UInt8(ascii: letter), number)
        case .given(let string): field(key, string)
        }
    }
}
