import Foundation
import LibXML
import Testing

/// Parsing untrusted XML never loads external entities or DTDs and refuses entity-expansion
/// bombs, with a clear error naming the line and column (SPEC §5).
@Suite struct XMLDocumentSafetyTests {
    private func refusal(_ xml: String) throws -> LibXMLError {
        try #require(throws: LibXMLError.self) { try XMLDocument(data: Data(xml.utf8)) }
    }

    @Test func billionLaughsIsRefusedAtTheFirstEntityDeclaration() throws {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            xml += " <!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">\n"
        }
        xml += "]>\n<lolz>&lol9;</lolz>\n"
        let error = try refusal(xml)
        #expect(error.message.contains("declares the entity 'lol'"))
        #expect(error.message.contains("billion laughs"))
        #expect(error.line == 3)
        #expect(error.column > 0)
    }

    @Test func externalEntityIsRefusedAndNeverRead() throws {
        let error = try refusal("""
            <?xml version="1.0"?>
            <!DOCTYPE data [
              <!ENTITY secret SYSTEM "file:///etc/passwd">
            ]>
            <data>&secret;</data>
            """)
        #expect(error.message.contains("declares the entity 'secret'"))
        #expect(error.message.contains("XXE"))
        #expect(!error.message.contains("root:"))
        #expect(error.line == 3)
    }

    @Test func parameterEntityIsRefused() throws {
        let error = try refusal("""
            <!DOCTYPE data [ <!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote; ]>
            <data/>
            """)
        #expect(error.message.contains("declares the entity 'remote'"))
    }

    @Test func networkDTDIsRefusedWithoutFetching() throws {
        let error = try refusal("""
            <?xml version="1.0"?>
            <!DOCTYPE annotations SYSTEM "http://127.0.0.1:9/claimkit.dtd">
            <annotations/>
            """)
        #expect(error.message.contains("external DTD 'http://127.0.0.1:9/claimkit.dtd'"))
        #expect(error.message.contains("never fetched"))
        #expect(error.line == 2)
    }

    @Test func publicDTDIsRefused() throws {
        let error = try refusal("""
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
            <html/>
            """)
        #expect(error.message.contains("external DTD"))
    }

    @Test func aDoctypeWithoutEntitiesIsAcceptedAndPredefinedEntitiesWork() throws {
        let document = try XMLDocument(data: Data("<!DOCTYPE a [ <!ELEMENT a (#PCDATA)> ]>\n<a>x &amp; &#x1F600; &lt;</a>".utf8))
        #expect(document.root?.text == "x & 😀 <")
    }

    @Test func undeclaredEntityIsAnErrorWithLineAndColumn() throws {
        let error = try refusal("<a>\n  &nope;\n</a>")
        #expect(error.line == 2)
        #expect(error.column > 0)
        #expect(error.message.contains("nope"))
    }

    @Test func malformedAndEmptyInputsAreErrors() throws {
        #expect(try refusal("").message == "the document is empty")
        let error = try refusal("<a>\n<b></a>")
        #expect(error.line == 2)
        #expect(error.message.contains("mismatch"))
        #expect(try refusal("<a xmlns:p=\"urn:p\"><q:b/></a>").message.contains("q"))   // unbound prefix
    }
}
