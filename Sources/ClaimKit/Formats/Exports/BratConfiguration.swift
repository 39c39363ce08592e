/// The brat collection configuration written beside exported `.ann` files, so brat shows
/// claimkit's types with their names and colours instead of flagging them as unknown.
enum BratConfiguration {
    static func typeName(_ kind: Mention.Kind) -> String {
        switch kind {
        case .number: "Number"
        case .date: "Date"
        case .quote: "Quote"
        }
    }

    /// brat type names read back as mention kinds, lower-cased; the extra names are the
    /// usual ones of other brat schemes for the same things.
    static let mentionKinds: [String: Mention.Kind] = [
        "number": .number, "money": .number, "percent": .number, "quantity": .number, "cardinal": .number,
        "date": .date, "time": .date, "timex3": .date,
        "quote": .quote, "quotation": .quote,
    ]

    /// `annotation.conf`: the entity, relation and attribute types, with the store's ratings
    /// as the values of `Rating`. Overlaps of any kind are allowed: quotes contain numbers,
    /// claims contain everything.
    static func annotationConf(_ scale: VerdictScale) -> String {
        """
        [entities]
        Claim
        Number
        Date
        Quote
        Speaker

        [relations]
        HasMention\tArg1:Claim, Arg2:Number|Date|Quote
        SaidBy\tArg1:Quote, Arg2:Speaker
        <OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

        [events]

        [attributes]
        Rating\tArg:Claim, Value:\(scale.ratings.map(\.name).joined(separator: "|"))
        Dismissed\tArg:Claim

        """
    }

    /// `visual.conf`: short labels and one colour per type.
    static let visualConf = """
        [labels]
        Claim | Claim | Cl
        Number | Number | Num
        Date | Date | Dt
        Quote | Quote | Q
        Speaker | Speaker | Spk
        HasMention | has mention | m
        SaidBy | said by | by

        [drawing]
        SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken
        ARC_DEFAULT\tcolor:black, arrowHead:triangle-5
        ATTRIBUTE_DEFAULT\tglyph:*
        Claim\tbgColor:#ffe9a8
        Number\tbgColor:#9fd0ff
        Date\tbgColor:#b6e8b0
        Quote\tbgColor:#e3c4ff
        Speaker\tbgColor:#ffd0a8
        HasMention\tcolor:#8a8a8a, dashArray:3-3
        SaidBy\tcolor:#7a3db8

        """
}
