/// Days named relative to publication and times of day: "today", "yesterday", "tomorrow",
/// "tonight", "this morning", "last night", "8am", "10.38am", "1830 GMT", "10:30".
///
/// Clock times carry no date of their own here ("XXXX-XX-XXT08:00"): the day they belong to is
/// usually a neighbouring expression ("at 8am on Friday"), which is a match of its own.
extension DateMatcher {
    /// "today" (the publication date), "yesterday", "tomorrow", "tonight", with a part of the day
    /// after it ("yesterday morning" is a TIME). "Today" capitalised mid-sentence is a title
    /// ("Radio 4's Today programme", "USA Today"), and "of today" is the generic present.
    mutating func matchDeictic(at i: Int) -> Bool {
        let t = tokens[i]
        if t.isCapitalized && !isClauseInitial(i) { return false }
        if isWord(i + 1, "programme") || isWord(i + 1, "show") { return false }
        let offset = value(i)
        if offset == 2 { return emit(i, i, .time, TimexValue.time(on: anchor.day(offset: 0), "NI")) }
        if offset == 0 && isWord(i - 1, "of") { return emit(i, i, .date, "PRESENT_REF") }
        if category(i + 1) == .partOfDay, let part = DayPart(rawValue: lexeme(i + 1).value) {
            return emit(extendOverEdge(i), i + 1, .time, TimexValue.time(on: anchor.day(offset: offset), part.timexCode))
        }
        return emit(extendOverEdge(i), i, .date, anchor.day(offset: offset))
    }

    /// "this morning", "this afternoon", "last night" (the night before publication).
    mutating func matchPartOfDay(at i: Int) -> Bool {
        guard let part = DayPart(rawValue: tokens[i].lexeme.value) else { return false }
        if isWord(i - 1, "this"), i - 1 >= floor {
            return emit(extendOverEdge(i - 1), i, .time, TimexValue.time(on: anchor.day(offset: 0), part.timexCode))
        }
        if part == .night, isWord(i - 1, "last"), i - 1 >= floor {
            return emit(extendOverEdge(i - 1), i, .time, TimexValue.time(on: anchor.day(offset: -1), part.timexCode))
        }
        return false
    }

    /// "8am", "8 a.m.", "10.38am", "6 pm", "10:30", "10:30 GMT", "1830 GMT".
    mutating func matchClockTime(at i: Int) -> Bool {
        let t = tokens[i]
        var hour = Int(t.number)
        var minute = 0
        var last = i
        if t.isGroupedOrFractional {
            // "10.38am": a decimal point between hours and minutes, only before am/pm.
            guard t.integerDigits <= 2, let dot = fractionStart(t), t.end - dot == 3 else { return false }
            minute = Int(bytes[dot + 1] &- 0x30) * 10 + Int(bytes[dot + 2] &- 0x30)
            guard let end = meridiemEnd(after: i) else { return false }
            hour = adjusted(hour, meridiem: end.pm)
            last = end.last
        } else if let raceTime = raceTime(at: i) {
            return emit(i, i + 2, .duration, raceTime)
        } else if t.integerDigits <= 2, isSymbol(i + 1, ":"), tokens[i + 1].gluedToPrevious,
                  let minutes = token(i + 2), minutes.gluedToPrevious, minutes.integerDigits == 2, let m = minutes.integer {
            // "10:30", "10:30pm", "10:30 GMT"; alone only after "at", "by", "until", "from"…
            guard hour <= 23, m <= 59 else { return false }
            minute = m
            last = i + 2
            if let end = meridiemEnd(after: last) {
                hour = adjusted(hour, meridiem: end.pm)
                last = end.last
            } else if category(last + 1) == .timeZone {
                last += 1
            } else if !(isWord(i - 1, "at") || isWord(i - 1, "by") || isWord(i - 1, "until") || isWord(i - 1, "from")
                        || isWord(i - 1, "before") || isWord(i - 1, "after") || isWord(i - 1, "around")) {
                return false
            }
        } else if t.integerDigits <= 2, hour >= 1, hour <= 12, let end = meridiemEnd(after: i) {
            hour = adjusted(hour, meridiem: end.pm)
            last = end.last
        } else if t.integerDigits == 4, category(i + 1) == .timeZone, !t.isGroupedOrFractional {
            // "1830 GMT", "2100GMT"
            minute = hour % 100
            hour /= 100
            guard hour <= 23, minute <= 59 else { return false }
            last = i + 1
        } else {
            return false
        }
        guard hour <= 24 else { return false }
        let clock = TimexValue.pad(hour, 2) + ":" + TimexValue.pad(minute, 2)
        return emit(i, last, .time, TimexValue.time(on: "XXXX-XX-XX", clock))
    }

    /// "3:49.78", "27:30.36": minutes and seconds with a fraction, a race time and not a time of
    /// day (a clock gives no hundredths) → DURATION "PT3M49.78S".
    private func raceTime(at i: Int) -> String? {
        let t = tokens[i]
        guard !t.isGroupedOrFractional, t.integerDigits <= 2, isSymbol(i + 1, ":"), tokens[i + 1].gluedToPrevious,
              let seconds = token(i + 2), seconds.gluedToPrevious, seconds.kind == .number, seconds.integerDigits == 2,
              let dot = fractionStart(seconds), dot > seconds.start, seconds.number < 60 else { return nil }
        return "PT" + TimexValue.number(t.number) + "M" + TimexValue.number(seconds.number) + "S"
    }

    private func fractionStart(_ t: DateToken) -> Int? {
        var k = t.start
        while k < t.end && bytes[k] != UInt8(ascii: ".") { k += 1 }
        return k < t.end ? k : nil
    }

    private func adjusted(_ hour: Int, meridiem pm: Bool) -> Int {
        if pm { return hour == 12 ? 12 : hour + 12 }
        return hour == 12 ? 0 : hour
    }

    /// The last token of "am", "pm", "a.m." or "p.m." after token `i`, and whether it is pm.
    private func meridiemEnd(after i: Int) -> (last: Int, pm: Bool)? {
        if category(i + 1) == .meridiem {
            if let next = token(i + 2), next.gluedToPrevious, next.kind == .word { return nil }
            return (i + 1, value(i + 1) == 12)
        }
        // "a.m.", "p.m."
        guard isWord(i + 1, "a") || isWord(i + 1, "p"), isSymbol(i + 2, "."), tokens[i + 2].gluedToPrevious,
              isWord(i + 3, "m"), tokens[i + 3].gluedToPrevious else { return nil }
        let last = isSymbol(i + 4, ".") && tokens[i + 4].gluedToPrevious ? i + 4 : i + 3
        return (last, isWord(i + 1, "p"))
    }
}
