/// Where each word of the new text occurs, built once so that fuzzy windows can be anchored
/// on a claim's first and last words without a scan of the text per claim.
///
/// A word is a maximal run of letters or digits (in any script), so "four" is not found
/// inside "fourth".
struct WordIndex {
    private let text: ScalarText
    /// Word hash → start offsets, in text order.
    private let positions: [UInt64: [Int]]

    init(_ text: ScalarText) {
        self.text = text
        var positions: [UInt64: [Int]] = [:]
        text.scalars.withUnsafeBufferPointer { scalars in
            var i = 0
            while i < scalars.count {
                guard ScalarText.isWordScalar(scalars[i]) else { i += 1; continue }
                let start = i
                while i < scalars.count && ScalarText.isWordScalar(scalars[i]) { i += 1 }
                positions[Self.key(scalars[start..<i]), default: []].append(start)
            }
        }
        self.positions = positions
    }

    /// Start offsets of the whole-word occurrences of `word`, in text order.
    func occurrences(of word: [UInt32]) -> [Int] {
        guard let candidates = positions[word.withUnsafeBufferPointer { Self.key($0[...]) }] else { return [] }
        // Hashes may collide: keep the positions that really hold the word, whole.
        return candidates.filter { start in
            let end = start + word.count
            return end <= text.count && text[start..<end].elementsEqual(word)
                && (end == text.count || !text.isWordScalar(at: end))
        }
    }

    /// FNV-1a over the scalar values, with the length mixed in.
    private static func key(_ word: Slice<UnsafeBufferPointer<UInt32>>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(word.count)
        for value in word { hash = (hash ^ UInt64(value)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}
