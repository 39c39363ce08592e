/// The colours of the review page: one per rating of the store's scale, from its numeric value.
///
/// Values run from red (worst) to green (best). Scales often give two ratings the same value
/// (the default's `mostly-false` and `misleading` are both 2), so a rating whose value an
/// earlier rating already holds takes a hue off that axis (purple, blue…) instead, and every
/// rating stays distinguishable in the legend.
struct ReviewPalette {
    /// Hue (degrees) by rating name.
    let hues: [String: Double]
    let scale: VerdictScale

    private static let offAxisHues: [Double] = [275, 210, 320, 185, 250]

    init(scale: VerdictScale) {
        self.scale = scale
        var hues: [String: Double] = [:], seenValues: Set<Int> = [], offAxis = 0
        let range = Double(max(1, abs(scale.best - scale.worst)))
        for rating in scale.ratings {
            if seenValues.contains(rating.value) {
                hues[rating.name] = Self.offAxisHues[offAxis % Self.offAxisHues.count]
                offAxis += 1
            } else {
                let position = min(1, max(0, Double(abs(rating.value - scale.worst)) / range))
                hues[rating.name] = 130 * position
                seenValues.insert(rating.value)
            }
        }
        self.hues = hues
    }

    /// The CSS class of a rating: its position on the scale (`r0`, `r1`…), since rating names
    /// are free text.
    func cssClass(_ rating: String?) -> String {
        guard let rating, let index = scale.ratings.firstIndex(where: { $0.name == rating }) else { return "r-none" }
        return "r\(index)"
    }

    /// One rule per rating: `--hl` is the highlight behind article text, `--ink` the badge.
    var css: String {
        scale.ratings.enumerated().map { index, rating in
            let hue = Int((hues[rating.name] ?? 0).rounded())
            return ".r\(index) { --hl: hsl(\(hue) 85% 85%); --ink: hsl(\(hue) 70% 30%); }"
        }.joined(separator: "\n")
    }
}
