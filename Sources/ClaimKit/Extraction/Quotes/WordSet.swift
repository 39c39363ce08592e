/// A set of words looked up straight from the document's bytes, without building a `String`.
///
/// Words are keyed by a 64-bit FNV-1a hash of their ASCII-lower-cased bytes, so lists may hold
/// words longer than the eight bytes a packed key allows ("acknowledged", "spokeswoman"). With
/// a few hundred entries the chance of a false hit is negligible (about 2⁻⁵⁶ per lookup). The
/// hashes sit in a small open-addressing table probed with the hash itself, which is cheaper
/// than hashing the hash again as `Set` would. Word sets are static tables that live as long
/// as the program, so the table is a plain allocation that is never freed and costs no
/// reference counting on lookup.
///
/// Most words looked up are in no set, so before hashing a word the set tests its length
/// against the lengths of the set's words that open with the same letter (``lengths``): one
/// load and a bit test rule out most of them.
struct WordSet: @unchecked Sendable {   // immutable once built
    private let slots: UnsafePointer<UInt64>
    private let mask: Int
    /// For each first byte's low five bits (so either case of a letter), a bit for each length
    /// of the set's words that open with it. Bytes that are no letters may share an index with
    /// letters, which only lets a word through to the hash.
    private let lengths: UnsafePointer<UInt32>

    init(_ words: [String]) {
        var capacity = 16
        while capacity < words.count * 4 { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity)
        let lengths = UnsafeMutablePointer<UInt32>.allocate(capacity: 32)
        lengths.initialize(repeating: 0, count: 32)
        for word in words {
            let bytes = Array(word.utf8)
            precondition(!bytes.isEmpty && bytes.count < 32, "WordSet takes words of 1 to 31 bytes")
            lengths[Int(bytes[0] & 0x1F)] |= 1 << UInt32(bytes.count)
            let hash = Self.hash(bytes[...])
            var i = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while slots[i] != 0 && slots[i] != hash { i = (i + 1) & (capacity - 1) }
            slots[i] = hash
        }
        let table = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
        table.initialize(from: slots, count: capacity)
        self.slots = UnsafePointer(table)
        self.lengths = UnsafePointer(lengths)
        mask = capacity - 1
    }

    /// Whether the word in `bytes[range]` is in the set, ignoring ASCII case.
    @inline(__always)
    func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let count = range.count
        guard count >= 1 && count <= 24,
              lengths[Int(bytes[range.lowerBound] & 0x1F)] >> UInt32(count) & 1 != 0 else { return false }
        let hash = Self.hash(bytes[range])
        var i = Int(truncatingIfNeeded: hash) & mask
        while true {
            let slot = slots[i]
            if slot == hash { return true }
            if slot == 0 { return false }
            i = (i + 1) & mask
        }
    }

    @inline(__always)
    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for var b in bytes {
            if UTF8Bytes.isASCIIUpper(b) { b |= 0x20 }
            hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01B3
        }
        return hash ^ (hash >> 29)   // FNV's low bits are weak; fold the high ones in for the table index
    }
}
