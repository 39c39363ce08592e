/// The word table, built for the scanning loops (SPEC §8): no `String` is built to look a word up.
///
/// Words of up to 8 bytes (nearly all) are packed, lower-cased, into one `UInt64` and kept in a
/// 1024-slot open-addressing table of 16-byte entries, which stays in the L1 cache; an 8192-bit
/// filter on the same hash turns most words that are not in the lexicon away before the table
/// is touched. The few longer words ("thanksgiving", "throughout") live in a small second table.
/// A last table records the first three letters and the lengths of the trigger words, so that
/// ``Table/mayBeTrigger(_:from:to:)`` dismisses nearly every other word without hashing it.
struct DateLexicon {
    struct ShortEntry {
        /// The packed word; zero marks an empty slot.
        var key: UInt64
        var lexeme: DateLexeme
    }

    struct LongEntry {
        var low: UInt64
        /// Bytes 9–16 and the length; zero marks an empty slot.
        var high: UInt64
        var lexeme: DateLexeme
    }

    // Computed, not stored, so that the scanning loops never go through a lazy global.
    fileprivate static var shortBits: Int { 10 }
    fileprivate static var longBits: Int { 7 }
    fileprivate static var filterBits: Int { 13 }
    /// The shortest trigger word ("may", "day", "jan"); ``DateTriggerScan`` skips shorter words.
    static var minimumTriggerLength: Int { 3 }

    private var short: [ShortEntry]
    private var long: [LongEntry]
    private var filter: [UInt64]
    /// The first three letters and the lengths of the trigger words: most words fail on their
    /// first two letters, and most of the others ("the", "then", "may" in lower case, which
    /// begin like "thursday", "month", "march") on the third.
    private var triggerStarts = WordStartFilter([])

    /// The table built from ``DateWords``.
    static let shared = DateLexicon(words: DateWords.all)

    init(words: [(String, DateLexeme)]) {
        short = Array(repeating: ShortEntry(key: 0, lexeme: .none), count: 1 << Self.shortBits)
        long = Array(repeating: LongEntry(low: 0, high: 0, lexeme: .none), count: 1 << Self.longBits)
        filter = Array(repeating: 0, count: (1 << Self.filterBits) / 64)
        for (word, lexeme) in words {
            let bytes = Array(word.lowercased().utf8)
            precondition(!bytes.isEmpty && bytes.count <= 16, "lexicon words are 1 to 16 bytes: \(word)")
            if bytes.count <= 8 { insertShort(bytes, lexeme) } else { insertLong(bytes, lexeme) }
            precondition(!lexeme.isTrigger || bytes.count >= Self.minimumTriggerLength, "trigger words are 3 bytes or more: \(word)")
        }
        precondition(short.filter { $0.key != 0 }.count < (1 << Self.shortBits) * 2 / 3, "the date lexicon outgrew its table")
        triggerStarts = WordStartFilter(words.filter { $0.1.isTrigger }.map { $0.0.lowercased() })
    }

    /// Merges a word listed twice (as a month and a cue, say): its traits add up.
    private static func merge(_ lexeme: DateLexeme, into existing: inout DateLexeme) {
        existing.traits.formUnion(lexeme.traits)
        if existing.category == .none {
            existing.category = lexeme.category
            existing.value = lexeme.value
        }
    }

    private mutating func insertShort(_ bytes: [UInt8], _ lexeme: DateLexeme) {
        let key = bytes.reduce(0) { $0 << 8 | UInt64($1) }
        let hash = Self.hash(key)
        filter[Self.filterIndex(hash) >> 6] |= 1 << UInt64(Self.filterIndex(hash) & 63)
        var slot = Self.shortSlot(hash)
        while short[slot].key != 0 {
            if short[slot].key == key { Self.merge(lexeme, into: &short[slot].lexeme); return }
            slot = (slot + 1) & ((1 << Self.shortBits) - 1)
        }
        short[slot] = ShortEntry(key: key, lexeme: lexeme)
    }

