/// The quick test that lets most sentences skip tokenizing: does a stretch of text hold a digit
/// or a word that can anchor a reported date (``mayAnchorDate(_:firstByte:)``)? When it does, it
/// also tells where the first token that may start a pattern can be, so that the tokenizer can
/// leave out most of the words before it (see ``DateExtractor``).
///
/// It reads sixteen bytes at a time and keeps, for blocks of 64 bytes, one bit per byte saying
/// "letter" and one saying "capital after a lower-case letter", so that word starts and lengths
/// come from bit operations instead of a byte-by-byte loop (SPEC §8). Words are cut as
/// ``DateTokenizer`` cuts them (a capital
/// after a lower-case letter starts a new word, "agoUniversity"); bytes of other scripts end a
/// word, which can only add candidates, never lose one, since a word with non-ASCII letters is
/// never a trigger. Words shorter than any trigger ("of", "in", "a") are dropped by the same
/// bit operations; the others are checked against the trigger words' first three letters and
/// lengths (``DateLexicon/Table/triggerStarts``), and only the few that pass are looked up.
enum DateTriggerScan {
    private static var highBits: UInt64 { 0x8080_8080_8080_8080 }
    private static var ones: UInt64 { 0x0101_0101_0101_0101 }

    /// `nil` when `bytes[range]` holds no date to report; otherwise a position before which no
    /// token starts a pattern: no number, no trigger word (a word that passes
    /// ``DateLexeme/isTrigger``, anchor or not), no "Q" of "Q3".
    static func dateStart(_ bytes: UnsafeBufferPointer<UInt8>, _ range: ByteRange, lexicon: DateLexicon.Table) -> Int? {
        guard !range.isEmpty, let base = bytes.baseAddress else { return nil }
        // The start of the first trigger word read, anchor or not.
        var firstTrigger = range.upperBound
        let triggerStarts = lexicon.triggerStarts
        let raw = UnsafeRawPointer(base)
        // The word read across blocks: where one that runs into the next block started (-1 if
        // none), and whether the last byte of the previous block was a letter.
        var pendingStart = -1
        var previousLetter: UInt64 = 0
        var blockStart = range.lowerBound
        while blockStart < range.upperBound {
            let blockEnd = min(blockStart + 64, range.upperBound)
            // `breaks`: the capitals that follow a lower-case letter, which start a word.
            var letter: UInt64 = 0, breaks: UInt64 = 0, digit: UInt64 = 0
            let count = blockEnd &- blockStart
            if blockStart &+ ((count &+ 15) & ~15) <= bytes.count {
                classifyVectors(raw, from: blockStart, count: count, letter: &letter, breaks: &breaks, digit: &digit)
            } else {
                // At the buffer's very end, eight bytes at a time and the last byte by byte.
                var upper: UInt64 = 0
                var position = blockStart
                while position < blockEnd {
                    let word = position &+ 8 <= blockEnd
                        ? raw.loadUnaligned(fromByteOffset: position, as: UInt64.self)
                        : lastWord(bytes, from: position, to: blockEnd)
                    classify(word, at: UInt64(truncatingIfNeeded: position &- blockStart), letter: &letter, upper: &upper, digit: &digit)
                    position &+= 8
                }
                let previousLower: UInt64 = blockStart > 0 && UTF8Bytes.isASCIILower(bytes[blockStart &- 1]) ? 1 : 0
                breaks = upper & ((letter & ~upper) << 1 | previousLower)
            }
            // A digit ends the scan at this block, once the words before it have been read for
            // trigger words (a "Q" may be just before it).
            let digitStart = digit != 0 ? firstDigit(bytes, from: blockStart, to: blockEnd) : range.upperBound
            // `digit` may come from bytes past a short block, where `firstDigit` finds none.
            let hasDigit = digitStart < blockEnd
            let dateStart = min(firstTrigger, digitStart - 1)

            // A letter continues a word after a letter, except a capital after a lower-case one.
            let continues = letter & (letter << 1 | previousLetter) & ~breaks
            let stops = ~continues
            if pendingStart >= 0 {
                let stop = stops.trailingZeroBitCount
                if stop < 64 {
                    if isAnchor(bytes, from: pendingStart, to: blockStart + stop, lexicon, firstTrigger: &firstTrigger) {
                        return min(firstTrigger, dateStart)
                    }
                    pendingStart = -1
                }
            }
            // Word starts whose next two bytes continue the word: three letters or more
            // (``DateLexicon/minimumTriggerLength``). The last two starts of the block are kept,
            // since their words may go on in the next block.
            var starts = letter & stops & (continues >> 1 | 1 << 63) & (continues >> 2 | 3 << 62)
            if hasDigit { starts &= (1 << UInt64(digitStart - blockStart)) - 1 }
            while starts != 0 {
                let first = starts.trailingZeroBitCount
                starts &= starts &- 1
                let start = blockStart &+ first
                // Most words start with three letters that no trigger word starts with: they
                // are passed over on these, before their end is looked for. (A word with fewer
                // than three bytes in the range, or whose second or third byte is no letter, is
                // no trigger either, nor needs to be kept as running on.)
                guard start &+ 2 < range.upperBound else { continue }
                let entry = triggerStarts.entry(first: bytes[start], next: bytes[start &+ 1])
                if entry == 0 || !triggerStarts.allows(entry, third: bytes[start &+ 2]) { continue }
                // The word ends at the first stop after its start; 64 when it runs on into the
                // next block.
                let end = (stops & (~1 &<< UInt64(truncatingIfNeeded: first))).trailingZeroBitCount
                if end == 64 {
                    pendingStart = start
                } else if WordStartFilter.allows(entry, length: end &- first),
                          isAnchorWord(bytes, from: start, to: blockStart &+ end, lexicon, firstTrigger: &firstTrigger) {
                    return min(firstTrigger, dateStart)
                }
            }
            if hasDigit { return min(firstTrigger, dateStart, pendingStart >= 0 ? pendingStart : dateStart) }
            let full = blockEnd - blockStart == 64
            previousLetter = full ? letter >> 63 : 0
            blockStart = blockEnd
        }
        if pendingStart >= 0 && isAnchor(bytes, from: pendingStart, to: range.upperBound, lexicon, firstTrigger: &firstTrigger) {
            return firstTrigger
        }
        return nil
    }

