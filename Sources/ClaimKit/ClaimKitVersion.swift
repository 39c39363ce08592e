/// The version of claimkit, recorded as the provenance of what the extractor writes.
public enum ClaimKitVersion {
    public static let string = "0.1.0"
}
