/// The lengths the words of a list have, by their first two letters: a test of two bytes and a
/// length that rules out most words before a ``WordSet`` hashes them all.
///
/// ASCII case is ignored (a letter is indexed by its low five bits). Bytes that are no letters
/// may share an index with letters, which only lets a word through to the full test.
struct OpeningLengths: @unchecked Sendable {   // immutable once built, like WordSet
    private let table: UnsafePointer<UInt32>

    init(_ words: [String]) {
        let table = UnsafeMutablePointer<UInt32>.allocate(capacity: 32 * 32)
        table.initialize(repeating: 0, count: 32 * 32)
        for word in words {
            let bytes = Array(word.utf8)
            precondition(bytes.count >= 2 && bytes.count < 32, "OpeningLengths takes words of 2 to 31 bytes")
            table[Self.index(bytes[0], bytes[1])] |= 1 << UInt32(bytes.count)
        }
        self.table = UnsafePointer(table)
    }

    /// Whether a word of the list may be `bytes[range]`: false only when none opens with its
    /// first two letters at its length.
    @inline(__always)
    func mayHold(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let count = range.count
        guard count >= 2 else { return true }
        guard count < 32 else { return false }
        return table[Self.index(bytes[range.lowerBound], bytes[range.lowerBound + 1])] >> UInt32(count) & 1 != 0
    }

    @inline(__always)
    private static func index(_ first: UInt8, _ second: UInt8) -> Int {
        Int(first & 0x1F) << 5 | Int(second & 0x1F)
    }
}
