import CLibXML2

/// A parsed HTML document: owns libxml2's tree and frees it when released.
///
/// The input must be UTF-8 (callers validate it first), so the parser is told so and any
/// `<meta charset>` in the markup is ignored. Broken markup is repaired the way browsers do
/// (recovery mode); only a parse that stops early is an error.
public final class HTMLDocument {
    /// The tree; internal so the walk in another file can read it.
    let document: htmlDocPtr

    /// Parser options. `RECOVER` repairs tag soup; `NOERROR`/`NOWARNING` keep libxml2 from
    /// printing to stderr; `NONET` forbids fetching anything; `IGNORE_ENC` because the bytes
    /// are already known to be UTF-8. Blank text nodes are *kept* (no `NOBLANKS`): the space
    /// in `<b>a</b> <i>b</i>` separates words. Never `NOENT`, `DTDLOAD` or `HUGE`: no entity
    /// or DTD loading, and libxml2's depth and size limits stay on.
    private static let options: Int32 = Int32(bitPattern:
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)

    /// libxml2 must be initialised once before it is used from several threads.
    private static let initialized: Void = xmlInitParser()

    /// Parses UTF-8 HTML.
    ///
    /// A parser context of its own is used (`htmlCtxtReadMemory`, the context form of
    /// `htmlReadMemory`) so that the error read back belongs to this parse, not to whatever
    /// else ran on the thread.
    ///
    /// - Throws: ``LibXMLError`` when libxml2 returns no document, or stops on a fatal error
    ///   (e.g. nesting deeper than its limit of 256 elements), which would leave the tree
    ///   silently truncated.
    public init(utf8 bytes: [UInt8]) throws(LibXMLError) {
        _ = Self.initialized
        guard bytes.count <= Int32.max else {   // libxml2 takes the length as a C int
            throw LibXMLError(code: 0, line: 0, column: 0, message: "the input is larger than 2 GiB")
        }
        guard let context = htmlNewParserCtxt() else {
            throw LibXMLError(code: 0, line: 0, column: 0, message: "libxml2 could not allocate a parser")
        }
        defer { htmlFreeParserCtxt(context) }
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), nil, "UTF-8", Self.options)
            }
        }
        let lastError = context.pointee.lastError
        guard let parsed else {
            throw lastError.code != 0 ? LibXMLError(lastError)
                : LibXMLError(code: 0, line: 0, column: 0, message: "libxml2 produced no document")
        }
        if lastError.level == XML_ERR_FATAL {
            xmlFreeDoc(parsed)
            throw Self.explained(LibXMLError(lastError))
        }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    /// The depth error's own advice, "use XML_PARSE_HUGE option", is for programmers and is
    /// deliberately not followed here; users are told what is wrong with their input instead.
    private static func explained(_ error: LibXMLError) -> LibXMLError {
        guard error.message.hasPrefix("Excessive depth") else { return error }
        return LibXMLError(code: error.code, line: error.line, column: error.column,
                           message: "elements are nested more than 256 deep, libxml2's limit")
    }
}
