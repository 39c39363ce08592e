/// What letters written straight after a numeral mean ("25.6M", "140bn", "10km", "50p").
enum GluedSuffix: Sendable, Equatable {
    /// A magnitude: "k", "m", "bn", "tn"…
    case scale(Double)
    /// A unit of measure, with its normalised symbol.
    case unit(Symbol)
    /// "m" with no currency: million ("5m people") or metres ("the 1500m"); see
    /// ``QuantitySuffixes/metreDistances``.
    case millionOrMetres
    /// "p": pence ("50p").
    case pence
}

/// Magnitudes and units that follow a numeral, glued or after a blank.
///
/// Anything else glued to digits makes the token an identifier or an ordinal ("5th", "3D",
/// "4G", "1990s", "3pm"), which is not a counted quantity.
enum QuantitySuffixes {
    static let glued = PackedWordTable<GluedSuffix>([
        ("k", .scale(1e3)), ("m", .millionOrMetres), ("mn", .scale(1e6)), ("mln", .scale(1e6)),
        ("b", .scale(1e9)), ("bn", .scale(1e9)), ("bln", .scale(1e9)), ("tn", .scale(1e12)),
        ("trn", .scale(1e12)), ("p", .pence),
        ("km", .unit("km")), ("cm", .unit("cm")), ("mm", .unit("mm")), ("kg", .unit("kg")),
        ("mg", .unit("mg")), ("lb", .unit("lb")), ("lbs", .unit("lb")), ("oz", .unit("oz")),
        ("ft", .unit("ft")), ("mph", .unit("mph")), ("kph", .unit("km/h")), ("kmh", .unit("km/h")),
        ("kb", .unit("KB")), ("mb", .unit("MB")), ("gb", .unit("GB")), ("tb", .unit("TB")),
        ("kbps", .unit("kbps")), ("mbps", .unit("Mbps")), ("gbps", .unit("Gbps")),
        ("kbit", .unit("kbit")), ("mbit", .unit("Mbit")), ("gbit", .unit("Gbit")),
        ("mhz", .unit("MHz")), ("ghz", .unit("GHz")), ("kw", .unit("kW")), ("mw", .unit("MW")),
        ("gw", .unit("GW")), ("kwh", .unit("kWh")), ("mah", .unit("mAh")), ("ml", .unit("ml")),
        ("sec", .unit("s")), ("secs", .unit("s")), ("min", .unit("min")), ("mins", .unit("min")),
        ("hr", .unit("h")), ("hrs", .unit("h")),
    ])

    /// Distances run or swum in metres, read as metres when written "1500m" with no currency
    /// and no money word after it; any other "5m" is five million.
    static func isMetreDistance(_ value: Double) -> Bool {
        switch value {
        case 50, 60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000: return true
        default: return false
        }
    }

    /// Words after a bare "800m" that make it millions of money, not metres.
    static let moneyContext = PackedWordTable(words: [
        "bid", "offer", "deal", "takeover", "debt", "debts", "fee", "fees", "loan", "loans", "budget",
        "profit", "profits", "loss", "losses", "fund", "funds", "funding", "package", "investment",
        "contract", "payout", "settlement", "sale", "revenue", "turnover", "cost", "costs", "shares",
    ])

    /// Magnitude words after a blank: "3 billion", "1.34 Trillion", "5 bn".
    private static let magnitudeWords: [(String, Double)] = [
        ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12),
        ("mn", 1e6), ("mln", 1e6), ("bn", 1e9), ("tn", 1e12), ("trn", 1e12),
    ]

    /// Units of measure written as words after a blank, with their normalised symbols.
    /// Units of time ("days", "years") are left to the counted noun.
    private static let unitWords: [(String, Symbol)] = [
        ("percent", "percent"), ("pc", "percent"),
        ("km", "km"), ("kms", "km"), ("kilometres", "km"), ("kilometers", "km"), ("kilometre", "km"),
        ("kilometer", "km"), ("metres", "m"), ("meters", "m"), ("metre", "m"), ("meter", "m"),
        ("cm", "cm"), ("centimetres", "cm"), ("centimeters", "cm"), ("mm", "mm"),
        ("millimetres", "mm"), ("millimeters", "mm"), ("miles", "mi"), ("mile", "mi"),
        ("feet", "ft"), ("foot", "ft"), ("ft", "ft"), ("inches", "in"), ("inch", "in"),
        ("yards", "yd"), ("yard", "yd"),
        ("kg", "kg"), ("kilograms", "kg"), ("kilogrammes", "kg"), ("kilos", "kg"), ("grams", "g"),
        ("grammes", "g"), ("tonnes", "t"), ("tonne", "t"), ("tons", "t"), ("ton", "t"),
        ("lb", "lb"), ("lbs", "lb"), ("ounces", "oz"), ("oz", "oz"),
        ("litres", "l"), ("liters", "l"), ("litre", "l"), ("liter", "l"), ("gallons", "gal"),
        ("acres", "acre"), ("hectares", "ha"), ("mph", "mph"), ("degrees", "°"),
        ("kb", "KB"), ("mb", "MB"), ("gb", "GB"), ("tb", "TB"), ("kilobytes", "KB"),
        ("megabytes", "MB"), ("gigabytes", "GB"), ("terabytes", "TB"),
        // Bits, singular too ("one megabit per second"); with a rate after them they are
        // speeds (see ``DataRates``).
        ("kilobits", "kbit"), ("kilobit", "kbit"), ("megabits", "Mbit"), ("megabit", "Mbit"),
        ("gigabits", "Gbit"), ("gigabit", "Gbit"), ("terabits", "Tbit"), ("terabit", "Tbit"),
        ("kbit", "kbit"), ("mbit", "Mbit"), ("gbit", "Gbit"),
        ("kbps", "kbps"), ("mbps", "Mbps"), ("gbps", "Gbps"),
        ("mhz", "MHz"), ("ghz", "GHz"), ("megawatts", "MW"), ("gigawatts", "GW"), ("kw", "kW"),
        ("mw", "MW"), ("gw", "GW"), ("kwh", "kWh"), ("megapixels", "MP"),
    ]

    /// The magnitude words, unit words and currency names (``CurrencyNotation/words``) in one
    /// table: the reader asks all three of the word after a number, which is then looked up
    /// once rather than three times. No word is in two of the lists, and the entries keep the
    /// lists' order, so that the table finds what the three separate tables found.
    static let followingWords = PackedWordTable<FollowingWord>(
        magnitudeWords.map { ($0.0, FollowingWord(magnitude: $0.1)) }
            + unitWords.map { ($0.0, FollowingWord(unit: $0.1)) }
            + CurrencyNotation.wordEntries.map { ($0.0, FollowingWord(currency: $0.1)) })
}

/// What a word written after a number adds to it, where it is in
/// ``QuantitySuffixes/followingWords``.
struct FollowingWord: Sendable {
    /// "billion", "bn": the magnitude.
    var magnitude: Double? = nil
    /// "km", "percent", "tonnes": the unit's normalised symbol.
    var unit: Symbol? = nil
    /// "euros", "pounds": the currency's ISO code.
    var currency: Symbol? = nil
}
