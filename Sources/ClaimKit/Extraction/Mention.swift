/// A checkable part of a sentence: a number, a date or a quotation (SPEC §3).
///
/// Like a sentence, a mention is a span of the document's canonical text (code points, end
/// exclusive); its value is normalised so that "$25.6M" and "25,600,000 dollars" compare equal.
public struct Mention: Sendable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case number, date, quote
    }

    /// Stable id within its document, `m1`, `m2`… in text order.
    public var id: String {
        get { storedID.string(numbered: ExtractionIDs.mention) }
        set { storedID = .given(newValue) }
    }
    /// The id's storage: a number for the extractor's ids (see ``StoredID``). Its name differs
    /// from the public `id` so that the compiler synthesises a memberwise initialiser for
    /// ``init(id:kind:span:text:number:date:quote:)`` to call: an initialiser that sets the
    /// properties one by one builds the mention aside and copies it out (Swift 6.3), a copy of
    /// every string and value for each mention extracted.
    private(set) var storedID: StoredID
    public let kind: Kind
    public let span: TextSpan
    /// The exact text of `span`, kept for re-anchoring after the article is edited.
    public var text: String { storedText.string }
    /// The storage of `text`: the extractor keeps it as a slice of the document's bytes, which
    /// the batch writer copies without making a `String` of it.
    let storedText: TextSlice
    /// Set for `.number` mentions.
    public var number: NumberValue?
    /// Set for `.date` mentions.
    public var date: DateValue?
    /// Set for `.quote` mentions.
    public var quote: QuoteValue?
}

extension Mention {
    public init(id: String, kind: Kind, span: TextSpan, text: String,
                number: NumberValue? = nil, date: DateValue? = nil, quote: QuoteValue? = nil) {
        self.init(storedID: .given(id), kind: kind, span: span, storedText: TextSlice(text), number: number, date: date, quote: quote)
    }

    /// A mention as the extractor makes it: its `idNumber`th (`m<idNumber>`), its text a slice
    /// of the document (see ``storedText``).
    init(idNumber: Int, kind: Kind, span: TextSpan, text: TextSlice,
         number: NumberValue? = nil, date: DateValue? = nil, quote: QuoteValue? = nil) {
        self.init(storedID: .numbered(idNumber), kind: kind, span: span, storedText: text, number: number, date: date, quote: quote)
    }
}

extension Mention: Equatable {
    /// Equal when every public property is, however each mention keeps it (an id the extractor
    /// numbered equals the same id given as a string).
    public static func == (a: Mention, b: Mention) -> Bool {
        a.id == b.id && a.kind == b.kind && a.span == b.span && a.storedText == b.storedText
            && a.number == b.number && a.date == b.date && a.quote == b.quote
    }
}

/// The normalised value of a number mention.
///
/// "$25.6M" is `value` 25,600,000 with `currency` "USD"; "over 1,400 drone strikes" is `value`
/// 1,400 with `approximator` "over" and `noun` "drone strikes"; "2,000-3,000" is `value` 2,000
/// and `upperValue` 3,000.
public struct NumberValue: Sendable, Equatable, Codable {
    /// The quantity itself (the lower bound of a range).
    public var value: Double
    /// The upper bound of a range ("10-15", "between 5 and 7").
    public var upperValue: Double?
    /// "percent" for percentages; a unit of measure ("km", "m", "kg") where one is written.
    public var unit: String?
    /// ISO 4217 code for money ("USD", "JPY", "EUR", "GBP").
    public var currency: String?
    /// The word(s) that qualify the number: "over", "more than", "at least", "nearly"…
    public var approximator: String?
    /// What is counted, where it is plain: "drone strikes", "personnel".
    public var noun: String?

    public init(value: Double, upperValue: Double? = nil, unit: String? = nil, currency: String? = nil,
                approximator: String? = nil, noun: String? = nil) {
        self.value = value
        self.upperValue = upperValue
        self.unit = unit
        self.currency = currency
        self.approximator = approximator
        self.noun = noun
    }
}

/// The normalised value of a date mention, in the style of TimeML's TIMEX3.
public struct DateValue: Sendable, Equatable, Codable {
    /// TIMEX3 types: a calendar date, a length of time, a recurrence, a time of day.
    public enum TimexType: String, Sendable, Codable {
        case date = "DATE", duration = "DURATION", set = "SET", time = "TIME"
    }

    public var type: TimexType
    /// "2023-11-30", "2022-02", "2014", "XXXX-02-28" (year unknown), "P4D", "2025-W47"…
    public var value: String

    public init(type: TimexType, value: String) {
        self.type = type
        self.value = value
    }
}

/// Who a quotation is attributed to, where the text says.
public struct QuoteValue: Sendable, Equatable, Codable {
    /// The speaker's name as written ("Yuri Ushakov", "Peskov", "researchers"); `nil` for an
    /// unattributed quotation or scare quotes.
    public var speaker: String?
    /// Span of the speaker's name in the text.
    public var speakerSpan: TextSpan?
    /// The verb that attributes it: "said", "mentioned", "noted", "stating".
    public var cue: String?
    /// Span of the quoted words, inside the quotation marks.
    public var contentSpan: TextSpan

    public init(speaker: String? = nil, speakerSpan: TextSpan? = nil, cue: String? = nil, contentSpan: TextSpan) {
        self.speaker = speaker
        self.speakerSpan = speakerSpan
        self.cue = cue
        self.contentSpan = contentSpan
    }
}
