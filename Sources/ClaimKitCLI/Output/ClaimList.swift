import ClaimKit

/// The text listing of claims: `DOC#c3  0.80  flagged  text…`.
enum ClaimList {
    static func render(_ files: [AnnotationFile]) -> String {
        var out = ""
        for file in files {
            for claim in file.claims {
                let verdict = file.currentVerdict(on: claim.id).map { "  [\($0.rating)]" } ?? ""
                let orphan = claim.anchoring?.method == .orphaned ? "  (orphaned)" : ""
                out += "\(file.document.id)#\(claim.id)  \(format(claim.score))  \(claim.status.rawValue)\(verdict)\(orphan)  \(abbreviate(claim.text))\n"
            }
        }
        return out
    }

    static func abbreviate(_ text: String, to limit: Int = 100) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > limit else { return text }
        return String(String.UnicodeScalarView(scalars.prefix(limit - 1))) + "…"
    }

    static func format(_ score: Double) -> String {
        let hundredths = Int((score * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}

/// The re-anchoring audit: one line a claim.
enum ReanchorAudit {
    static func render(_ entries: [ReanchorEntry]) -> String {
        entries.map { entry in
            let score = entry.score.map { " score \(ClaimList.format($0))" } ?? ""
            let target = entry.newSpan.map { " → \($0.start):\($0.end)" } ?? " (kept, detached)"
            return "  \(entry.claimID)  \(entry.method.rawValue)\(score)  \(entry.oldSpan.start):\(entry.oldSpan.end)\(target)\n"
        }.joined()
    }
}
