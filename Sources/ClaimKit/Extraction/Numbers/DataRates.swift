/// Speeds of data: an amount of bits "per second", "a second" or "/s" ("two megabits per
/// second", "one gigabit a second", "384 kilobits per second", "5 Mbit/s").
///
/// News writes the same speed as "2Mbps" and as "two megabits per second"; both must come out as
/// one mention with unit `Mbps`, or a fact-checker comparing them sees a size ("Mbit") on one
/// side and a speed on the other. The "per second" belongs to the unit, so it is read into the
/// span here, and the date extractor never sees it as a unit of time (it reads only the plural
/// "seconds" as one), so no recurrence is reported for it either. An amount without a rate stays an amount:
/// "a one gigabit network" is `Gbit`.
enum DataRates {
    /// The unit of speed for an amount of bits (`Mbit` → `Mbps`), or `nil` for other units.
    static func rate(of unit: Symbol) -> Symbol? {
        if unit == "kbit" { return "kbps" }
        if unit == "Mbit" { return "Mbps" }
        if unit == "Gbit" { return "Gbps" }
        if unit == "Tbit" { return "Tbps" }
        return nil
    }

    /// Whether `unit` is an amount of bits or a speed: units that are written in mixed case
    /// ("Mbit", "Mbps") and may be read so after a blank.
    static func isBitUnit(_ unit: Symbol) -> Bool {
        rate(of: unit) != nil || unit == "kbps" || unit == "Mbps" || unit == "Gbps"
    }

    /// The end of "per second", "a second", "per sec" or "/s" (also "/sec") right after the unit
    /// that ends at `j`, if one follows.
    static func perSecondEnd(after j: Int, in text: SentenceBytes) -> Int? {
        if text.isByte(j, "/") {
            guard let word = text.word(at: j + 1), text.word(word, is: "s") || text.word(word, is: "sec") else { return nil }
            return word.end
        }
        guard let per = text.nextWord(after: j), text.word(per, is: "per") || text.word(per, is: "a"),
              let second = text.nextWord(after: per.end),
              text.word(second, is: "second") || text.word(second, is: "sec") else { return nil }
        return second.end
    }
}
