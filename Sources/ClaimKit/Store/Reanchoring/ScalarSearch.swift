/// Exact search over code points, in time linear in the text whatever the pattern
/// (Knuth–Morris–Pratt), so a repetitive article cannot make re-anchoring quadratic.
enum ScalarSearch {
    /// Start offsets of every occurrence of `needle` in `text`, in order, at most `limit`.
    /// Occurrences may overlap. An empty needle has no occurrences.
    static func occurrences(of needle: [UInt32], in text: [UInt32], limit: Int = .max) -> [Int] {
        guard !needle.isEmpty, needle.count <= text.count else { return [] }
        let failure = failureTable(needle)
        var found: [Int] = []
        var matched = 0
        for (i, value) in text.enumerated() {
            while matched > 0 && needle[matched] != value { matched = failure[matched - 1] }
            if needle[matched] == value { matched += 1 }
            if matched == needle.count {
                found.append(i + 1 - needle.count)
                if found.count >= limit { break }
                matched = failure[matched - 1]
            }
        }
        return found
    }

    /// `failure[k]`: length of the longest proper border of `needle[0...k]`.
    private static func failureTable(_ needle: [UInt32]) -> [Int] {
        var failure = [Int](repeating: 0, count: needle.count)
        var border = 0
        for i in 1..<max(needle.count, 1) {
            while border > 0 && needle[i] != needle[border] { border = failure[border - 1] }
            if needle[i] == needle[border] { border += 1 }
            failure[i] = border
        }
        return failure
    }
}
