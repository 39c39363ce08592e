/// Builds TIMEX3 value strings (TimeML 1.2 / ISO 8601 style).
///
/// Dates are written at the granularity the text gives: "2014", "2022-02", "2023-11-30",
/// "2025-W48" (ISO week), "2025-W47-WE" (a weekend), "199" (the 1990s), "19" (the 20th century),
/// "2025-Q3", "2025-H1", "2025-SU". Unknown parts are `X`s: "XXXX-02-28", "XXXX-WXX-1".
/// Durations are "P4D", "P18M", "P1.5Y", "PT24H", "P2DE", with `X` for an unknown count ("PXY").
enum TimexValue {
    /// Builds a value in place: values are at most a few ASCII bytes, which Swift keeps inline
    /// in the `String` (15 bytes or fewer), so making one allocates nothing. They are written
    /// into that inline room first (a larger capacity would allocate a buffer, even for a value
    /// that ends up inline); one that fills it, and so may have been cut, is written again with
    /// room for 32 bytes.
    static func make(_ body: (inout TimexWriter) -> Void) -> String {
        var filled = false
        let inline = String(unsafeUninitializedCapacity: 15) { buffer in
            var writer = TimexWriter(buffer: buffer)
            body(&writer)
            filled = writer.count == buffer.count
            return writer.count
        }
        guard filled else { return inline }
        return String(unsafeUninitializedCapacity: 32) { buffer in
            var writer = TimexWriter(buffer: buffer)
            body(&writer)
            return writer.count
        }
    }

    static func pad(_ n: Int, _ width: Int) -> String { make { $0.digits(n, width: width) } }

    static func year(_ year: Int?) -> String { make { $0.year(year) } }

    static func month(_ year: Int?, _ month: Int) -> String {
        make { $0.year(year); $0.text("-"); $0.digits(month, width: 2) }
    }

    static func day(_ year: Int?, _ month: Int, _ day: Int) -> String {
        make { $0.year(year); $0.text("-"); $0.digits(month, width: 2); $0.text("-"); $0.digits(day, width: 2) }
    }

    static func date(_ date: CalendarDate) -> String { day(date.year, date.month, date.day) }

    /// "2025-W48": the ISO week that holds `date`.
    static func week(of date: CalendarDate) -> String {
        let (year, week) = isoWeek(of: date)
        return make { $0.year(year); $0.text("-W"); $0.digits(week, width: 2) }
    }

    /// "2025-W47-WE": the weekend of the ISO week that holds `date`.
    static func weekend(of date: CalendarDate) -> String {
        let (year, week) = isoWeek(of: date)
        return make { $0.year(year); $0.text("-W"); $0.digits(week, width: 2); $0.text("-WE") }
    }

    /// "199" for the 1990s (a decade is the year without its last digit).
    static func decade(ofYear year: Int) -> String { pad(year / 10, 3) }

    /// "19" for the 20th century, 1900–1999 (TIMEX3 centuries are the first two digits).
    static func century(ofYear year: Int) -> String { pad(year / 100, 2) }

    static func quarter(_ year: Int?, _ quarter: Int) -> String {
        make { $0.year(year); $0.text("-Q"); $0.digits(quarter, width: 1) }
    }

    static func half(_ year: Int?, _ half: Int) -> String {
        make { $0.year(year); $0.text("-H"); $0.digits(half, width: 1) }
    }

    static func season(_ year: Int?, _ season: Season) -> String { Self.year(year) + "-" + season.timexCode }

    /// "XXXX-WXX-1" for an unresolved Monday.
    static func unknownWeekday(_ weekday: Int) -> String { "XXXX-WXX-\(weekday)" }

    /// A date at the granularity of `unit` whose anchor is unknown: "XXXX" for "last year",
    /// "XXXX-XX" for "next month", "XXXX-WXX" for "this week", "XXXX-XX-XX" for "yesterday".
    static func unknown(_ unit: DateUnit) -> String {
        switch unit {
        case .year: return "XXXX"
        case .month: return "XXXX-XX"
        case .week, .fortnight: return "XXXX-WXX"
        case .weekend: return "XXXX-WXX-WE"
        case .day, .hour, .minute, .second: return "XXXX-XX-XX"
        case .decade: return "XXX"
        case .century: return "XX"
        case .quarter: return "XXXX-QX"
        }
    }

