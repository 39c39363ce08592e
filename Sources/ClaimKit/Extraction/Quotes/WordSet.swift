/// A set of words looked up straight from the document's bytes, without building a `String`.
///
/// Words are keyed by a 64-bit FNV-1a hash of their ASCII-lower-cased bytes, so lists may hold
/// words longer than the eight bytes a packed key allows ("acknowledged", "spokeswoman"). With
/// a few hundred entries the chance of a false hit is negligible (about 2⁻⁵⁶ per lookup).
struct WordSet: Sendable {
    private let hashes: Set<UInt64>

    init(_ words: [String]) {
        hashes = Set(words.map { Self.hash(Array($0.utf8)[...]) })
    }

    /// Whether the word in `bytes[range]` is in the set, ignoring ASCII case.
    @inline(__always)
    func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count <= 24 else { return false }
        return hashes.contains(Self.hash(bytes[range]))
    }

    @inline(__always)
    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for var b in bytes {
            if UTF8Bytes.isASCIIUpper(b) { b |= 0x20 }
            hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
