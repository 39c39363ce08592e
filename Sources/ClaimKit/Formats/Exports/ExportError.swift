/// Why an export could not be made. Every message names the document or claim and the fix.
public struct ExportError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable {
        /// A verdict's rating is not on the store's verdict scale.
        case ratingNotOnScale
        /// ClaimReview needs the URL of the page that publishes the fact-check.
        case missingReviewURL
        /// Nothing to export: no documents were given.
        case noDocuments
        /// The output path cannot be written as asked.
        case output
        /// A brat `.ann` file cannot be read back.
        case invalidBrat
    }

    public let code: Code
    public let message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
