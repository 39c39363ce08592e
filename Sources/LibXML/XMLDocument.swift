import CLibXML2
import Foundation

/// A parsed XML document: owns libxml2's tree and frees it when released.
///
/// Parsing is safe on untrusted input (SPEC §5). The parser never touches the network
/// (`NONET`), never substitutes entities (no `NOENT`), never loads a DTD (no `DTDLOAD`) and
/// keeps libxml2's size and depth limits (no `HUGE`). On top of that, a document whose
/// DOCTYPE declares any entity, or names an external DTD, is refused outright with an error
/// giving its line and column (see ``ParserHooks``): entity declarations are how
/// entity-expansion bombs ("billion laughs") and external-entity (XXE) attacks work, and no
/// honest annotation file needs one. A plain `<!DOCTYPE name>` or an internal subset that only
/// declares elements and attributes is accepted (and ignored: nothing is validated against it).
///
/// Not `Sendable`: a libxml2 tree must not be read from two threads while it may be changed.
public final class XMLDocument {
    /// The tree; internal so element views and the schema validator can read it.
    let document: xmlDocPtr

    /// Parser options. `NONET` forbids fetching anything; `NOERROR`/`NOWARNING` keep libxml2
    /// from printing (errors are read back from the context instead); `BIG_LINES` keeps line
    /// numbers right past 65,535; `NOCDATA` turns CDATA sections into plain text nodes. Blank
    /// text is kept (no `NOBLANKS`): in text content every space is data. No `RECOVER`: a
    /// document that is not well-formed is an error, not something to repair.
    private static let options = Int32(bitPattern:
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
        | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOCDATA.rawValue)

    /// libxml2 must be initialised once before it is used from several threads.
    private static let initialized: Void = xmlInitParser()

    /// Parses an XML document from memory.
    ///
    /// The encoding comes from the document (its BOM or declaration; UTF-8 by default). A
    /// parser context of its own is used, so the error reported (the first one libxml2 raised)
    /// belongs to this parse.
    ///
    /// - Parameter data: the document's bytes.
    /// - Throws: ``LibXMLError`` with line and column when the document is empty, is not
    ///   well-formed (or namespace-well-formed), declares an entity, or refers to an
    ///   external DTD.
    public init(data: Data) throws(LibXMLError) {
        _ = Self.initialized
        guard !data.isEmpty else { throw Self.failure("the document is empty") }
        guard data.count <= Int32.max else { throw Self.failure("the document is larger than 2 GiB") }
        guard let context = xmlNewParserCtxt() else { throw Self.failure("libxml2 could not allocate a parser") }
        defer { xmlFreeParserCtxt(context) }

        let hooks = ParserHooks()
        let parsed: xmlDocPtr? = withExtendedLifetime(hooks) {
            hooks.install(on: context)
            return data.withUnsafeBytes { raw in
                let chars = raw.bindMemory(to: CChar.self)
                return xmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), nil, nil, Self.options)
            }
        }
        if let refusal = hooks.refusal {
            if let parsed { xmlFreeDoc(parsed) }
            throw refusal
        }
        guard let parsed, context.pointee.wellFormed != 0, context.pointee.nsWellFormed != 0 else {
            if let parsed { xmlFreeDoc(parsed) }
            let lastError = context.pointee.lastError
            throw hooks.firstError ?? (lastError.code != 0 ? LibXMLError(lastError) : Self.failure("libxml2 produced no document"))
        }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    /// The document element, or `nil` for a document without one (libxml2 never returns
    /// such a document from a successful parse, but a tree can be emptied).
    public var root: XMLElement? {
        xmlDocGetRootElement(document).map { XMLElement(owner: self, node: $0) }
    }

    private static func failure(_ message: String) -> LibXMLError {
        LibXMLError(code: 0, line: 0, column: 0, message: message)
    }
}
