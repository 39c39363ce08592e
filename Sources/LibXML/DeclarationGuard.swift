import CLibXML2

/// Refuses, while libxml2 reads a DOCTYPE, every entity declaration and every reference to an
/// external DTD, stopping the parser at that point.
///
/// Why refuse rather than merely not expand: without `NOENT` libxml2 does not substitute
/// entities, but it still records their declarations and checks their replacement text,
/// which an entity-expansion bomb makes expensive; and a document that depends on entities
/// could not be read faithfully anyway. Stopping at the declaration costs nothing and gives
/// the user a precise error. The hooks replace three callbacks of the context's own SAX
/// handler (libxml2 gives each parser context a private copy), so no other parse is affected.
final class DeclarationGuard {
    /// Set by a hook when it stopped the parser.
    private(set) var refusal: LibXMLError?

    /// Points the context's user slot at this guard and installs the hooks. The guard must
    /// outlive the parse.
    func install(on context: xmlParserCtxtPtr) {
        context.pointee._private = Unmanaged.passUnretained(self).toOpaque()
        guard let sax = context.pointee.sax else { return }
        sax.pointee.entityDecl = { context, name, _, _, _, _ in
            DeclarationGuard.refuse(context, "the document declares the entity '\(DeclarationGuard.string(name))'; "
                + "entity declarations are refused because they are how entity-expansion (\"billion laughs\") and external-entity (XXE) attacks work")
        }
        sax.pointee.unparsedEntityDecl = { context, name, _, _, _ in
            DeclarationGuard.refuse(context, "the document declares the unparsed entity '\(DeclarationGuard.string(name))'; entity declarations are refused")
        }
        // Called after the DOCTYPE (and its internal subset, if any) is read; libxml2 would
        // load the external DTD here if loading were enabled, which it never is.
        sax.pointee.externalSubset = { context, _, externalID, systemID in
            guard externalID != nil || systemID != nil else { return }
            let target = systemID.map { DeclarationGuard.string($0) } ?? DeclarationGuard.string(externalID)
            DeclarationGuard.refuse(context, "the document's DOCTYPE refers to the external DTD '\(target)'; "
                + "external DTDs are refused and never fetched (remove the DOCTYPE)")
        }
    }

    /// Records the refusal with the parser's current position and stops the parser.
    private static func refuse(_ rawContext: UnsafeMutableRawPointer?, _ message: String) {
        guard let rawContext else { return }
        let context = rawContext.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let slot = context.pointee._private else { return }
        let owner = Unmanaged<DeclarationGuard>.fromOpaque(slot).takeUnretainedValue()
        if owner.refusal == nil {
            let input = context.pointee.input
            owner.refusal = LibXMLError(code: Int(XML_ERR_USER_STOP.rawValue),
                                        line: Int(input?.pointee.line ?? 0), column: Int(input?.pointee.col ?? 0),
                                        message: message)
        }
        xmlStopParser(context)
    }

    private static func string(_ chars: UnsafePointer<xmlChar>?) -> String {
        chars.map { String(cString: $0) } ?? ""
    }
}
