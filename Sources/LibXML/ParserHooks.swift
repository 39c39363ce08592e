import CLibXML2

/// Callbacks installed on one XML parser context: they refuse every entity declaration and
/// every reference to an external DTD, stopping the parser at that point, and they keep the
/// first error the parser reports.
///
/// Why refuse rather than merely not expand: without `NOENT` libxml2 does not substitute
/// entities, but it still records their declarations and checks their replacement text,
/// which an entity-expansion bomb makes expensive; and a document that depends on entities
/// could not be read faithfully anyway. Stopping at the declaration costs nothing and gives
/// the user a precise error.
///
/// Why keep the first error: after a fatal error libxml2 may go on and report follow-on
/// errors ("Premature end of data"), so the context's `lastError` is often not the one to
/// fix. The structured handler `serror` sees every error as it is raised.
///
/// The hooks replace callbacks of the context's own SAX handler (libxml2 gives each parser
/// context a private copy), so no other parse is affected.
final class ParserHooks {
    /// Set by a hook when it stopped the parser.
    private(set) var refusal: LibXMLError?
    /// The first error (not warning) libxml2 raised.
    private(set) var firstError: LibXMLError?

    /// Points the context's user slot at these hooks and installs them. The hooks must
    /// outlive the parse.
    func install(on context: xmlParserCtxtPtr) {
        context.pointee._private = Unmanaged.passUnretained(self).toOpaque()
        guard let sax = context.pointee.sax else { return }
        sax.pointee.entityDecl = { context, name, _, _, _, _ in
            ParserHooks.refuse(context, "the document declares the entity '\(ParserHooks.string(name))'; "
                + "entity declarations are refused because they are how entity-expansion (\"billion laughs\") and external-entity (XXE) attacks work")
        }
        sax.pointee.unparsedEntityDecl = { context, name, _, _, _ in
            ParserHooks.refuse(context, "the document declares the unparsed entity '\(ParserHooks.string(name))'; entity declarations are refused")
        }
        // Called after the DOCTYPE (and its internal subset, if any) is read; libxml2 would
        // load the external DTD here if loading were enabled, which it never is.
        sax.pointee.externalSubset = { context, _, externalID, systemID in
            guard externalID != nil || systemID != nil else { return }
            let target = systemID.map { ParserHooks.string($0) } ?? ParserHooks.string(externalID)
            ParserHooks.refuse(context, "the document's DOCTYPE refers to the external DTD '\(target)'; "
                + "external DTDs are refused and never fetched (remove the DOCTYPE)")
        }
        sax.pointee.serror = { context, error in
            guard let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue, let hooks = ParserHooks.owner(of: context) else { return }
            if hooks.firstError == nil { hooks.firstError = LibXMLError(error.pointee) }
        }
    }

    /// Records the refusal with the parser's current position and stops the parser.
    private static func refuse(_ rawContext: UnsafeMutableRawPointer?, _ message: String) {
        guard let hooks = owner(of: rawContext) else { return }
        let context = rawContext!.assumingMemoryBound(to: xmlParserCtxt.self)
        if hooks.refusal == nil {
            let input = context.pointee.input
            hooks.refusal = LibXMLError(code: Int(XML_ERR_USER_STOP.rawValue),
                                        line: Int(input?.pointee.line ?? 0), column: Int(input?.pointee.col ?? 0),
                                        message: message)
        }
        xmlStopParser(context)
    }

    /// The hooks installed on the parser context `rawContext` (libxml2 passes the context as
    /// the SAX callbacks' user data).
    private static func owner(of rawContext: UnsafeMutableRawPointer?) -> ParserHooks? {
        guard let rawContext, let slot = rawContext.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private else { return nil }
        return Unmanaged<ParserHooks>.fromOpaque(slot).takeUnretainedValue()
    }

    private static func string(_ chars: UnsafePointer<xmlChar>?) -> String {
        chars.map { String(cString: $0) } ?? ""
    }
}