    /// "P4D", "P1.5Y", "PT24H", "P2W" for a fortnight; `nil` amount gives "PXY". Decades,
    /// centuries and quarters with an amount are written in years and months ("a decade" is
    /// "P10Y", "four quarters" "P12M"), which ISO 8601 readers understand; TIMEX3's own units
    /// stay only where there is no amount to convert ("decades", "PXDE").
    static func duration(_ amount: Double?, _ unit: DateUnit) -> String {
        var amount = amount
        let code: String
        var timePart = false
        switch unit {
        case .year: code = "Y"
        case .month: code = "M"
        case .week: code = "W"
        case .day: code = "D"
        case .decade: code = amount == nil ? "DE" : "Y"; amount = amount.map { $0 * 10 }
        case .century: code = amount == nil ? "CE" : "Y"; amount = amount.map { $0 * 100 }
        case .fortnight: code = "W"; amount = amount.map { $0 * 2 }
        case .weekend: code = "WE"
        case .quarter: code = amount == nil ? "Q" : "M"; amount = amount.map { $0 * 3 }
        case .hour: code = "H"; timePart = true
        case .minute: code = "M"; timePart = true
        case .second: code = "S"; timePart = true
        }
        guard let amount, amount != amount.rounded() || amount >= 1e9 else {
            return make {
                $0.text(timePart ? "PT" : "P")
                if let amount { $0.digits(Int(amount), width: 1) } else { $0.text("X") }
                $0.ascii(code)
            }
        }
        return (timePart ? "PT" : "P") + number(amount) + code
    }

    /// "4", "1.5": a count without a trailing ".0".
    static func number(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        // Amounts are read from text with at most a few decimals; rounding to six drops the
        // binary error of reading them ("7.62" read as 7.619999999999999).
        var text = String(abs(value) < 1e9 ? (value * 1e6).rounded() / 1e6 : value)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// "2025-11-28TNI", "XXXX-XX-XXT10:30".
    static func time(on date: String, _ part: String) -> String { date + "T" + part }

    /// ISO 8601 week-numbering year and week of `date` (weeks start on Monday; week 1 holds the
    /// year's first Thursday).
    static func isoWeek(of date: CalendarDate) -> (year: Int, week: Int) {
        let thursday = date.adding(days: 4 - date.isoWeekday)
        let january1 = CalendarDate(year: thursday.year, month: 1, day: 1)!
        let dayOfYear = thursday.daysSinceEpoch - january1.daysSinceEpoch
        return (thursday.year, dayOfYear / 7 + 1)
    }
}

/// Writes ASCII into the buffer of a `String` being made (see ``TimexValue/make(_:)``).
struct TimexWriter {
    let buffer: UnsafeMutableBufferPointer<UInt8>
    private(set) var count = 0

    init(buffer: UnsafeMutableBufferPointer<UInt8>) { self.buffer = buffer }

    mutating func text(_ literal: StaticString) {
        let p = literal.utf8Start
        for k in 0..<literal.utf8CodeUnitCount where count < buffer.count {
            buffer[count] = p[k]
            count += 1
        }
    }

    mutating func ascii(_ string: String) {
        for b in string.utf8 where count < buffer.count {
            buffer[count] = b
            count += 1
        }
    }

    /// `n` (not negative) in decimal, left-padded with zeros to `width` digits.
    mutating func digits(_ n: Int, width: Int) {
        var n = max(0, n)
        var scratch: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                      UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var length = 0
        withUnsafeMutableBytes(of: &scratch) { digits in
            repeat {
                digits[length] = UInt8(truncatingIfNeeded: 0x30 + n % 10)
                n /= 10
                length += 1
            } while n > 0 && length < 20
            while length < min(width, 20) {
                digits[length] = 0x30
                length += 1
            }
            for k in stride(from: length - 1, through: 0, by: -1) where count < buffer.count {
                buffer[count] = digits[k]
                count += 1
            }
        }
    }

    /// A year in four digits, or "XXXX" when unknown.
    mutating func year(_ year: Int?) {
        if let year { digits(year, width: 4) } else { text("XXXX") }
    }
}
