/// Finds every occurrence of a claim's exact text on the new text without scanning the text
/// once per claim.
///
/// A long article carries hundreds of claims; searching each one with a linear scan would
/// make re-anchoring grow with claims × text length. Instead every position is keyed once by
/// a hash of the ``gramLength`` code points that start there, and the positions are sorted by
/// key: a lookup is a binary search plus a check of the few positions that share the key.
/// Texts shorter than a gram, or keys so common that checking them would cost more than a
/// scan (runs of dashes), fall back to ``ScalarSearch``.
struct GramIndex {
    /// Code points hashed per position.
    static let gramLength = 8
    /// Positions sharing a key beyond which a linear scan is cheaper than checking them all.
    static let maximumBucket = 4_096

    private struct Entry {
        let key: UInt64
        let position: Int
    }

    let text: ScalarText
    /// Every gram's key and position, sorted by key, then position.
    private let entries: [Entry]

    init(_ text: ScalarText) {
        self.text = text
        let k = Self.gramLength
        guard text.count >= k else {
            entries = []
            return
        }
        var entries: [Entry] = []
        entries.reserveCapacity(text.count - k + 1)
        text.scalars.withUnsafeBufferPointer { scalars in
            for position in 0...(scalars.count - k) {
                entries.append(Entry(key: Self.key(scalars, from: position), position: position))
            }
        }
        entries.sort { ($0.key, $0.position) < ($1.key, $1.position) }
        self.entries = entries
    }

    /// Start offsets of the occurrences of `needle`, in order, at most `limit`.
    func occurrences(of needle: [UInt32], limit: Int) -> [Int] {
        guard needle.count >= Self.gramLength else {
            return ScalarSearch.occurrences(of: needle, in: text.scalars, limit: limit)
        }
        let key = needle.withUnsafeBufferPointer { Self.key($0, from: 0) }
        var low = 0, high = entries.count
        while low < high {
            let mid = (low + high) / 2
            if entries[mid].key < key { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < entries.count && entries[end].key == key {
            end += 1
            if end - low > Self.maximumBucket {
                return ScalarSearch.occurrences(of: needle, in: text.scalars, limit: limit)
            }
        }
        var found: [Int] = []
        for entry in entries[low..<end] {
            let start = entry.position
            guard start + needle.count <= text.count, text[start..<start + needle.count].elementsEqual(needle) else { continue }
            found.append(start)
            if found.count >= limit { break }
        }
        return found
    }

    /// A 64-bit hash (FNV-1a over the scalar values) of the gram at `position`.
    @inline(__always)
    private static func key(_ scalars: UnsafeBufferPointer<UInt32>, from position: Int) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for i in position..<position + gramLength {
            hash = (hash ^ UInt64(scalars[i])) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
