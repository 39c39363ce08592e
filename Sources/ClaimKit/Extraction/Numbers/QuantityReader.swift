/// Reads a number written in digits, with what is written around it as part of the amount:
/// currency before or after, magnitude, unit or percent sign.
///
/// The reader knows the shape of numerals; whether the number is a counted quantity (not a
/// year, a day of the month, a reference) is decided afterwards by ``DateLikeNumbers`` and
/// ``ReferenceNumbers``. Readings are written in place (`inout`): a reading is a large value and
/// copying it at every step was a measurable part of the extractor's time.
struct QuantityReader {
    let text: SentenceBytes

    /// Reads the numeral whose first digit is at `i` into `q`.
    ///
    /// - Parameters:
    ///   - start: where the mention starts (a currency symbol before the digits, else `i`).
    ///   - currency: the currency written before the digits, if any.
    func readDigits(at i: Int, start: Int, currency: Symbol?, into q: inout NumberReading) -> ReadResult {
        q = NumberReading(at: start, form: .digits)
        q.currency = currency
        var j = i
        var significand = 0.0
        while text.isDigit(j) {
            significand = significand * 10 + Double(text[j] &- 0x30)
            j += 1
        }
        q.significand = significand
        q.integerDigits = j - i
        q.hasLeadingZero = text[i] == UInt8(ascii: "0") && j - i > 1
        // Thousands separators: "1,100", "12,600", "2,000,000"; a group that is not three digits
        // ends the number ("1,2" is a list).
        if q.integerDigits <= 3 && !q.hasLeadingZero {
            while text.isByte(j, ",") && text.isDigit(j + 1) && text.isDigit(j + 2) && text.isDigit(j + 3) && !text.isDigit(j + 4) {
                for k in (j + 1)...(j + 3) { q.significand = q.significand * 10 + Double(text[k] &- 0x30) }
                q.integerDigits += 3
                q.hasGroupSeparator = true
                j += 4
            }
        }
        if text.isByte(j, ".") && text.isDigit(j + 1) {
            var k = j + 1
            while text.isDigit(k) {
                q.significand = q.significand * 10 + Double(text[k] &- 0x30)
                q.fractionDigits += 1
                k += 1
            }
            // "2.0.1", "192.168.0.1", "12.03.2005": versions, addresses and dates.
            if text.isByte(k, ".") && text.isDigit(k + 1) { return .skip(resumeAt: tokenEnd(from: k)) }
            j = k
        }
        // "10:30", "3:45", "24/7", "9/11": times, ratios of that form and dates are not counts;
        // betting odds and splits are ("4/9 favourite", "a 50/50 chance").
        if text.isByte(j, "/"), text.isDigit(j + 1), q.isPlainInteger,
           let pair = BettingOdds.pair(afterSlash: j, firstDigits: q.integerDigits, first: q.value, in: text) {
            q.numeral = i..<pair.end
            q.end = pair.end
            q.isCompound = true
            q.unit = pair.unit
            return readSuffixes(into: &q)
        }
        if (text.isByte(j, ":") || text.isByte(j, "/")) && text.isDigit(j + 1) { return .skip(resumeAt: tokenEnd(from: j)) }
        q.numeral = i..<j
        q.end = j
        return readSuffixes(into: &q)
    }

    /// Reads magnitude, unit, percent sign and currency after the numeral of `q`.
    func readSuffixes(into q: inout NumberReading) -> ReadResult {
        var j = q.end
        if q.form == .digits && text.isLetter(j) {
            let e = text.lettersEnd(from: j)
            guard !text.isAlphanumeric(at: e), let suffix = QuantitySuffixes.glued.value(text.bytes, from: j, to: e) else {
                return .skip(resumeAt: tokenEnd(from: j))   // "5th", "1990s", "3pm", "4G", "3D"
            }
            switch suffix {
            case .scale(let scale): q.scale = scale
            case .millionOrMetres:
                if q.currency == nil && !q.hasDecimal && QuantitySuffixes.isMetreDistance(q.value) && !moneyFollows(e) {
                    q.unit = "m"
                } else {
                    q.scale = 1e6
                }
            case .pence:
                guard text[j] == UInt8(ascii: "p") else { return .skip(resumeAt: tokenEnd(from: j)) }
                q.unit = "pence"
                q.currency = q.currency ?? "GBP"
            case .unit(let unit): q.unit = unit
            }
            j = e
            if let unit = q.unit, let rate = DataRates.rate(of: unit), let end = DataRates.perSecondEnd(after: j, in: text) {
                q.unit = rate   // "5Mbit/s", "20Gbit per second"
                j = end
            }
        } else if text.isByte(j, "%") {
            q.unit = "percent"
            j += 1
        }
        if q.unit == nil, q.scale == 1, let end = hyphenatedUnitEnd(after: j, into: &q) {
            q.end = end   // "a 20-yard drive", "a 10-mile walk"
            return .read
        }
        guard let word = text.nextWord(after: j) else {
            if q.unit == nil && text.isByte(j, " ") && text.isByte(j + 1, "%") {
                q.unit = "percent"
                j += 2
            }
            q.end = j
            return .read
        }
        // What each word after the number may add (magnitude, unit, currency), looked up once
        // for the rules below; `following` is always the entry of `next`.
        let followingWords = QuantitySuffixes.followingWords
        var next: LetterRun? = word
        var following = followingWords.value(text.bytes, from: word.start, to: word.end)
        if q.scale == 1 && q.unit == nil, let scale = following?.magnitude {
            q.scale = scale
            j = word.end
            next = text.nextWord(after: j)
            following = next.flatMap { followingWords.value(text.bytes, from: $0.start, to: $0.end) }
        }
        if q.unit == nil {
            let unitEnd = readUnit(after: j, next: next, unit: following?.unit, into: &q)
            // After a unit word the reading goes on with the word after it; " %" is read only
            // when no word follows.
            if unitEnd != j {
                j = unitEnd
                if next != nil {
                    next = text.nextWord(after: j)
                    following = next.flatMap { followingWords.value(text.bytes, from: $0.start, to: $0.end) }
                }
            }
        }
        if q.currency == nil, let word = next { j = readCurrency(word, currency: following?.currency, after: j, into: &q) }
        q.end = j
        return .read
    }

