// PLACEHOLDER — being replaced by the HTML renderer work; not to be committed.
enum HTMLTextRenderer {
    static func render(_ bytes: [UInt8], file: String) throws -> RenderedText { fatalError("TODO") }
}
