/// Levenshtein distance from one fixed pattern to many candidate texts, over code points.
///
/// Re-anchoring compares one claim's quote with dozens of candidates, so the pattern is
/// preprocessed once and each comparison uses Myers' bit-parallel algorithm in Hyyrö's
/// multi-word form (as in Edlib): 64 rows of the DP matrix advance per machine word, so a
/// comparison costs O(⌈m/64⌉ · n) word operations instead of O(m · n) cells.
struct LevenshteinPattern {
    /// Pattern length in code points.
    let length: Int
    /// Number of 64-row blocks.
    private let blockCount: Int
    /// For ASCII code points, the row of `matchMasks` (-1 when the pattern lacks it).
    private let asciiSlots: [Int32]
    /// The same for other code points.
    private let otherSlots: [UInt32: Int32]
    /// `matchMasks[slot * blockCount + block]`: bit i set where the pattern holds that code
    /// point at row `block * 64 + i`.
    private let matchMasks: [UInt64]

    init(_ pattern: some Collection<UInt32>) {
        length = pattern.count
        blockCount = max(1, (length + 63) / 64)
        var asciiSlots = [Int32](repeating: -1, count: 128)
        var otherSlots: [UInt32: Int32] = [:]
        var masks: [UInt64] = []
        for (row, value) in pattern.enumerated() {
            var slot: Int32
            if value < 128, asciiSlots[Int(value)] >= 0 {
                slot = asciiSlots[Int(value)]
            } else if value >= 128, let known = otherSlots[value] {
                slot = known
            } else {
                slot = Int32(masks.count / blockCount)
                masks.append(contentsOf: repeatElement(0, count: blockCount))
                if value < 128 { asciiSlots[Int(value)] = slot } else { otherSlots[value] = slot }
            }
            masks[Int(slot) * blockCount + row / 64] |= 1 << UInt64(row % 64)
        }
        self.asciiSlots = asciiSlots
        self.otherSlots = otherSlots
        self.matchMasks = masks
    }

    /// Similarity in [0, 1]: one minus the distance over the longer length (1 for two empty texts).
    func similarity(to text: ArraySlice<UInt32>) -> Double {
        let longer = max(length, text.count)
        guard longer > 0 else { return 1 }
        return 1 - Double(distance(to: text)) / Double(longer)
    }

    /// The edit distance (insertions, deletions, substitutions of code points) to `text`.
    func distance(to text: ArraySlice<UInt32>) -> Int {
        if length == 0 { return text.count }
        if text.isEmpty { return length }
        let blocks = blockCount
        let highBit: UInt64 = 1 << 63
        let lastRowBit: UInt64 = 1 << UInt64((length - 1) % 64)
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * blocks) { state in
            // Vertical deltas per block: all +1 down the first column (D[i][0] = i).
            for b in 0..<blocks {
                state[2 * b] = ~0    // positive vertical deltas
                state[2 * b + 1] = 0 // negative vertical deltas
            }
            var score = length
            for value in text {
                let slot = self.slot(of: value)
                // Global alignment: the top row grows by one per column (D[0][j] = j).
                var horizontalIn = 1
                for b in 0..<blocks {
                    let equal: UInt64 = slot >= 0 ? matchMasks[Int(slot) * blocks + b] : 0
                    let plusV = state[2 * b], minusV = state[2 * b + 1]
                    let carryNegative: UInt64 = horizontalIn < 0 ? 1 : 0
                    let crossV = equal | minusV
                    let equalIn = equal | carryNegative
                    let crossH = (((equalIn & plusV) &+ plusV) ^ plusV) | equalIn
                    var plusH = minusV | ~(crossH | plusV)
                    var minusH = plusV & crossH
                    // The delta carried out of this block: at its bottom row, or at the
                    // pattern's last row in the last block (rows below it are padding).
                    let outBit = b == blocks - 1 ? lastRowBit : highBit
                    let horizontalOut = plusH & outBit != 0 ? 1 : (minusH & outBit != 0 ? -1 : 0)
                    plusH <<= 1
                    minusH <<= 1
                    minusH |= carryNegative
                    if horizontalIn > 0 { plusH |= 1 }
                    state[2 * b] = minusH | ~(crossV | plusH)
                    state[2 * b + 1] = plusH & crossV
                    horizontalIn = horizontalOut
                }
                score += horizontalIn
            }
            return score
        }
    }

    @inline(__always)
    private func slot(of value: UInt32) -> Int32 {
        value < 128 ? asciiSlots[Int(value)] : (otherSlots[value] ?? -1)
    }
}
