/// Converts between UTF-8 byte offsets and Unicode scalar offsets of one text.
///
/// The scanners work on UTF-8 bytes for speed, while every span that leaves the library is in
/// code points (SPEC §1). This is the one place where the two are converted. It keeps the scalar
/// count at the start of every block of ``blockSize`` bytes, so a conversion costs at most one
/// block of counting, and memory stays at one `Int` per block.
public struct ScalarIndex: Sendable {
    /// Bytes per checkpoint block.
    public static let blockSize = 64

    private let utf8: [UInt8]
    /// `checkpoints[k]` is the number of scalars that start before byte `k * blockSize`.
    private let checkpoints: [Int]

    /// Total number of scalars in the text.
    public let scalarCount: Int

    /// Builds the index in one pass over `utf8`, which must be valid UTF-8.
    ///
    /// - Complexity: O(n) in the byte count.
    public init(utf8: [UInt8]) {
        self.utf8 = utf8
        let wholeBlocks = utf8.count / Self.blockSize
        var scalarCount = 0
        // A checkpoint for each block and one for the end, written straight into the array's
        // storage: appending them asked the runtime whether the array was uniquely referenced
        // and checked its capacity once a block, which cost as much as counting an ASCII block.
        checkpoints = [Int](unsafeUninitializedCapacity: wholeBlocks + 2) { points, written in
            utf8.withUnsafeBytes { raw in
                var count = 0
                // Every byte that is not a continuation byte (10xxxxxx) starts a scalar. Whole
                // blocks are counted eight bytes at a time, each byte lane of `continuations`
                // counting its own (at most eight a block), summed across lanes once a block.
                // A block of ASCII, which English text mostly is, has no continuation byte to
                // count: the or of its words, tested once, says so.
                for block in 0..<wholeBlocks {
                    points[block] = count
                    let start = block * Self.blockSize
                    var highBits: UInt64 = 0
                    for word in 0..<(Self.blockSize / 8) {
                        highBits |= raw.loadUnaligned(fromByteOffset: start + word * 8, as: UInt64.self)
                    }
                    if highBits & 0x8080_8080_8080_8080 == 0 {
                        count += Self.blockSize
                        continue
                    }
                    var continuations: UInt64 = 0
                    for word in 0..<(Self.blockSize / 8) {
                        continuations &+= Self.continuationLanes(raw.loadUnaligned(fromByteOffset: start + word * 8, as: UInt64.self))
                    }
                    count += Self.blockSize - Self.laneSum(continuations)
                }
                written = wholeBlocks
                if wholeBlocks * Self.blockSize < raw.count {
                    points[written] = count
                    written += 1
                    for i in (wholeBlocks * Self.blockSize)..<raw.count where !UTF8Bytes.isContinuation(raw[i]) { count += 1 }
                }
                points[written] = count
                written += 1
                scalarCount = count
            }
        }
        self.scalarCount = scalarCount
    }

    /// The index of a text known to be all ASCII, where every byte is a scalar: its checkpoints
    /// are written without reading the text.
    ///
    /// - Complexity: O(n / ``blockSize``).
    init(ascii: [UInt8]) {
        utf8 = ascii
        let wholeBlocks = ascii.count / Self.blockSize
        let points = wholeBlocks + (wholeBlocks * Self.blockSize < ascii.count ? 1 : 0) + 1
        checkpoints = [Int](unsafeUninitializedCapacity: points) { checkpoints, written in
            for block in 0..<(points - 1) { checkpoints[block] = block * Self.blockSize }
            checkpoints[points - 1] = ascii.count
            written = points
        }
        scalarCount = ascii.count
    }

    /// The scalar offset of the scalar that starts at (or the text end at) `byteOffset`.
    ///
    /// Inlined, so that in an ASCII text (most of them) a conversion is a comparison where it
    /// is asked for; the counting is a call.
    ///
    /// - Precondition: `0 <= byteOffset <= utf8.count`.
    /// - Complexity: O(``blockSize``).
    @inline(__always)
    public func scalarOffset(ofByte byteOffset: Int) -> Int {
        precondition(byteOffset >= 0 && byteOffset <= utf8.count, "byte offset out of range")
        return isAllASCII ? byteOffset : scalarOffset(counting: byteOffset)
    }

