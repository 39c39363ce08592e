/// Finds whether a sentence holds cue words, in one pass: factual verbs, and the first-person,
/// hedging and opinion words that ``ClaimScorer`` reads as opinion (the scorer only asks whether
/// there is any of each).
///
/// Words are runs of ASCII letters, so a contraction is read in parts: "I’ve" and "I'm" count
/// through "I", "we’re" through "we". Opinion cues inside a quotation are the speaker's words,
/// not the article's hedging ("“We must respond,” the minister said" reports a statement), so
/// they are not counted there; factual verbs count everywhere.
///
/// Nearly every word of a sentence is no cue, so the sentence is read sixteen bytes at a time,
/// classified with a few SSE2 instructions: a word is passed over on its first three letters
/// and its length (``WordPrefixFilter``), read from the chunk where it starts. Only the few
/// words that pass are read to their end (``PackedWordKey/scanWord(_:at:limit:)``) and looked
/// up in a ``PackedWordTable``.
enum WordCues {
    /// Which kinds of cue a sentence holds.
    struct Found {
        var factualVerb = false
        var opinionCue = false
    }

    private static let factualVerb: UInt8 = 1
    private static let opinionCue: UInt8 = 2

    private static let factualVerbs = [
        "killed", "died", "launched", "rose", "fell", "reached", "signed",
        "violated", "surged", "slumped", "jumped", "won", "lost", "spent", "cost", "received", "reported", "recorded", "invaded",
        "annexed", "grew", "dropped", "doubled", "tripled", "totalled", "totaled", "earned", "paid",
        "voted", "approved", "rejected", "arrested", "charged", "wounded", "injured",
        "attacked", "fired", "produced", "sold", "bought", "hit",
    ]
    private static let opinionCues = [
        "i", "my", "we", "our", "you", "your", "should", "must",
        "might", "perhaps", "probably", "likely", "seems", "imagine", "believe", "think", "feel",
        "hope", "opinion", "arguably", "clearly", "surely", "needed", "need", "ought",
    ]

    /// The cue words and what each is.
    private static let table = PackedWordTable<UInt8>(factualVerbs.map { ($0, factualVerb) } + opinionCues.map { ($0, opinionCue) })
    /// The first three letters and the lengths of the cue words.
    private static let prefixFilter = WordPrefixFilter(factualVerbs + opinionCues)

