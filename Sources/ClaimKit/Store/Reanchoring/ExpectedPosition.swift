/// Where an edited claim is most likely to be on the new text, learnt from the claims whose
/// exact text was found.
///
/// An edit rarely moves text far: a claim sits where its nearest preceding neighbour (in the
/// old text) went, shifted by the same amount. Fuzzy candidates are searched nearest this
/// position first. With no neighbour found, the old offset is scaled by the change in length.
struct ExpectedPosition {
    /// Old start → new start of the claims placed exactly, sorted by old start.
    private let shifts: [(old: Int, new: Int)]
    private let oldLength: Int
    private let newLength: Int

    init(anchors: [(old: Int, new: Int)], oldLength: Int, newLength: Int) {
        shifts = anchors.sorted { $0.old < $1.old }
        self.oldLength = oldLength
        self.newLength = newLength
    }

    /// The expected new start of a claim that started at `oldStart`.
    func newStart(forOldStart oldStart: Int) -> Int {
        // The last anchor at or before `oldStart`, else the first after it.
        var low = 0, high = shifts.count
        while low < high {
            let mid = (low + high) / 2
            if shifts[mid].old <= oldStart { low = mid + 1 } else { high = mid }
        }
        guard let neighbour = low > 0 ? shifts[low - 1] : shifts.first else {
            return oldLength > 0 ? Int(Double(oldStart) * Double(newLength) / Double(oldLength)) : 0
        }
        return min(max(0, oldStart + neighbour.new - neighbour.old), newLength)
    }
}
