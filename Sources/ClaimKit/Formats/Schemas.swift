import Foundation

/// The schemas of the native formats, as the library carries them.
///
/// `schemas/` at the top of the repository is where users and external validators find them;
/// `Sources/ClaimKit/Resources/` holds byte-for-byte copies because a SwiftPM resource cannot
/// point outside its target. A test fails if the copies drift from `schemas/`.
public enum Schemas {
    /// `claimkit.xsd`: the XML Schema (XSD 1.0) of the native XML format.
    public static var xsd: Data { resource("claimkit", "xsd") }

    /// `claimkit.schema.json`: the JSON Schema (draft 2020-12) of the native JSON format.
    public static var jsonSchema: Data { resource("claimkit.schema", "json") }

    /// A file of the `Resources` folder the target copies into its bundle.
    ///
    /// The files ship inside claimkit's resource bundle; a bundle without them is a broken
    /// installation, not a condition callers could handle, hence the trap.
    private static func resource(_ name: String, _ fileExtension: String) -> Data {
        guard let url = Bundle.module.url(forResource: name, withExtension: fileExtension, subdirectory: "Resources"),
              let data = try? Data(contentsOf: url) else {
            preconditionFailure("claimkit's resource bundle lacks Resources/\(name).\(fileExtension); reinstall claimkit")
        }
        return data
    }
}
