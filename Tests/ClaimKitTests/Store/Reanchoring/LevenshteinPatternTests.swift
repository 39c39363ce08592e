import Testing
@testable import ClaimKit

/// The bit-parallel edit distance agrees with the textbook dynamic programme, across the
/// 64-row block boundaries and on code points outside ASCII.
@Suite struct LevenshteinPatternTests {
    /// The O(m·n) Wagner–Fischer distance, the reference.
    private func reference(_ a: [UInt32], _ b: [UInt32]) -> Int {
        guard !a.isEmpty else { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// A deterministic generator, so failures reproduce.
    private struct SplitMix {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    @Test func matchesTheReferenceOnRandomTextsAcrossBlockBoundaries() {
        // A small alphabet (so matches are frequent) mixing ASCII, accents, CJK and emoji.
        let alphabet: [UInt32] = [0x61, 0x62, 0x63, 0x20, 0xE9, 0x301, 0x548C, 0x1F54A]
        var random = SplitMix(state: 2025)
        for length in [1, 2, 31, 63, 64, 65, 100, 127, 128, 129, 200] {
            for _ in 0..<6 {
                let pattern = (0..<length).map { _ in alphabet[random.next(alphabet.count)] }
                let text = (0..<random.next(2 * length + 3)).map { _ in alphabet[random.next(alphabet.count)] }
                #expect(LevenshteinPattern(pattern).distance(to: text[...]) == reference(pattern, text), "length \(length)")
            }
        }
    }

    @Test func editsOfARealSentenceCostWhatTheyShould() {
        let sentence = ScalarText("Russia laid out four demands that must be met before a permanent ceasefire would be established.").scalars
        let pattern = LevenshteinPattern(sentence)
        #expect(pattern.distance(to: sentence[...]) == 0)
        let edited = ScalarText("Russia set out four demands that must be met before a permanent ceasefire could be established.").scalars
        #expect(pattern.distance(to: edited[...]) == reference(sentence, edited))
        #expect(pattern.distance(to: edited[...]) == 5)
        #expect(pattern.distance(to: sentence[10...]) == 10)
    }

    @Test func similarityIsOneMinusDistanceOverTheLongerLength() {
        let pattern = LevenshteinPattern(ScalarText("café").scalars)
        #expect(pattern.similarity(to: ScalarText("cafe").scalars[...]) == 0.75)
        #expect(pattern.similarity(to: []) == 0)
        #expect(LevenshteinPattern([UInt32]()).similarity(to: []) == 1)
    }
}
