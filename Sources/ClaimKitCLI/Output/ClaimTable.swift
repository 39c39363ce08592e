import ClaimKit

/// The text form of `claimkit extract`: claims best first, each with its flagged parts.
enum ClaimTable {
    static func render(_ extraction: Extraction) -> String {
        let mentionsByID = Dictionary(uniqueKeysWithValues: extraction.mentions.map { ($0.id, $0) })
        let claims = extraction.claims.sorted { ($1.score, $0.span.start) < ($0.score, $1.span.start) }
        var out = "\(claims.count) claims, \(extraction.mentions.count) mentions in \(extraction.sentences.count) sentences\n"
        for claim in claims {
            out += "\n\(claim.id)  score \(ClaimList.format(claim.score))  [\(claim.reasons.joined(separator: ", "))]\n"
            out += "    \(claim.text)\n"
            for id in claim.mentionIDs {
                guard let mention = mentionsByID[id] else { continue }
                out += "    - \(mention.id) \(mention.kind.rawValue.padding(toLength: 6, withPad: " ", startingAt: 0)) \(mention.text)\(describe(mention))\n"
            }
            for citation in claim.citations {
                out += "    - cites \(citation.label.map { "[\($0)] " } ?? "")\(citation.url ?? citation.text)\n"
            }
        }
        return out
    }

    private static func describe(_ mention: Mention) -> String {
        if let number = mention.number {
            var parts = [formatNumber(number.value) + (number.upperValue.map { "–" + formatNumber($0) } ?? "")]
            if let currency = number.currency { parts.append(currency) }
            if let unit = number.unit { parts.append(unit) }
            if let approximator = number.approximator { parts.append("approx: \(approximator)") }
            if let noun = number.noun { parts.append("of: \(noun)") }
            return "  = " + parts.joined(separator: ", ")
        }
        if let date = mention.date { return "  = \(date.type.rawValue) \(date.value)" }
        if let quote = mention.quote, let speaker = quote.speaker {
            return "  — \(speaker)\(quote.cue.map { " (\($0))" } ?? "")"
        }
        return ""
    }

    private static func formatNumber(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
