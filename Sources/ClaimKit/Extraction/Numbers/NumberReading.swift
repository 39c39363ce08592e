/// A number as read from the text, before the rules decide whether it is a counted quantity.
///
/// The value is kept as an exact significand, a count of decimal places and a magnitude, so that
/// "$25.6M" is computed as 256 × 10⁶ / 10 = 25,600,000 exactly rather than 25.6 × 10⁶, which is
/// not.
struct NumberReading {
    enum Form: Equatable {
        case digits, words
    }

    /// A reading with nothing read yet, for the readers to fill in.
    ///
    /// In line, so that a reading started and at once overwritten in place is not written twice.
    @inline(__always)
    init(at start: Int, form: Form) {
        self.start = start
        self.end = start
        self.numeral = start..<start
        self.form = form
        self.significand = 0
    }

    init(start: Int, end: Int, numeral: Range<Int>, form: Form, significand: Double) {
        self.start = start
        self.end = end
        self.numeral = numeral
        self.form = form
        self.significand = significand
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
    var unit: Symbol?
    var currency: Symbol?

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
    /// "half", "a third", "two-thirds"; also "twice", a factor as they are (2): no range or
    /// ratio is built on it.
    var isFraction = false
    /// "2004-05", "between 1990 and 1995": two years, for the date rules to judge.
    var isYearSpan = false
    /// "10-15", "1-6": a range of two plain numbers of up to three digits joined by a dash,
    /// which may yet be a score.
    var isSmallAscendingPair = false

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

/// What reading at a candidate position gave; the reading itself is written in place.
enum ReadResult: Equatable {
    case read
    /// Not a quantity (an identifier, an ordinal, a time, a version number…): scanning goes on
    /// at `resumeAt`, past the whole token.
    case skip(resumeAt: Int)
}

/// A short fixed name, a unit ("percent", "km") or a currency code ("USD"), kept as a static
/// string: readings are copied and compared often, and a `String` would be reference-counted.
struct Symbol: Equatable, Sendable, ExpressibleByStringLiteral {
    let name: StaticString

    init(stringLiteral name: StaticString) {
        self.name = name
    }

    static func == (lhs: Symbol, rhs: Symbol) -> Bool {
        lhs.name.withUTF8Buffer { a in rhs.name.withUTF8Buffer { b in a.elementsEqual(b) } }
    }

    /// The name as a `String`; `description` skips the UTF-8 validation a literal needs not.
    var string: String { name.description }
}
