/// A number as read from the text, before the rules decide whether it is a counted quantity.
///
/// The value is kept as an exact significand, a count of decimal places and a magnitude, so that
/// "$25.6M" is computed as 256 × 10⁶ / 10 = 25,600,000 exactly rather than 25.6 × 10⁶, which is
/// not.
struct NumberReading {
    enum Form: Equatable {
        case digits, words
    }

    /// First byte of the mention: the currency symbol or code where one comes first.
    var start: Int
    /// One past the last byte read: numeral, magnitude, unit, percent sign, currency word.
    var end: Int
    /// The (first) numeral alone.
    var numeral: Range<Int>
    var form: Form
    /// The digits (or the word value) as written, without the decimal point.
    var significand: Double
    /// Digits after the decimal point.
    var fractionDigits = 0
    /// The magnitude written with it ("m", "bn", "million"), 1 when none.
    var scale: Double = 1
    var upperValue: Double?
    var unit: String?
    var currency: String?

    /// Digits before the decimal point (0 for words).
    var integerDigits = 0
    /// "1,100": thousands separators were written.
    var hasGroupSeparator = false
    /// "007", "0800": a leading zero, as in codes and phone numbers, not in quantities.
    var hasLeadingZero = false
    /// How many number words were read ("twelve thousand" is 2).
    var wordCount = 0
    /// A range, ratio or score built from two numerals.
    var isCompound = false
    /// "half", "a third", "two-thirds".
    var isFraction = false
    /// "2004-05", "between 1990 and 1995": two years, for the date rules to judge.
    var isYearSpan = false

    /// The number the mention states.
    var value: Double {
        var divisor = 1.0
        for _ in 0..<fractionDigits { divisor *= 10 }   // exact up to 10^22
        return significand * scale / divisor
    }

    /// The numeral's own value, without the magnitude.
    var unscaledValue: Double { value / scale }

    var hasDecimal: Bool { fractionDigits > 0 }

    /// Nothing but a numeral: no currency, unit, percent sign, magnitude, second numeral.
    var isBare: Bool { unit == nil && currency == nil && scale == 1 && !isCompound && !isFraction }

    /// A bare whole number in digits with no separator: what years, days, references, list
    /// markers and footnotes look like.
    var isPlainInteger: Bool { form == .digits && isBare && !hasDecimal && !hasGroupSeparator }
}
