#if canImport(Glibc)
import Glibc
#endif

/// `print(…, to: &stream)` target for standard error.
///
/// Written with `write(2)` straight from the string's bytes: `FileHandle.write` took a `Data`
/// made of them, whose making from a string searched the binary's protocol conformances once
/// a run, a tenth of an empty `claimkit batch`'s work outside argument parsing.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        var string = string
        // A failure is dropped: there is nowhere left to report it.
        _ = string.withUTF8 { writeAll(UnsafeRawBufferPointer($0), to: STDERR_FILENO) }
    }
}