    /// Finds the kinds of cue in `range`; `quoted` holds the byte ranges of quoted words, sorted
    /// by start.
    ///
    /// The sentence is read in blocks of sixteen bytes while the buffer holds the next block
    /// too (bytes past the sentence are read as no letters): the words that start in a block are
    /// found with a few bit operations, and each is tested on its first three letters and its
    /// length, which lie in the block or the next (a cue word has at most eight letters). Only
    /// the few that pass are read to their end and looked up. The last bytes of the buffer are
    /// read byte by byte.
    ///
    /// The quotations are read in place: a counter holding a slice of their array would retain
    /// and release it for every sentence.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ range: ByteRange, quoted: UnsafeBufferPointer<ByteRange>) -> Found {
        let filter = Self.prefixFilter
        var cues = CueCounter(bytes: bytes, range: range, quoted: quoted)
        let end = range.upperBound
        var i = range.lowerBound
        // `0xFF` when the byte before `i` is a letter of a word already seen.
        var letterBefore: UInt64 = 0
        if let base = bytes.baseAddress, i < end && i <= bytes.count &- 32 {
            var block = Lanes.classify(base, at: i, end: end)
            repeat {
                // The block after (past the sentence, no letters).
                let next = Lanes.classify(base, at: i &+ 16, end: end)
                countWords(in: block.0, then: block.1, letterBefore: letterBefore, at: i, filter: filter, into: &cues)
                countWords(in: block.1, then: next.0, letterBefore: block.0.letters >> 56, at: i &+ 8, filter: filter, into: &cues)
                letterBefore = block.1.letters >> 56
                block = next
                i &+= 16
            } while i < end && i <= bytes.count &- 32
        }
        // The word that runs on from the last block was counted at its start.
        if letterBefore != 0 {
            while i < end && UTF8Bytes.isASCIILetter(bytes[i]) { i += 1 }
        }
        while i < end {
            guard UTF8Bytes.isASCIILetter(bytes[i]) else { i += 1; continue }
            cues.count(wordAt: i)
            while i < end && UTF8Bytes.isASCIILetter(bytes[i]) { i += 1 }
        }
        return cues.found
    }

    /// Eight bytes of a sentence, little-endian (byte `k` in bits `8k..<8k+8`).
    private struct Lanes {
        /// `0xFF` in every byte that is an ASCII letter.
        var letters: UInt64 = 0
        /// The letters as they are, every other byte 0.
        var onlyLetters: UInt64 = 0

        /// Bytes `i..<i+16` of `base` (which must lie in the buffer) as two lanes; bytes at or
        /// past `end`, outside the sentence, are no letters.
        @inline(__always)
        static func classify(_ base: UnsafePointer<UInt8>, at i: Int, end: Int) -> (Lanes, Lanes) {
            let chunk = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD16<UInt8>.self)
            let letters = unsafeBitCast(WordCues.letters(in: chunk), to: SIMD2<UInt64>.self)
            let onlyLetters = unsafeBitCast(chunk, to: SIMD2<UInt64>.self) & letters
            var first = Lanes(letters: letters[0], onlyLetters: onlyLetters[0])
            var second = Lanes(letters: letters[1], onlyLetters: onlyLetters[1])
            if end &- i < 16 {
                first.keepFirst(end &- i)
                second.keepFirst(end &- i &- 8)
            }
            return (first, second)
        }

        @inline(__always)
        mutating func keepFirst(_ count: Int) {
            let mask = ByteChunk.keepingFirst(count)
            letters &= mask
            onlyLetters &= mask
        }
    }

    /// Counts the cue words that start in `lanes`, at byte `i`: each word is tested on its first
    /// three letters and its length, read from `lanes` and the eight bytes after them, `next`.
    @inline(__always)
    private static func countWords(in lanes: Lanes, then next: Lanes, letterBefore: UInt64, at i: Int,
                                   filter: WordPrefixFilter, into cues: inout CueCounter) {
        var starts = lanes.letters & ~(lanes.letters << 8 | letterBefore) & ByteChunk.highBits
        while starts != 0 {
            let bit = UInt64(starts.trailingZeroBitCount) & ~7
            starts &= starts &- 1
            // The word's first three bytes, from `next` too for a word in the last two.
            var word = lanes.onlyLetters &>> bit
            if bit > 40 { word |= next.onlyLetters &<< (64 &- bit) }
            let lengths = filter.lengths(ofWordStarting: word)
            guard lengths != 0 else { continue }
            // Its length: up to its first byte that is no letter in the eight from its first
            // (`next` shifted in by 64 - bit, in two steps, which gives 0 for a word at byte 0);
            // 8 when all eight are letters (then the lookup reads on and rejects a longer word).
            let wordLetters = lanes.letters &>> bit | (next.letters &<< 1) &<< (63 &- bit)
            let length = (~wordLetters & ByteChunk.highBits).trailingZeroBitCount &>> 3
            if lengths &>> UInt16(truncatingIfNeeded: length) & 1 != 0 { cues.count(wordAt: i &+ Int(bit &>> 3)) }
        }
    }

    /// `0xFF` in every lane of `chunk` that is an ASCII letter, 0 in the others. The bounds are
    /// whole vectors: comparing with a scalar compiles to a loop over the lanes.
    @inline(__always)
    private static func letters(in chunk: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
        let caseBit = SIMD16<UInt8>(repeating: 0x20), a = SIMD16<UInt8>(repeating: UInt8(ascii: "a")),
            alphabet = SIMD16<UInt8>(repeating: 26)
        // Lower-cased, a letter is 0…25 past "a"; every other byte lands elsewhere.
        let fromA = (chunk | caseBit) &- a
        return fromA .< alphabet
    }

    /// Looks up the words that may be cues and notes the kinds of those that are.
    private struct CueCounter {
        let bytes: UnsafeBufferPointer<UInt8>
        let range: ByteRange
        let quoted: UnsafeBufferPointer<ByteRange>
        private(set) var found = Found()
        /// The first quotation that may hold the current word (quotations ending before it are
        /// passed).
        private var quote: Int

        init(bytes: UnsafeBufferPointer<UInt8>, range: ByteRange, quoted: UnsafeBufferPointer<ByteRange>) {
            self.bytes = bytes
            self.range = range
            self.quoted = quoted
            quote = quoted.startIndex
        }

        /// The byte at `i`, or 0 past the sentence.
        @inline(__always)
        func byte(_ i: Int) -> UInt8 {
            i < range.upperBound ? bytes[i] : 0
        }

        /// Reads the word at `start` to its end, looks it up and notes its kind if it is a cue.
        mutating func count(wordAt start: Int) {
            let (end, key) = PackedWordKey.scanWord(bytes, at: start, limit: range.upperBound)
            // Every cue word is at most eight letters, and a whole word: not part of "4G" or of
            // "Hawaiʻi" or "café", whose other letters are digits or outside ASCII.
            guard end - start <= 8, let flags = WordCues.table.value(forKey: key, bytes, from: start, to: end),
                  !WordCues.isGlued(bytes, before: start, floor: range.lowerBound),
                  !WordCues.isGlued(bytes, after: end, limit: range.upperBound) else { return }
            if flags == factualVerb { found.factualVerb = true; return }
            while quote < quoted.endIndex && quoted[quote].upperBound <= start { quote += 1 }
            let isQuoted = quote < quoted.endIndex && quoted[quote].lowerBound <= start
            if !isQuoted { found.opinionCue = true }
        }
    }

    /// Whether a digit or a non-ASCII letter comes right before `start`. General punctuation
    /// (U+2000…U+206F: curly quotes, dashes) does not glue: "“I think" is a word "I".
    private static func isGlued(_ bytes: UnsafeBufferPointer<UInt8>, before start: Int, floor: Int) -> Bool {
        guard start > floor else { return false }
        let previous = bytes[start - 1]
        if UTF8Bytes.isDigit(previous) { return true }
        guard previous >= 0x80 else { return false }
        return !(start - 3 >= floor && bytes[start - 3] == 0xE2 && bytes[start - 2] == 0x80)
    }

    /// Whether a digit or a non-ASCII letter comes right after `end` ("I’ve" is not glued).
    private static func isGlued(_ bytes: UnsafeBufferPointer<UInt8>, after end: Int, limit: Int) -> Bool {
        guard end < limit else { return false }
        let next = bytes[end]
        if UTF8Bytes.isDigit(next) { return true }
        guard next >= 0x80 else { return false }
        return !(next == 0xE2 && end + 1 < limit && bytes[end + 1] == 0x80)
    }
}
