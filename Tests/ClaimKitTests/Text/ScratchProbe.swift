import Testing
import Foundation
@testable import ClaimKit

@Suite struct ScratchProbe {
    @Test func probe() throws {
        for n in [200, 300, 100_000] {
            let html = "<html><body>" + String(repeating: "<div>", count: n) + "deep text" + String(repeating: "</div>", count: n) + "</body></html>"
            let start = Date()
            do {
                let r = try HTMLTextRenderer.render(Array(html.utf8), file: "deep.html")
                print("DEEP>>", n, r.text.debugDescription, Date().timeIntervalSince(start))
            } catch { print("DEEP>>", n, error, Date().timeIntervalSince(start)) }
        }
        let html = "<html><head><meta charset=\"iso-8859-1\"><title> My \n Title </title><style>p{}</style></head><body><p>caf\u{E9} &amp; &nbsp; x&eacute;</p><p>&nbsp;</p><script>var x</script><table><tr><td>a</td> <td>b</td></tr></table></body></html>"
        let r = try HTMLTextRenderer.render(Array(html.utf8), file: "x")
        print("META>>", r.text.debugDescription, r.title ?? "nil")
        for g in ["\u{1}\u{2}\u{3}", "<<<>>>", "</p></div>", "<!-- only a comment -->", "<html></html>", "<p>unclosed <b>bold <i>both</p> after"] {
            do { let r = try HTMLTextRenderer.render(Array(g.utf8), file: "g"); print("G>>", g.debugDescription, r.text.debugDescription) }
            catch { print("G>>", g.debugDescription, error) }
        }
    }
}