    private mutating func insertLong(_ bytes: [UInt8], _ lexeme: DateLexeme) {
        let low = bytes[..<8].reduce(0) { $0 << 8 | UInt64($1) }
        let high = bytes[8...].reduce(0) { $0 << 8 | UInt64($1) } << 8 | UInt64(bytes.count)
        var slot = Self.longSlot(low, high)
        while long[slot].high != 0 {
            if long[slot].low == low && long[slot].high == high { Self.merge(lexeme, into: &long[slot].lexeme); return }
            slot = (slot + 1) & ((1 << Self.longBits) - 1)
        }
        long[slot] = LongEntry(low: low, high: high, lexeme: lexeme)
    }

    @inline(__always) fileprivate static func hash(_ key: UInt64) -> UInt64 { key &* 0x9E37_79B9_7F4A_7C15 }
    @inline(__always) fileprivate static func shortSlot(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash >> UInt64(64 - shortBits))
    }
    @inline(__always) fileprivate static func filterIndex(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash >> 24) & UInt64((1 << filterBits) - 1))
    }
    @inline(__always) fileprivate static func longSlot(_ low: UInt64, _ high: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash(low) ^ (high &* 0xC2B2_AE3D_27D4_EB4F)) >> UInt64(64 - longBits))
    }

    /// Runs `body` with a pointer view of the tables, for the scanning loops.
    func withTable<R>(_ body: (Table) -> R) -> R {
        short.withUnsafeBufferPointer { short in
            long.withUnsafeBufferPointer { long in
                filter.withUnsafeBufferPointer { filter in
                    body(Table(short: short, long: long, filter: filter, triggerStarts: triggerStarts))
                }
            }
        }
    }

    /// The lexicon as raw buffers, valid inside ``withTable(_:)``.
    struct Table {
        let short: UnsafeBufferPointer<ShortEntry>
        let long: UnsafeBufferPointer<LongEntry>
        let filter: UnsafeBufferPointer<UInt64>
        let triggerStarts: WordStartFilter

        /// The lexeme of the ASCII word `bytes[start..<end]`, in any letter case.
        @inline(__always)
        func lookup(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> DateLexeme {
            let length = end - start
            if length > 8 { return lookupLong(bytes, from: start, to: end) }
            return lookup(key: DateByteScan.packedLowercaseKey(bytes, from: start, length: length, end: bytes.count))
        }

        /// The lexeme of a word of up to 8 bytes, packed lower-case (first byte highest).
        @inline(__always)
        func lookup(key: UInt64) -> DateLexeme {
            let hash = DateLexicon.hash(key)
            let bit = DateLexicon.filterIndex(hash)
            guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return .none }
            var slot = DateLexicon.shortSlot(hash)
            while true {
                let entry = short[slot]
                if entry.key == key { return entry.lexeme }
                if entry.key == 0 { return .none }
                slot = (slot + 1) & ((1 << DateLexicon.shortBits) - 1)
            }
        }

        private func lookupLong(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> DateLexeme {
            let length = end - start
            guard length <= 16 else { return .none }
            var low: UInt64 = 0, high: UInt64 = 0
            for i in start..<(start + 8) { low = low << 8 | UInt64(bytes[i] | 0x20) }
            for i in (start + 8)..<end { high = high << 8 | UInt64(bytes[i] | 0x20) }
            high = high << 8 | UInt64(length)
            var slot = DateLexicon.longSlot(low, high)
            while true {
                let entry = long[slot]
                if entry.high == high && entry.low == low { return entry.lexeme }
                if entry.high == 0 { return .none }
                slot = (slot + 1) & ((1 << DateLexicon.longBits) - 1)
            }
        }

        /// Whether some trigger word (a month, a weekday, a unit of time…) has the length and the
        /// first three letters, in any case, of the word `bytes[start..<end]`: a test that most
        /// words fail. The word must be made of ASCII letters, as the words of the trigger scan
        /// and the tokenizer that reach this test are.
        @_transparent
        func mayBeTrigger(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
            guard end &- start >= DateLexicon.minimumTriggerLength else { return false }
            let entry = triggerStarts.entry(first: bytes[start], next: bytes[start &+ 1])
            return entry != 0 && triggerStarts.allows(entry, third: bytes[start &+ 2])
                && WordStartFilter.allows(entry, length: end &- start)
        }
    }
}
