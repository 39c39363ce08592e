import Crypto
import Foundation

/// Stable identifiers for exported annotations and the texts they target.
///
/// Linked-data formats want an IRI for every annotation. claimkit has none of its own, so it
/// derives them from what is already stable: the document id, the text's SHA-256 and the
/// annotation's id. The same store always exports the same identifiers, and a git diff of two
/// exports shows only what changed.
enum AnnotationIdentifiers {
    /// The RFC 6920 `ni` IRI naming the exact canonical text by its SHA-256
    /// (`ni:///sha-256;` and the digest in unpadded base64url).
    ///
    /// Offsets count into the canonical text, not into the web page it came from, so the
    /// target of a selector is this text; the page's URL is given beside it.
    static func textIRI(sha256Hex: String) -> String {
        let base64 = Data(hexBytes(sha256Hex)).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        return "ni:///sha-256;\(base64)"
    }

    /// A name-based (version 5) UUID URN for `name`, in the RFC 4122 URL namespace.
    static func uuidURN(_ name: String) -> String {
        // 6ba7b811-9dad-11d1-80b4-00c04fd430c8, the URL namespace.
        let namespace: [UInt8] = [0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8]
        var bytes = Array(Insecure.SHA1.hash(data: namespace + Array(name.utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50   // version 5
        bytes[8] = (bytes[8] & 0x3F) | 0x80   // RFC 4122 variant
        let hex = bytes.map { String(format: "%02x", $0) }.joined()
        let parts = [hex.prefix(8), hex.dropFirst(8).prefix(4), hex.dropFirst(12).prefix(4), hex.dropFirst(16).prefix(4), hex.dropFirst(20)]
        return "urn:uuid:" + parts.joined(separator: "-")
    }

    /// The URN of annotation `localID` (`c3`, `v2`, `m7`) of a document.
    static func annotationURN(_ metadata: DocumentMetadata, _ localID: String) -> String {
        uuidURN("claimkit:\(metadata.id):\(metadata.textSHA256):\(localID)")
    }

    private static func hexBytes(_ hex: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var iterator = hex.utf8.makeIterator()
        while let high = iterator.next(), let low = iterator.next() {
            guard let byte = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) else { return [] }
            bytes.append(byte)
        }
        return bytes
    }
}
