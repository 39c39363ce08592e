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
/// classified with a few SSE2 instructions into one bit per byte that is a letter; the words
/// that start in the block are its letters with no letter before them. A word is passed over on
/// its first three bytes and its length (``WordPrefixFilter``), read from the text in one load.
/// Only the few words that pass are read to their end (``PackedWordKey/scanWord(_:at:limit:)``)
/// and looked up in a ``PackedWordTable``.
enum WordCues {
    /// Which kinds of cue a sentence holds.
    struct Found {
        var factualVerb = false
        var opinionCue = false

        /// Whether both kinds were found: no later word can change the result.
        var isComplete: Bool { factualVerb && opinionCue }
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
    /// The sentence is read in blocks of sixteen bytes while the buffer holds the eight bytes
    /// after the block too (a word's test reads eight bytes from its first): each block gives
    /// one bit per letter, and the words that start in it are tested on their first bytes and,
    /// for the few that pass, their length. Only the words that pass both are read to their end
    /// and looked up. The sentence's last bytes, when they fill no whole block, are a block with
    /// the bytes past the sentence taken for no letters; the last bytes of the buffer are read
    /// byte by byte. The scan stops once both kinds of cue are found.
    ///
    /// The quotations are read in place: a counter holding a slice of their array would retain
    /// and release it for every sentence.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ range: ByteRange, quoted: UnsafeBufferPointer<ByteRange>) -> Found {
        let filter = Self.prefixFilter
        var cues = CueCounter(bytes: bytes, range: range, quoted: quoted)
        let end = range.upperBound
        var i = range.lowerBound
        // 1 when the byte before `i` is a letter of a word already seen.
        var letterBefore: UInt32 = 0
        if let base = bytes.baseAddress {
            let lastBlock = bytes.count &- 24
            while i &+ 16 <= end && i <= lastBlock {
                let letters = letterBits(base, at: i)
                let starts = letters & ~(letters &<< 1 | letterBefore)
                letterBefore = letters &>> 15
                if countWords(startingAt: starts, in: base, at: i, end: end, filter: filter, into: &cues) { return cues.found }
                i &+= 16
            }
            if i < end && i <= lastBlock {
                let letters = letterBits(base, at: i) & ((1 &<< UInt32(truncatingIfNeeded: end &- i)) &- 1)
                let starts = letters & ~(letters &<< 1 | letterBefore)
                _ = countWords(startingAt: starts, in: base, at: i, end: end, filter: filter, into: &cues)
                return cues.found
            }
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

    /// Counts the cue words whose first bytes are the bits of `starts` (bit `k` for byte
    /// `i + k`), each tested on its first three bytes, read from the text with the eight
    /// from its first, then on its length; the few that pass are looked up by the key those
    /// eight bytes give. True once both kinds of cue are found.
    @inline(__always)
    private static func countWords(startingAt starts: UInt32, in base: UnsafePointer<UInt8>, at i: Int, end: Int,
                                   filter: WordPrefixFilter, into cues: inout CueCounter) -> Bool {
        var starts = starts
        while starts != 0 {
            let start = i &+ starts.trailingZeroBitCount
            starts &= starts &- 1
            let word = UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
            guard filter.mayStart(word) else { continue }
            // Its length, cut at the sentence's end; 8 when all eight bytes are letters (then
            // the lookup reads on and rejects a longer word).
            let length = min(letterRun(word), end &- start)
            guard filter.lengths(ofWordStarting: word) &>> UInt16(truncatingIfNeeded: length) & 1 != 0 else { continue }
            // A word of eight letters that goes on is longer than any cue.
            if length == 8 && start &+ 8 < end && UTF8Bytes.isASCIILetter(base[start &+ 8]) { continue }
            // Its key as ``PackedWordKey`` makes it: its letters lower-cased, big-endian.
            let key = (word | ByteChunk.ones &* 0x20).byteSwapped &>> UInt64(truncatingIfNeeded: 64 &- 8 &* length)
            cues.count(wordFrom: start, to: start &+ length, key: key)
            if cues.found.isComplete { return true }
        }
        return false
    }

    /// Bit `k` set when byte `i + k` of `base` is an ASCII letter, for the sixteen bytes at `i`
    /// (which must lie in the buffer).
    @inline(__always)
    private static func letterBits(_ base: UnsafePointer<UInt8>, at i: Int) -> UInt32 {
        let chunk = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD16<UInt8>.self)
        return UInt32(truncatingIfNeeded: chunk.asciiLetterLanes.bits)
    }

    /// How many of the eight bytes of `word` (little-endian), from its first, are ASCII
    /// letters in a row: 8 when all are.
    @inline(__always)
    private static func letterRun(_ word: UInt64) -> Int {
        (~ByteChunk.asciiLetters(word) & ByteChunk.highBits).trailingZeroBitCount &>> 3
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
            // Every cue word is at most eight letters.
            guard end - start <= 8 else { return }
            count(wordFrom: start, to: end, key: key)
        }

        /// Looks up the word `start..<end` of at most eight letters, whose key
        /// (``PackedWordKey``) is `key`, and notes its kind if it is a cue.
        mutating func count(wordFrom start: Int, to end: Int, key: UInt64) {
            // A cue is a whole word: not part of "4G" or of "Hawaiʻi" or "café", whose other
            // letters are digits or outside ASCII.
            guard let flags = WordCues.table.value(forKey: key, bytes, from: start, to: end),
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
