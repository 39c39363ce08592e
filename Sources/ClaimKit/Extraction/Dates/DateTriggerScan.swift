/// The quick test that lets most sentences skip tokenizing: does a stretch of text hold a digit
/// or a trigger word (a month, a weekday, a unit of time…, see ``DateLexeme/isTrigger``)?
///
/// It reads eight bytes at a time and keeps, for blocks of 64 bytes, one bit per byte saying
/// "lower-case letter" and one "capital", so that word starts and lengths come from bit
/// operations instead of a byte-by-byte loop (SPEC §8). Words are cut as ``DateTokenizer``
/// cuts them (a capital after a lower-case letter starts a new word, "agoUniversity"); bytes
/// of other scripts end a word, which can only add candidates, never lose one, since a word
/// with non-ASCII letters is never a trigger. Each word's first letter and length are checked
/// against ``DateLexicon/Table/mayBeTrigger(_:length:)`` and only the few that pass are looked
/// up.
enum DateTriggerScan {
    private static var highBits: UInt64 { 0x8080_8080_8080_8080 }
    private static var ones: UInt64 { 0x0101_0101_0101_0101 }

    static func mayContainDate(_ bytes: UnsafeBufferPointer<UInt8>, _ range: ByteRange, lexicon: DateLexicon.Table) -> Bool {
        guard !range.isEmpty, let base = bytes.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        var state = WordState()
        var blockStart = range.lowerBound
        while blockStart < range.upperBound {
            var lower: UInt64 = 0, upper: UInt64 = 0
            var offset = 0
            while offset < 64 && blockStart + offset < range.upperBound {
                let position = blockStart + offset
                let word = position + 8 <= range.upperBound
                    ? raw.loadUnaligned(fromByteOffset: position, as: UInt64.self)
                    : partialWord(bytes, from: position, to: range.upperBound)
                if byteMask(word, from: 0x30, through: 0x39) != 0 { return true }
                lower |= compress(byteMask(word, from: 0x61, through: 0x7A)) << UInt64(offset)
                upper |= compress(byteMask(word, from: 0x41, through: 0x5A)) << UInt64(offset)
                offset += 8
            }
            let blockEnd = min(blockStart + 64, range.upperBound)
            if state.scanBlock(lower: lower, upper: upper, at: blockStart, end: blockEnd, bytes: bytes, lexicon: lexicon) {
                return true
            }
            blockStart += 64
        }
        return state.finish(at: range.upperBound, bytes: bytes, lexicon: lexicon)
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

    /// The last bytes of a range, zero-padded to eight (zero is neither a letter nor a digit).
    private static func partialWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> UInt64 {
        var word: UInt64 = 0
        for k in start..<end { word |= UInt64(bytes[k]) << UInt64(8 * (k - start)) }
        return word
    }

    /// The word being read across blocks.
    private struct WordState {
        /// Where the word that runs into the next block started, if one does.
        var pendingStart: Int?
        var previousLower = false
        var previousLetter = false

        /// Checks the words of one block; `true` as soon as one is a trigger.
        mutating func scanBlock(lower: UInt64, upper: UInt64, at blockStart: Int, end: Int,
                                bytes: UnsafeBufferPointer<UInt8>, lexicon: DateLexicon.Table) -> Bool {
            let letter = lower | upper
            let lowerBefore = lower << 1 | (previousLower ? 1 : 0)
            let letterBefore = letter << 1 | (previousLetter ? 1 : 0)
            // A letter continues a word after a letter, except a capital after a lower-case one.
            let continues = letter & letterBefore & ~(upper & lowerBefore)
            var starts = letter & ~continues
            if let start = pendingStart {
                let stop = (~continues).trailingZeroBitCount
                if stop < 64 {
                    pendingStart = nil
                    if isTrigger(start, blockStart + stop, bytes, lexicon) { return true }
                }
            }
            while starts != 0 {
                let first = starts.trailingZeroBitCount
                starts &= starts - 1
                let rest = first == 63 ? 0 : ~continues >> UInt64(first + 1)
                let length = rest == 0 ? 64 : rest.trailingZeroBitCount + 1
                if first + length >= 64 {
                    pendingStart = blockStart + first   // runs on into the next block
                } else if isTrigger(blockStart + first, blockStart + first + length, bytes, lexicon) {
                    return true
                }
            }
            previousLower = end - blockStart == 64 && lower >> 63 == 1
            previousLetter = end - blockStart == 64 && letter >> 63 == 1
            return false
        }

        /// Checks a word left open at the end of the range.
        func finish(at end: Int, bytes: UnsafeBufferPointer<UInt8>, lexicon: DateLexicon.Table) -> Bool {
            guard let start = pendingStart else { return false }
            return isTrigger(start, end, bytes, lexicon)
        }

        @inline(__always)
        private func isTrigger(_ start: Int, _ end: Int, _ bytes: UnsafeBufferPointer<UInt8>,
                               _ lexicon: DateLexicon.Table) -> Bool {
            lexicon.mayBeTrigger(bytes[start], length: end - start) && lexicon.lookup(bytes, from: start, to: end).isTrigger
        }
    }
}