    /// Classifies the `count` bytes (1…64) of a block at `start` sixteen at a time in a vector
    /// register: `letter` gets one bit per letter, cut to the block, and `breaks` one per capital
    /// that follows a lower-case letter (the byte before the block included); `digit` is not 0
    /// when a digit lies in the block or in the bytes read past a short one, up to the next
    /// multiple of sixteen, which the buffer must hold.
    ///
    /// A capital after a lower-case letter ("agoUniversity", "McDonald") is rare, so its bits
    /// are gathered only for sixteen bytes that hold one: most hold no capital at all, and the
    /// others are tested against the bytes before them, read one byte earlier.
    @inline(__always)
    private static func classifyVectors(_ raw: UnsafeRawPointer, from start: Int, count: Int, letter: inout UInt64,
                                        breaks: inout UInt64, digit: inout UInt64) {
        // Bounds are whole vectors: comparing with a scalar compiles to a loop over the lanes.
        let a = SIMD16<UInt8>(repeating: 0x61),
            capitalA = SIMD16<UInt8>(repeating: 0x41), lettersAfterA = SIMD16<UInt8>(repeating: 25),
            zero = SIMD16<UInt8>(repeating: 0x30), digitsAfterZero = SIMD16<UInt8>(repeating: 9)
        var digits = SIMD16<UInt8>()
        var offset = 0
        while offset < count {
            let position = start &+ offset
            let bytes = raw.loadUnaligned(fromByteOffset: position, as: SIMD16<UInt8>.self)
            let letters = bytes.asciiLetterLanes
            let capitals = bytes &- capitalA .<= lettersAfterA
            digits |= unsafeBitCast(bytes &- zero .<= digitsAfterZero, to: SIMD16<UInt8>.self)
            letter |= letters.bits << UInt64(truncatingIfNeeded: offset)
            if holdsAny(capitals) {
                let previous = position > 0
                    ? raw.loadUnaligned(fromByteOffset: position &- 1, as: SIMD16<UInt8>.self)
                    : bytesBeforeFirst(raw)
                let afterLower = capitals .& (previous &- a .<= lettersAfterA)
                if holdsAny(afterLower) { breaks |= afterLower.bits << UInt64(truncatingIfNeeded: offset) }
            }
            offset &+= 16
        }
        if count < 64 { letter &= (1 << UInt64(truncatingIfNeeded: count)) &- 1 }
        let lanes = unsafeBitCast(digits, to: SIMD2<UInt64>.self)
        digit = lanes[0] | lanes[1]
    }

    /// The bytes before each of the buffer's first sixteen, none before the first: what a read
    /// one byte earlier gives anywhere else.
    @inline(never)
    private static func bytesBeforeFirst(_ raw: UnsafeRawPointer) -> SIMD16<UInt8> {
        var previous = SIMD16<UInt8>()
        for k in 1..<16 { previous[k] = raw.load(fromByteOffset: k &- 1, as: UInt8.self) }
        return previous
    }

