/// Currencies as news text writes them, normalised to ISO 4217 codes.
///
/// Before the number: a symbol ("$", "£", "€", "¥", "₹", "₽", "₴", "₩"), a symbol with a
/// country prefix ("US$", "A$", "HK$") or an upper-case code ("USD 5", "EUR3bn"). After it: a
/// code ("5bn USD") or a word ("3 billion euros", "50 hryvnias"). "$" alone is taken as USD and
/// "¥" as JPY, the usual readings in English-language news.
enum CurrencyNotation {
    /// The currency symbol at `i` and its length in bytes.
    @inline(__always)
    static func symbol(at i: Int, in text: SentenceBytes) -> (code: Symbol, length: Int)? {
        guard i < text.end else { return nil }
        switch text[i] {
        case UInt8(ascii: "$"): return ("USD", 1)
        case 0xC2 where i + 1 < text.end:
            switch text[i + 1] {
            case 0xA3: return ("GBP", 2)   // £
            case 0xA5: return ("JPY", 2)   // ¥
            default: return nil
            }
        case 0xE2 where i + 2 < text.end && text[i + 1] == 0x82:
            switch text[i + 2] {
            case 0xAC: return ("EUR", 3)   // €
            case 0xB9: return ("INR", 3)   // ₹
            case 0xBD: return ("RUB", 3)   // ₽
            case 0xB4: return ("UAH", 3)   // ₴
            case 0xA9: return ("KRW", 3)   // ₩
            default: return nil
            }
        default: return nil
        }
    }

    /// Letters written straight before "$" that name the dollar ("US$", "HK$").
    static let dollarPrefixes = PackedWordTable<Symbol>([
        ("us", "USD"), ("a", "AUD"), ("au", "AUD"), ("c", "CAD"), ("ca", "CAD"), ("nz", "NZD"),
        ("hk", "HKD"), ("s", "SGD"), ("r", "BRL"), ("nt", "TWD"), ("mx", "MXN"),
    ])

    /// ISO codes, recognised only in upper case ("USD", not "usd").
    static let codes = PackedWordTable<Symbol>([
        ("usd", "USD"), ("eur", "EUR"), ("gbp", "GBP"), ("jpy", "JPY"), ("cny", "CNY"), ("rmb", "CNY"),
        ("rub", "RUB"), ("uah", "UAH"), ("chf", "CHF"), ("aud", "AUD"), ("cad", "CAD"), ("nzd", "NZD"),
        ("hkd", "HKD"), ("sgd", "SGD"), ("inr", "INR"), ("krw", "KRW"), ("brl", "BRL"), ("zar", "ZAR"),
        ("sek", "SEK"), ("nok", "NOK"), ("dkk", "DKK"), ("pln", "PLN"), ("mxn", "MXN"), ("twd", "TWD"),
        ("ils", "ILS"), ("sar", "SAR"), ("aed", "AED"), ("huf", "HUF"), ("czk", "CZK"),
    ])

    /// CurrencyNotation names after the number ("3 billion euros", "100 roubles").
    static let words = PackedWordTable<Symbol>(wordEntries)

    /// The entries of ``words``, also part of ``QuantitySuffixes/followingWords``.
    static let wordEntries: [(String, Symbol)] = [
        ("dollar", "USD"), ("dollars", "USD"), ("euro", "EUR"), ("euros", "EUR"),
        ("pound", "GBP"), ("pounds", "GBP"), ("sterling", "GBP"), ("yen", "JPY"),
        ("yuan", "CNY"), ("renminbi", "CNY"), ("rouble", "RUB"), ("roubles", "RUB"),
        ("ruble", "RUB"), ("rubles", "RUB"), ("hryvnia", "UAH"), ("hryvnias", "UAH"),
        ("hryvnya", "UAH"), ("hryvnyas", "UAH"), ("rupee", "INR"), ("rupees", "INR"),
        ("franc", "CHF"), ("francs", "CHF"), ("rand", "ZAR"), ("shekels", "ILS"),
        ("reais", "BRL"), ("naira", "NGN"), ("riyal", "SAR"), ("riyals", "SAR"), ("lira", "TRY"),
        ("liras", "TRY"), ("zloty", "PLN"), ("zlotys", "PLN"),
    ]

    /// Reads a currency symbol, optionally with its glued prefix letters ("US$"), at `i`.
    ///
    /// - Returns: the code, where the mention starts (the prefix letters) and the offset after
    ///   the symbol.
    static func prefix(at i: Int, in text: SentenceBytes) -> (code: Symbol, start: Int, end: Int)? {
        guard let (code, length) = symbol(at: i, in: text) else { return nil }
        if code == "USD" {
            var p = i
            while p > text.start && UTF8Bytes.isASCIIUpper(text[p - 1]) && i - p < 2 { p -= 1 }
            if p < i, !text.isAlphanumeric(before: p),
               let named = dollarPrefixes.value(text.bytes, from: p, to: i) {
                return (named, p, i + length)
            }
        }
        return (code, i, i + length)
    }
}
