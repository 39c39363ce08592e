/// Finds the numbers of a document: cardinals in digits and words, decimals, percentages,
/// money, ranges, fractions and ratios (SPEC §3 "Number").
///
/// What a match holds:
/// - `range`: the number with its currency symbol or code, magnitude and unit ("$25.6M",
///   "¥1.34 Trillion", "12 percent", "5%", "2,000-3,000"); never the approximator or the noun.
/// - `value`: the number itself, magnitude applied ("$25.6M" is 25,600,000 with currency USD;
///   "one in five" is 0.2 with unit "ratio"; "half" is 0.5); for a range, the lower bound, with
///   `upperValue` the upper one; for a score ("2-1"), the first number, with unit "score".
/// - `approximator`: "over", "more than", "at least", "well over"…, lower-cased.
/// - `noun`: what is counted, where plain ("drone strikes", "personnel").
///
/// What is not a number here: years and days of the month (dates), times of day, ordinals
/// ("5th", "third round"), identifiers and references ("Article 5", "H.R.100", "G7",
/// "COVID-19", "Minsk 2"), figures in names ("50 Cent"), footnote and list markers, numbers
/// inside URLs and e-mail addresses, phone numbers, vague plurals ("thousands of"), and "one"
/// as a pronoun ("one of the", "no one"). Decimal commas ("3,5") are not read: English-language news writes decimal
/// points, and "3,500" must stay three thousand five hundred.
///
/// - Complexity: O(n) in the bytes of the sentences; nothing is allocated except for matches.
struct NumberExtractor {
    init() {}

    /// The numbers in `sentences` (byte ranges of `bytes` from the segmenter, in order), sorted
    /// by position and non-overlapping.
    func extract(_ bytes: UnsafeBufferPointer<UInt8>, sentences: [ByteRange]) -> [NumberMatch] {
        var matches: [NumberMatch] = []
        // News has about one number in three sentences: room for one in two avoids regrowing.
        matches.reserveCapacity(sentences.count / 2)
        let tables = SentenceNumberScanner.Tables.shared
        var scanned = 0
        for sentence in sentences where sentence.lowerBound >= scanned && sentence.upperBound <= bytes.count {
            SentenceNumberScanner(bytes: bytes, sentence: sentence, tables: tables).scan(into: &matches)
            scanned = sentence.upperBound
        }
        FigureNames(bytes: bytes).removeNames(from: &matches, sentences: sentences)
        return matches
    }
}