    /// ``scalarOffset(ofByte:)`` in a text that is not all ASCII: from the checkpoint of the
    /// byte's block, counting the scalars before it in the block.
    private func scalarOffset(counting byteOffset: Int) -> Int {
        let block = byteOffset / Self.blockSize
        var count = checkpoints[block]
        var i = block * Self.blockSize
        if isASCII(block: block) { return count + (byteOffset - i) }
        utf8.withUnsafeBytes { raw in
            while i + 8 <= byteOffset {
                count += 8 - Self.laneSum(Self.continuationLanes(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
                i += 8
            }
        }
        while i < byteOffset {
            if !UTF8Bytes.isContinuation(utf8[i]) { count += 1 }
            i += 1
        }
        return count
    }

    /// The byte offset at which scalar number `scalarOffset` starts (the byte count for the end).
    ///
    /// - Precondition: `0 <= scalarOffset <= scalarCount`.
    /// - Complexity: O(log n + ``blockSize``).
    public func byteOffset(ofScalar scalarOffset: Int) -> Int {
        precondition(scalarOffset >= 0 && scalarOffset <= scalarCount, "scalar offset out of range")
        if isAllASCII { return scalarOffset }
        if scalarOffset == scalarCount { return utf8.count }
        // Last block whose checkpoint is <= scalarOffset.
        var low = 0, high = checkpoints.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if checkpoints[mid] <= scalarOffset { low = mid } else { high = mid - 1 }
        }
        return byteOffset(ofScalar: scalarOffset, inBlock: low)
    }

    /// ``byteOffset(ofScalar:)`` for offsets asked in increasing order, such as the ends of a
    /// document's sentences one after another: the block is searched for forward from
    /// `block`, where the previous offset was found (0 for the first), instead of bisecting the
    /// whole text; a sentence spans a block or two.
    ///
    /// - Precondition: `0 <= scalarOffset <= scalarCount`.
    func byteOffset(ofScalar scalarOffset: Int, searchingForwardFrom block: inout Int) -> Int {
        precondition(scalarOffset >= 0 && scalarOffset <= scalarCount, "scalar offset out of range")
        if isAllASCII { return scalarOffset }
        if scalarOffset == scalarCount { return utf8.count }
        if checkpoints[block] > scalarOffset { block = 0 }   // asked out of order: from the start
        while block + 1 < checkpoints.count && checkpoints[block + 1] <= scalarOffset { block += 1 }
        return byteOffset(ofScalar: scalarOffset, inBlock: block)
    }

    /// Where scalar `scalarOffset` starts, in block `block`, whose checkpoint is the last that
    /// is no greater than it.
    private func byteOffset(ofScalar scalarOffset: Int, inBlock block: Int) -> Int {
        var count = checkpoints[block]
        var i = block * Self.blockSize
        if isASCII(block: block) { return i + (scalarOffset - count) }
        // Eight bytes at a time while the scalar sought starts after them.
        utf8.withUnsafeBytes { raw in
            while i + 8 <= raw.count {
                let starts = 8 - Self.laneSum(Self.continuationLanes(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
                if count + starts > scalarOffset { break }
                count += starts
                i += 8
            }
        }
        while true {
            if !UTF8Bytes.isContinuation(utf8[i]) {
                if count == scalarOffset { return i }
                count += 1
            }
            i += 1
        }
    }

    /// Whether the whole text is ASCII, so that every byte offset is its scalar offset: seven
    /// articles in ten of the BBC corpus, whose conversions then cost a comparison.
    @inline(__always)
    private var isAllASCII: Bool { scalarCount == utf8.count }

    /// Whether every byte of block `block` starts a scalar (the block is ASCII), so that byte
    /// and scalar offsets inside it differ by a constant: English text is mostly such blocks,
    /// which makes a conversion there O(1) instead of a block of counting.
    @inline(__always)
    private func isASCII(block: Int) -> Bool {
        guard block + 1 < checkpoints.count else { return false }
        let blockStart = block * Self.blockSize
        return checkpoints[block + 1] - checkpoints[block] == min(Self.blockSize, utf8.count - blockStart)
    }

    /// A 1 in the low bit of each byte lane of `word` that holds a continuation byte: one whose
    /// bit 7 is set and bit 6 clear, which `word & ~(word << 1)` puts in bit 7.
    @inline(__always)
    private static func continuationLanes(_ word: UInt64) -> UInt64 {
        (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
    }

    /// The sum of the eight byte lanes of `lanes`, which must not exceed 255 (the multiply adds
    /// every lane into the top one).
    @inline(__always)
    private static func laneSum(_ lanes: UInt64) -> Int {
        Int((lanes &* 0x0101_0101_0101_0101) >> 56)
    }

    /// Runs `body` over the text's UTF-8 bytes.
    func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        utf8.withUnsafeBufferPointer(body)
    }

    /// Converts a byte range to a scalar span.
    ///
    /// Inlined with its all-ASCII case, the range as it is after one bounds check, which is
    /// what the extractor asks for every sentence and mention of most articles.
    @inline(__always)
    public func span(ofBytes range: ByteRange) -> TextSpan {
        if isAllASCII {
            precondition(range.lowerBound >= 0 && range.upperBound <= utf8.count, "byte offset out of range")
            return TextSpan(start: range.lowerBound, end: range.upperBound)
        }
        return TextSpan(start: scalarOffset(ofByte: range.lowerBound), end: scalarOffset(ofByte: range.upperBound))
    }

    /// Converts a scalar span to a byte range.
    public func byteRange(of span: TextSpan) -> ByteRange {
        byteOffset(ofScalar: span.start)..<byteOffset(ofScalar: span.end)
    }
}
