/// Why a store operation failed. Every message names the store or file and says what to do.
public struct StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable {
        /// There is no store at the path (no `claimkit.json`).
        case noStore
        /// `init` found a store already there.
        case storeExists
        /// The document, claim, source or verdict id is not in the store.
        case notFound
        /// An id, rating, URL, date or span given by the user is not acceptable.
        case invalidArgument
        /// A file in the store cannot be read or parsed.
        case corruptFile
        /// The file system refused a read or write.
        case io
    }

    public let code: Code
    public let message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
