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
        string.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(STDERR_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return   // nowhere left to report it
                }
            }
        }
    }
}
