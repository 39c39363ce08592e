/// Lengths of time written in two units: "four hours and five minutes" (PT4H5M), "two years and
/// three months" (P2Y3M), "two hours 15 minutes" (PT2H15M), "a week and two days" (P9D).
///
/// The expression states one length, and a fact-checker checks it as one: reported as two
/// durations, "four hours" would read as the length of the match. The second unit must be the
/// smaller, in the order of ISO 8601 durations (years, months, days; hours, minutes); weeks
/// combine only with days, which they are turned into, since ISO 8601 writes weeks alone. Both
/// counts must be whole numbers. A compound followed by "ago", "later", "earlier" or "old" is
/// left to the patterns for those ("three years and two months ago"), which read its last part.
/// Seconds may have a fraction, as race times do: "three minutes 49.89secs" (PT3M49.89S).
extension DateMatcher {
    /// The last token and value of a compound whose first part, `amount` `unit`, ends at token
    /// `u`, if a second part follows.
    func compoundDuration(after u: Int, _ unit: DateUnit, amount: Double?) -> (last: Int, value: String)? {
        guard let amount, amount == amount.rounded(), amount >= 1, amount < 10_000 else { return nil }
        let start = isWord(u + 1, "and") ? u + 2 : u + 1
        // The second count is one to three tokens: "five", "15", "twenty-five".
        var v = start + 1
        while v <= start + 3, category(v) != .unit, category(v) != .unitPlural { v += 1 }
        guard v <= start + 3, let second = DateUnit(rawValue: lexeme(v).value),
              let count = count(before: v, allowGlued: false), count.first == start,
              let secondAmount = count.amount, secondAmount == secondAmount.rounded() || second == .second,
              secondAmount > 0, secondAmount < 10_000,
              !isWord(v + 1, "ago"), !isWord(v + 1, "later"), !isWord(v + 1, "earlier"), !isWord(v + 1, "old"),
              !(token(v + 1)?.isDash ?? false) else { return nil }
        var parts = DurationParts()
        guard parts.add(amount, unit), parts.add(secondAmount, second), parts.isDescending(unit, second) else { return nil }
        return (v, parts.timexValue)
    }
}

/// The components of a duration in two units, for its TIMEX3 value.
private struct DurationParts {
    var years = 0, months = 0, days = 0, hours = 0, minutes = 0
    var seconds = 0.0

    /// Adds `amount` of `unit` (whole, but for seconds); `false` for units that do not combine
    /// (decades, quarters…).
    mutating func add(_ amount: Double, _ unit: DateUnit) -> Bool {
        let whole = Int(amount)
        switch unit {
        case .year: years += whole
        case .month: months += whole
        case .week: days += 7 * whole
        case .day: days += whole
        case .hour: hours += whole
        case .minute: minutes += whole
        case .second: seconds += amount
        default: return false
        }
        return true
    }

    /// Whether `second` is a smaller unit than `first` that it may follow: weeks take only days.
    func isDescending(_ first: DateUnit, _ second: DateUnit) -> Bool {
        if first == .week || second == .week { return first == .week && second == .day }
        return Self.rank(first) < Self.rank(second)
    }

    private static func rank(_ unit: DateUnit) -> Int {
        switch unit {
        case .year: return 0
        case .month: return 1
        case .day: return 2
        case .hour: return 3
        case .minute: return 4
        default: return 5
        }
    }

    /// "P2Y3M", "PT4H5M", "P1DT2H", "P9D", "PT3M49.89S".
    var timexValue: String {
        TimexValue.make { w in
            w.text("P")
            if years > 0 { w.digits(years, width: 1); w.text("Y") }
            if months > 0 { w.digits(months, width: 1); w.text("M") }
            if days > 0 { w.digits(days, width: 1); w.text("D") }
            if hours > 0 || minutes > 0 || seconds > 0 { w.text("T") }
            if hours > 0 { w.digits(hours, width: 1); w.text("H") }
            if minutes > 0 { w.digits(minutes, width: 1); w.text("M") }
            if seconds > 0 { w.ascii(TimexValue.number(seconds)); w.text("S") }
        }
    }
}