    /// Whether a lane of a vector mask is set: the or of its halves (the standard library's
    /// `any` is a call that reduces lane by lane).
    @inline(__always)
    private static func holdsAny(_ mask: SIMDMask<SIMD16<Int8>>) -> Bool {
        let halves = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        return halves[0] | halves[1] != 0
    }

    /// Adds the eight bytes of `word`, at bit `offset` of the block, to its masks.
    @_transparent
    private static func classify(_ word: UInt64, at offset: UInt64, letter: inout UInt64, upper: inout UInt64,
                                 digit: inout UInt64) {
        digit |= byteMask(word, from: 0x30, through: 0x39)
        // A byte is a letter when its lower-case form is one; a capital has bit 5 (0x20) clear,
        // which `word << 2` moves to the top bit of its lane.
        let letterLanes = byteMask(word | 0x20 &* ones, from: 0x61, through: 0x7A)
        letter |= compress(letterLanes) << offset
        upper |= compress(letterLanes & ~(word << 2)) << offset
    }

    /// Whether the ASCII word `bytes[start..<end]` can anchor a date. Most words are dismissed
    /// by their first two letters and length, inline; the rest are looked up, and the first of
    /// them is kept in `firstTrigger`.
    @_transparent
    private static func isAnchor(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
                                 _ lexicon: DateLexicon.Table, firstTrigger: inout Int) -> Bool {
        lexicon.mayBeTrigger(bytes, from: start, to: end)
            && isAnchorWord(bytes, from: start, to: end, lexicon, firstTrigger: &firstTrigger)
    }

    private static func isAnchorWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
                                     _ lexicon: DateLexicon.Table, firstTrigger: inout Int) -> Bool {
        let lexeme = lexicon.lookup(bytes, from: start, to: end)
        if lexeme.isTrigger { firstTrigger = min(firstTrigger, start) }
        return mayAnchorDate(lexeme, firstByte: bytes[start])
    }

    /// The first ASCII digit of `bytes[start..<end]`, which holds one; eight bytes at a time.
    private static func firstDigit(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        var i = start
        while i &+ 8 <= end {
            let digits = byteMask(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self), from: 0x30, through: 0x39)
            if digits != 0 { return i &+ digits.trailingZeroBitCount &>> 3 }
            i &+= 8
        }
        while i < end && !UTF8Bytes.isDigit(bytes[i]) { i &+= 1 }
        return i
    }

    /// Whether a trigger word can anchor a date that ``DateExtractor`` reports. Months, weekdays
    /// and holidays need a capital (their patterns dismiss "may" and "march" otherwise), and "in
    /// the past", "in the future", "recently" only ever give the vague values that are dropped:
    /// a sentence holding nothing else has no date to report and need not be tokenized.
    @inline(__always)
    static func mayAnchorDate(_ lexeme: DateLexeme, firstByte: UInt8) -> Bool {
        switch lexeme.category {
        case .month, .monthAbbreviation, .weekday, .weekdayPlural, .holiday:
            return UTF8Bytes.isASCIIUpper(firstByte)
        case .pastReference, .futureReference, .relative:
            return false
        default:
            return lexeme.isTrigger
        }
    }

    /// Bytes `from`…`through` (both below 0x80) of `word` as 0x80 in their lane. The top bit is
    /// cleared before adding, so no lane carries into the next.
    @inline(__always)
    private static func byteMask(_ word: UInt64, from low: UInt8, through high: UInt8) -> UInt64 {
        let low7 = word & ~highBits
        let atLeastLow = low7 &+ UInt64(0x80 - low) &* ones
        let aboveHigh = low7 &+ UInt64(0x7F - high) &* ones
        return atLeastLow & ~aboveHigh & ~word & highBits
    }

    /// The eight lane flags of a byte mask as eight bits, lane 0 lowest.
    @inline(__always)
    private static func compress(_ mask: UInt64) -> UInt64 {
        ((mask >> 7) &* 0x0102_0408_1020_4080) >> 56
    }

    /// The last bytes of a block, fewer than eight, zero-padded (zero is neither a letter nor a
    /// digit): one load when the buffer goes on, byte by byte at its very end.
    @inline(__always)
    private static func lastWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> UInt64 {
        let count = end - start
        if start + 8 <= bytes.count {
            let word = UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(fromByteOffset: start, as: UInt64.self)
            return word & ((1 << UInt64(8 * count)) - 1)
        }
        var word: UInt64 = 0
        for k in start..<end { word |= UInt64(bytes[k]) << UInt64(8 * (k - start)) }
        return word
    }
}
