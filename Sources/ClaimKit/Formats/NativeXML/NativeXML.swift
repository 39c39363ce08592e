import Foundation
import LibXML

/// The native XML annotation file (SPEC §5): the same model as ``NativeJSON``, losslessly, so
/// JSON → XML → JSON gives the identical file.
///
/// Written with libxml2's writer and read with its parser (through the `LibXML` module), never
/// by string concatenation; reading refuses entity declarations and external DTDs. The
/// vocabulary, in namespace ``namespace``, is described field by field in
/// `schemas/claimkit.xsd`:
///
/// ```xml
/// <annotations xmlns="https://claimkit.dev/ns/annotations/1" formatVersion="1">
///   <document id="talks" language="en" mediaType="text/plain" textSHA256="…" length="5120">
///     <title>Peace Talks Stall Again</title>
///   </document>
///   <mentions>
///     <number id="m1" start="120" end="132" value="800000.0" approximator="over">
///       <text>over 800,000</text>
///       <noun>personnel</noun>
///     </number>
///     <date id="m2" start="140" end="157" type="DATE" value="2023-11-30"><text>November 30, 2023</text></date>
///   </mentions>
///   <claims>
///     <claim id="c1" score="0.85" status="flagged">
///       <selector start="100" end="180"><exact>…</exact><prefix>…</prefix><suffix>…</suffix></selector>
///       <mentions><mention ref="m1"/></mentions>
///       <reasons><reason>number</reason></reasons>
///       <provenance agent="software" name="claimkit-extractor" version="0.1.0"/>
///       <citations/>
///       <sources><source ref="s1" relation="supports"/></sources>
///     </claim>
///   </claims>
///   <sources><source id="s1" url="https://…" accessed="2025-11-28"><title>…</title></source></sources>
///   <verdicts>
///     <verdict id="v1" claim="c1" rating="true" reviewer="Ben" date="2025-11-28" status="published">
///       <rationale>…</rationale>
///       <sources><source ref="s1"/></sources>
///     </verdict>
///   </verdicts>
/// </annotations>
/// ```
///
/// Identifiers, codes, names, numbers, dates, hashes and URLs are attributes; prose (titles,
/// quoted text, rationales, notes) is element text with every space kept. Arrays are wrapper
/// elements, always present; absent optional fields are absent attributes or elements. A
/// mention's kind is its element name. Doubles are written in Swift's shortest form that reads
/// back to the same value (`25600000.0`, `1e+16`), so nothing is lost.
public enum NativeXML {
    /// The XML namespace of format version 1.
    public static let namespace = "https://claimkit.dev/ns/annotations/1"

    /// The XML bytes of `file` (UTF-8, indented, ending with a newline).
    ///
    /// - Throws: ``NativeXMLError`` when a string holds a character XML 1.0 cannot carry
    ///   (a C0 control other than tab, line feed, carriage return) or a number is not finite.
    public static func encode(_ file: AnnotationFile) throws -> Data {
        try NativeXMLWriter(file: file).write()
    }

    /// Reads a native XML annotation file.
    ///
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - name: the file's name, used in error messages.
    /// - Throws: ``NativeXMLError`` naming the file, line and problem when the bytes are not
    ///   well-formed XML, declare entities or an external DTD, or do not follow the native
    ///   vocabulary (unknown or missing elements and attributes, malformed numbers, unknown
    ///   enumeration values, an unsupported format version).
    public static func decode(_ data: Data, name: String) throws -> AnnotationFile {
        let document: LibXML.XMLDocument
        do {
            document = try LibXML.XMLDocument(data: data)
        } catch {
            throw NativeXMLError(file: name, line: error.line, column: error.column, message: "not readable XML: \(error.message)")
        }
        return try NativeXMLReader(file: name).read(document)
    }
}
