/// A fixed word list mapped to values, looked up straight from the UTF-8 bytes.
///
/// The number scanner looks up nearly every word of an article, so the lookup must cost a few
/// instructions: words are packed, lower-cased, into a `UInt64` (``PackedWordKey``) and found by
/// open addressing with a multiplicative hash, instead of going through `Hasher` (SipHash) as
/// `Set<UInt64>` does. Words longer than eight letters share a key with others of the same
/// length and first seven letters, so for those the spelling is compared too.
///
/// Tables are built once, as `static let`s, and live as long as the program: their slots are
/// kept in buffers that are allocated once and never freed, so that passing a table around
/// (the scanner holds several, for every sentence) costs no reference counting and a lookup
/// no bounds check. Entries are immutable after `init`, which is what makes the unchecked
/// `Sendable` sound.
struct PackedWordTable<Value: Sendable>: @unchecked Sendable {
    private let keys: UnsafeBufferPointer<UInt64>
    /// `values[slot]` is the value of `keys[slot]` (a filler where the slot is empty, so
    /// that no optional is stored).
    private let values: UnsafeBufferPointer<Value>
    /// The spelling of entries longer than eight letters, to confirm a match.
    private let longSpellings: UnsafeBufferPointer<[UInt8]?>
    private let shift: UInt64
    private let slotMask: Int

    /// Builds the table; words are matched case-insensitively (ASCII letters).
    init(_ entries: [(String, Value)]) {
        precondition(!entries.isEmpty, "a word table needs entries")
        var capacity = 16
        while capacity < entries.count * 4 { capacity *= 2 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [Value](repeating: entries[0].1, count: capacity)
        var longSpellings = [[UInt8]?](repeating: nil, count: capacity)
        let shift = UInt64(64 - capacity.trailingZeroBitCount)
        for (word, value) in entries {
            let spelling = PackedWordKey.lowercasedSpelling(word)
            let key = spelling.withUnsafeBufferPointer { PackedWordKey.make($0, from: 0, to: $0.count) }
            var slot = Self.slot(of: key, shift: shift)
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = key
            values[slot] = value
            longSpellings[slot] = spelling.count > 8 ? spelling : nil
        }
        self.keys = Self.permanentCopy(of: keys)
        self.values = Self.permanentCopy(of: values)
        self.longSpellings = Self.permanentCopy(of: longSpellings)
        self.shift = shift
        self.slotMask = capacity - 1
    }

    /// A buffer holding `elements` for the rest of the program's life.
    private static func permanentCopy<Element>(of elements: [Element]) -> UnsafeBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: elements.count)
        _ = buffer.initialize(from: elements)
        return UnsafeBufferPointer(buffer)
    }

    @inline(__always)
    private static func slot(of key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The value of the word `bytes[start..<end]` (ASCII letters), if it is in the table.
    @inline(__always)
    func value(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Value? {
        value(forKey: PackedWordKey.make(bytes, from: start, to: end), bytes, from: start, to: end)
    }

    /// The same lookup for a word whose key is already known.
    @inline(__always)
    func value(forKey key: UInt64, _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Value? {
        var slot = Self.slot(of: key, shift: shift)
        while true {
            let found = keys[slot]
            if found == 0 { return nil }
            if found == key {
                if let spelling = longSpellings[slot], !PackedWordKey.equals(spelling, bytes, from: start, to: end) { return nil }
                return values[slot]
            }
            slot = (slot + 1) & slotMask
        }
    }

    /// Whether the word `bytes[start..<end]` is in the table.
    @inline(__always)
    func contains(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        value(bytes, from: start, to: end) != nil
    }
}

extension PackedWordTable where Value == Bool {
    /// A plain word set.
    init(words: [String]) {
        self.init(words.map { ($0, true) })
    }
}

/// Packs a word into one integer for ``PackedWordTable``.
enum PackedWordKey {
    /// Up to eight bytes, lower-cased, packed big-endian; a longer word keeps its first seven
    /// bytes and puts `0x80 | length` in the low byte, which no letter can be.
    @inline(__always)
    static func make(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> UInt64 {
        let length = end - start
        let packedEnd = length > 8 ? start + 7 : end
        var key: UInt64 = 0
        var i = start
        while i < packedEnd {
            key = key << 8 | UInt64(bytes[i] | 0x20)
            i += 1
        }
        if length > 8 { key = key << 8 | UInt64(0x80 | min(length, 0x7F)) }
        return key
    }

    /// The key of a word given as a string (for building tables).
    static func make(_ word: String) -> UInt64 {
        let spelling = lowercasedSpelling(word)
        return spelling.withUnsafeBufferPointer { make($0, from: 0, to: $0.count) }
    }

    /// The UTF-8 bytes of `word` lower-cased, as `word.lowercased()` spells them. Table words
    /// are nearly all ASCII, lower-cased here byte by byte: `lowercased()` on every word was
    /// most of the cost of building the tables, which runs inside the first extraction.
    static func lowercasedSpelling(_ word: String) -> [UInt8] {
        var spelling = Array(word.utf8)
        guard spelling.allSatisfy({ $0 < 0x80 }) else { return Array(word.lowercased().utf8) }
        for k in spelling.indices where UTF8Bytes.isASCIIUpper(spelling[k]) { spelling[k] |= 0x20 }
        return spelling
    }

    /// Reads the run of ASCII letters starting at `i` (and ending by `limit`), returning its
    /// end and its key, eight bytes at a time where the buffer allows.
    ///
    /// A word of eight letters or fewer costs one unaligned load and a few bit operations:
    /// every byte is lower-cased with `| 0x20` and tested against `a`…`z` in parallel (SWAR),
    /// the first byte that is no letter gives the length, and a byte swap of the same load
    /// gives the big-endian key ``make(_:from:to:)`` would compute.
    @inline(__always)
    static func scanWord(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, limit: Int) -> (end: Int, key: UInt64) {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var j = i
        var firstChunk: UInt64 = 0
        while j + 8 <= bytes.count {
            let raw = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + j).loadUnaligned(as: UInt64.self))
            let lowered = raw | (ones &* 0x20)
            let seven = lowered & ~highBits
            let atLeastA = seven &+ ones &* (0x80 - 0x61)
            let aboveZ = seven &+ ones &* (0x80 - 0x7B)
            let letters = atLeastA & ~aboveZ & ~raw & highBits
            if j == i { firstChunk = lowered }
            let notLetters = ~letters & highBits
            if notLetters != 0 {
                j += notLetters.trailingZeroBitCount >> 3
                break
            }
            j += 8
        }
        if j + 8 > bytes.count {
            // Near the end of the buffer: byte by byte.
            while j < bytes.count && UTF8Bytes.isASCIILetter(bytes[j]) { j += 1 }
            let end = min(j, limit)
            return (end, make(bytes, from: i, to: end))
        }
        let end = min(j, limit)
        let length = end - i
        if length == 0 { return (end, 0) }
        let bigEndian = firstChunk.byteSwapped
        if length <= 8 { return (end, bigEndian >> UInt64(64 - 8 * length)) }
        return (end, (bigEndian >> 8) << 8 | UInt64(0x80 | min(length, 0x7F)))
    }

    /// Whether `bytes[start..<end]` spells `spelling` (lower-case), ignoring ASCII case.
    static func equals(_ spelling: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        guard end - start == spelling.count else { return false }
        for k in 0..<spelling.count where bytes[start + k] | 0x20 != spelling[k] { return false }
        return true
    }
}