    /// The end of a unit word joined to the number by a hyphen ("20-yard", "100-metre"), whose
    /// unit is written into `q`; not one the hyphen goes on from ("10-mile-long").
    private func hyphenatedUnitEnd(after j: Int, into q: inout NumberReading) -> Int? {
        guard text.isByte(j, "-"), text.isLetter(j + 1) else { return nil }
        let word = LetterRun(start: j + 1, end: text.lettersEnd(from: j + 1))
        guard !text.isAlphanumeric(at: word.end), !text.isByte(word.end, "-"), text.isLowercase(word),
              let unit = QuantitySuffixes.followingWords.value(text.bytes, from: word.start, to: word.end)?.unit else { return nil }
        q.unit = unit
        return word.end
    }

    /// A percent sign, "per cent", "percentage points" or a unit word after a blank; returns
    /// the end of what was read (`j` when nothing was).
    ///
    /// - Parameter unit: the unit `next` names, if any (``FollowingWord/unit``).
    private func readUnit(after j: Int, next: LetterRun?, unit: Symbol?, into q: inout NumberReading) -> Int {
        guard let word = next else {
            if text.isByte(j, " ") && text.isByte(j + 1, "%") {
                q.unit = "percent"
                return j + 2
            }
            return j
        }
        var end = j
        if text.word(word, is: "per"), let cent = text.nextWord(after: word.end), text.word(cent, is: "cent") {
            q.unit = "percent"
            end = cent.end
        } else if text.word(word, is: "percentage"), let point = text.nextWord(after: word.end),
                  text.word(point, is: "points") || text.word(point, is: "point") {
            q.unit = "percentage points"
            end = point.end
        } else if let unit, text.isLowercase(word) || (text.isUppercase(word) && word.length <= 4)
                    || (word.length <= 5 && DataRates.isBitUnit(unit)) {
            q.unit = unit
            end = word.end
            if let rate = DataRates.rate(of: unit), let perSecond = DataRates.perSecondEnd(after: end, in: text) {
                q.unit = rate   // "two megabits per second", "one gigabit a second", "5 Mbit/s"
                end = perSecond
            }
        }
        return end
    }

    /// A currency code or name after the number: "5bn USD", "3 billion euros", "$5 US dollars".
    /// Whether what follows a bare "800m" at `j` makes it an amount of money: a currency
    /// ("800m euros", "800m ($1.5bn)") or a word of deals and accounts ("800m takeover bid").
    private func moneyFollows(_ j: Int) -> Bool {
        let k = text.skipBlanks(from: j)
        if text.isByte(k, "("), CurrencyNotation.prefix(at: k + 1, in: text) != nil { return true }
        guard let word = text.nextWord(after: j) else { return false }
        return CurrencyNotation.words.contains(text.bytes, from: word.start, to: word.end)
            || (word.length == 3 && text.isUppercase(word) && CurrencyNotation.codes.contains(text.bytes, from: word.start, to: word.end))
            || QuantitySuffixes.moneyContext.contains(text.bytes, from: word.start, to: word.end)
    }

    ///
    /// - Parameter currency: the currency `word` names, if any (``FollowingWord/currency``).
    private func readCurrency(_ word: LetterRun, currency: Symbol?, after j: Int, into q: inout NumberReading) -> Int {
        if word.length == 3 && text.isUppercase(word), let code = CurrencyNotation.codes.value(text.bytes, from: word.start, to: word.end) {
            q.currency = code
            return word.end
        }
        var name = word
        if word.length == 2 && text.word(word, is: "us") && text.isUppercase(word), let dollars = text.nextWord(after: word.end) {
            name = dollars
        }
        // Most words after a number name no currency and are not "pence" or "cents": passed
        // over without reading their case.
        if name == word && currency == nil && (q.unit != nil || word.length != 5) { return j }
        guard text.isLowercase(name) else { return j }
        if let code = name == word ? currency : CurrencyNotation.words.value(text.bytes, from: name.start, to: name.end) {
            q.currency = code
            return name.end
        }
        if q.unit == nil && text.word(name, is: "pence") {
            q.unit = "pence"
            q.currency = "GBP"
            return name.end
        }
        if q.unit == nil && text.word(name, is: "cents") {
            q.unit = "cents"
            return name.end
        }
        return j
    }

    /// The end of the token that contains `i`: letters, digits and the punctuation that joins
    /// them inside identifiers, versions, times and addresses.
    func tokenEnd(from i: Int) -> Int {
        var j = i
        while j < text.end {
            let b = text[j]
            if UTF8Bytes.isASCIILetter(b) || UTF8Bytes.isDigit(b) {
                j += 1
            } else if b >= 0x80 {
                guard text.isAlphanumeric(at: j) else { break }
                j += UTF8Bytes.scalar(at: j, in: text.bytes).1
            } else if (b == UInt8(ascii: ".") || b == UInt8(ascii: ":") || b == UInt8(ascii: "/") || b == UInt8(ascii: ",")
                        || b == UInt8(ascii: "-") || b == UInt8(ascii: "_")) && text.isAlphanumeric(at: j + 1) {
                j += 1
            } else {
                break
            }
        }
        return max(j, i + 1)
    }
}
