/// A fixed word list mapped to values, looked up straight from the UTF-8 bytes.
///
/// The number scanner looks up nearly every word of an article, so the lookup must cost a few
/// instructions: words are packed, lower-cased, into a `UInt64` (``PackedWordKey``) and found by
/// open addressing with a multiplicative hash, instead of going through `Hasher` (SipHash) as
/// `Set<UInt64>` does. Words longer than eight letters share a key with others of the same
/// length and first seven letters, so for those the spelling is compared too, and words that
/// share a key take a slot each.
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
        // Filled in place rather than built as arrays and copied: the tables are built inside
        // the first extraction.
        let keys = Self.permanentBuffer(capacity, filledWith: UInt64(0))
        let values = Self.permanentBuffer(capacity, filledWith: entries[0].1)
        let longSpellings = Self.permanentBuffer(capacity, filledWith: [UInt8]?.none)
        let shift = UInt64(64 - capacity.trailingZeroBitCount)
        for (word, value) in entries {
            let (key, spelling) = PackedWordKey.keyAndLongSpelling(of: word)
            var slot = Self.slot(of: key, shift: shift)
            // Two long words may share a key ("kilometres", "kilometers"): each gets its slot.
            while keys[slot] != 0 && !(keys[slot] == key && longSpellings[slot] == spelling) { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = key
            values[slot] = value
            longSpellings[slot] = spelling
        }
        self.keys = UnsafeBufferPointer(keys)
        self.values = UnsafeBufferPointer(values)
        self.longSpellings = UnsafeBufferPointer(longSpellings)
        self.shift = shift
        self.slotMask = capacity - 1
    }

    /// A buffer of `count` copies of `filler`, for the rest of the program's life.
    private static func permanentBuffer<Element>(_ count: Int, filledWith filler: Element) -> UnsafeMutableBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: count)
        buffer.initialize(repeating: filler)
        return buffer
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
                guard let spelling = longSpellings[slot], !PackedWordKey.equals(spelling, bytes, from: start, to: end) else {
                    return values[slot]
                }
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
    ///
    /// Where eight bytes can be loaded at `start`, the word is keyed from one load, as
    /// ``scanWord(_:at:limit:)`` does (the rules look up words around every number), rather
    /// than byte by byte.
    @inline(__always)
    static func make(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> UInt64 {
        let length = end - start
        if length > 0 && start + 8 <= bytes.count {
            let raw = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + start).loadUnaligned(as: UInt64.self))
            let bigEndian = (raw | 0x2020_2020_2020_2020).byteSwapped
            if length <= 8 { return bigEndian >> UInt64(64 - 8 * length) }
            return (bigEndian >> 8) << 8 | UInt64(0x80 | min(length, 0x7F))
        }
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
        keyAndLongSpelling(of: word).key
    }

    /// The key of a table word and, when it is longer than eight bytes, its spelling
    /// lower-cased (as `word.lowercased()` spells it), to confirm a match.
    ///
    /// Table words are nearly all ASCII: their key is made straight from the string's bytes
    /// (``make(_:from:to:)`` lower-cases them), and only a long one is copied. `lowercased()`
    /// and a copy for every word were most of the cost of building the tables, which runs
    /// inside the first extraction.
    static func keyAndLongSpelling(of word: String) -> (key: UInt64, spelling: [UInt8]?) {
        let asciiKey = word.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 < 0x80 } ? make(bytes, from: 0, to: bytes.count) : nil
        }
        if let key = asciiKey ?? nil {
            guard word.utf8.count > 8 else { return (key, nil) }
            return (key, word.utf8.map { UTF8Bytes.isASCIIUpper($0) ? $0 | 0x20 : $0 })
        }
        let spelling = Array(word.lowercased().utf8)
        let key = spelling.withUnsafeBufferPointer { make($0, from: 0, to: $0.count) }
        return (key, spelling.count > 8 ? spelling : nil)
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
