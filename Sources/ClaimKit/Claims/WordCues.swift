/// Finds whether a sentence holds cue words, in one pass: factual verbs, and the first-person,
/// hedging and opinion words that ``ClaimScorer`` reads as opinion (the scorer only asks whether
/// there is any of each).
///
/// Words are runs of ASCII letters, so a contraction is read in parts: "I’ve" and "I'm" count
/// through "I", "we’re" through "we". Opinion cues inside a quotation are the speaker's words,
/// not the article's hedging ("“We must respond,” the minister said" reports a statement), so
/// they are not counted there; factual verbs count everywhere.
///
/// Nearly every word of a sentence is no cue, so the sentence is read eight bytes at a time (as
/// the number scanner reads it): the word starts of a chunk come from a few bit operations, and
/// a word is passed over on its first three letters and its length (``WordStartFilter``). Only
/// the few words that pass are read to their end (``PackedWordKey/scanWord(_:at:limit:)``) and
/// looked up in a ``PackedWordTable``.
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
    /// The first three letters and the length of the cue words.
    private static let startFilter = WordStartFilter(factualVerbs + opinionCues)

    /// Finds the kinds of cue in `range`; `quoted` holds the byte ranges of quoted words, sorted
    /// by start.
    ///
    /// The sentence is read in chunks of eight bytes while the buffer holds a whole chunk. The
    /// word that starts at each letter after a non-letter is tested on its first three letters,
    /// then on its length (``WordStartFilter``), all read from the chunk where they lie in it,
    /// and only the few that pass are read to their end and looked up. The last bytes of the
    /// buffer are read byte by byte.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ range: ByteRange, quoted: ArraySlice<ByteRange> = []) -> Found {
        let startFilter = Self.startFilter
        var cues = CueCounter(bytes: bytes, range: range, quoted: quoted)
        let end = range.upperBound
        var i = range.lowerBound
        // `0x80` when the byte before the chunk is a letter of a word already seen.
        var letterBefore: UInt64 = 0
        while i < end && i <= bytes.count &- 8 {
            let chunk = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self))
            var letters = Self.letters(in: chunk)
            // Bytes past the sentence are no part of its words.
            if end &- i < 8 { letters &= ByteChunk.keepingFirst(end &- i) }
            // The chunk's letters, with every other byte 0 (which, like any non-letter, tells
            // the start filter that the word has ended).
            let onlyLetters = chunk & ((letters >> 7) &* 0xFF)
            var starts = letters & ~(letters << 8 | letterBefore)
            while starts != 0 {
                let bit = UInt64(starts.trailingZeroBitCount) & ~7
                starts &= starts &- 1
                let k = Int(bit &>> 3), start = i &+ k
                // The word's letters from its first on, in the low bytes (one shift for all three).
                let word = onlyLetters &>> bit
                // The second and third letters lie in the next chunk for a word starting at its
                // end, and are read from the buffer then.
                let second = k < 7 ? UInt8(truncatingIfNeeded: word &>> 8) : cues.byte(start &+ 1)
                let entry = startFilter.entry(first: UInt8(truncatingIfNeeded: word), next: second)
                guard entry != 0 else { continue }
                let third = k < 6 ? UInt8(truncatingIfNeeded: word &>> 16) : cues.byte(start &+ 2)
                guard startFilter.allows(entry, third: third) else { continue }
                // The word's length, or, when it runs on into the next chunk, minus the least it
                // can be (its letters in this chunk).
                let after = (~letters & ByteChunk.highBits) &>> bit
                let length = after == 0 ? k &- 8 : after.trailingZeroBitCount &>> 3
                if WordStartFilter.allows(entry, length: length) { cues.count(wordAt: start) }
            }
            letterBefore = letters >> 56
            i &+= 8
        }
        // The word that runs on from the last chunk was counted at its start.
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

    /// The high bit of every byte of `chunk` (eight bytes, little-endian) that is an ASCII
    /// letter, as ``ByteChunk`` finds them.
    @inline(__always)
    private static func letters(in chunk: UInt64) -> UInt64 {
        let ones = ByteChunk.ones, highBits = ByteChunk.highBits
        let lowered = chunk & ~highBits | ones &* 0x20
        return (lowered &+ ones &* (0x80 - 0x61)) & ~(lowered &+ ones &* (0x80 - 0x7B)) & ~chunk & highBits
    }

    /// Looks up the words that may be cues and notes the kinds of those that are.
    private struct CueCounter {
        let bytes: UnsafeBufferPointer<UInt8>
        let range: ByteRange
        let quoted: ArraySlice<ByteRange>
        private(set) var found = Found()
        /// The first quotation that may hold the current word (quotations ending before it are
        /// passed).
        private var quote: Int

        init(bytes: UnsafeBufferPointer<UInt8>, range: ByteRange, quoted: ArraySlice<ByteRange>) {
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
