/// Named days and how to find them in a given year.
///
/// Fixed days ("Christmas Day") have a known month and day, so without a year their value is
/// "XXXX-12-25". Moveable feasts depend on the year: Thanksgiving is the fourth Thursday of
/// November, so without a year it is "XXXX-11-XX" (month known, day not); Easter wanders
/// between March and April, so it is "XXXX-XX-XX".
enum Holiday: Int8 {
    case thanksgiving = 1, blackFriday, christmas, christmasEve, boxingDay, newYearsDay, newYearsEve
    case easter, goodFriday, easterMonday, halloween, valentines, mayDay, memorialDay, laborDay
    case armisticeDay, stPatricksDay, guyFawkesNight

    /// Month and day for holidays on the same date every year.
    var fixedDate: (month: Int, day: Int)? {
        switch self {
        case .christmas: return (12, 25)
        case .christmasEve: return (12, 24)
        case .boxingDay: return (12, 26)
        case .newYearsDay: return (1, 1)
        case .newYearsEve: return (12, 31)
        case .halloween: return (10, 31)
        case .valentines: return (2, 14)
        case .mayDay: return (5, 1)
        case .armisticeDay: return (11, 11)
        case .stPatricksDay: return (3, 17)
        case .guyFawkesNight: return (11, 5)
        case .thanksgiving, .blackFriday, .easter, .goodFriday, .easterMonday, .memorialDay, .laborDay:
            return nil
        }
    }

    /// The month of a moveable holiday whose month never changes.
    private var moveableMonth: Int? {
        switch self {
        case .thanksgiving, .blackFriday: return 11
        case .memorialDay: return 5
        case .laborDay: return 9
        default: return nil
        }
    }

    /// The value when the year is unknown: "XXXX-12-25", "XXXX-11-XX", "XXXX-XX-XX".
    var underspecifiedValue: String {
        if let (month, day) = fixedDate { return TimexValue.day(nil, month, day) }
        if let month = moveableMonth { return TimexValue.month(nil, month) + "-XX" }
        return "XXXX-XX-XX"
    }

    /// The holiday's date in `year` (US holidays by US rules, Easter by the Gregorian computus).
    func date(in year: Int) -> CalendarDate? {
        if let (month, day) = fixedDate { return CalendarDate(year: year, month: month, day: day) }
        switch self {
        case .thanksgiving: return Self.nthWeekday(4, weekday: 4, month: 11, year: year)
        case .blackFriday: return Self.nthWeekday(4, weekday: 4, month: 11, year: year)?.adding(days: 1)
        case .memorialDay: return Self.lastWeekday(1, month: 5, year: year)
        case .laborDay: return Self.nthWeekday(1, weekday: 1, month: 9, year: year)
        case .easter: return Self.easterSunday(year)
        case .goodFriday: return Self.easterSunday(year)?.adding(days: -2)
        case .easterMonday: return Self.easterSunday(year)?.adding(days: 1)
        default: return nil
        }
    }

    /// The `n`th `weekday` (ISO, Monday = 1) of a month.
    static func nthWeekday(_ n: Int, weekday: Int, month: Int, year: Int) -> CalendarDate? {
        guard let first = CalendarDate(year: year, month: month, day: 1) else { return nil }
        let offset = (weekday - first.isoWeekday + 7) % 7
        return first.adding(days: offset + 7 * (n - 1))
    }

    /// The last `weekday` of a month.
    static func lastWeekday(_ weekday: Int, month: Int, year: Int) -> CalendarDate? {
        guard let last = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
        else { return nil }
        return last.adding(days: -((last.isoWeekday - weekday + 7) % 7))
    }

    /// Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    static func easterSunday(_ year: Int) -> CalendarDate? {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(year: year, month: month, day: day)
    }
}
