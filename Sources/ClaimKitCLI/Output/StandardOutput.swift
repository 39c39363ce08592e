#if canImport(Glibc)
import Glibc
#endif

/// Writes bytes to standard output with `write(2)`, straight from the array.
///
/// `FileHandle.write` takes a `Data`, which meant a copy of every batch record (about four
/// times its article) and of `segment`'s whole output; and it stops the process when the write
/// fails, where this reports it (a full disk, a closed pipe with `SIGPIPE` ignored).
enum StandardOutput {
    static func write(_ bytes: [UInt8]) throws(CLIError) {
        let failure: Int32? = bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Glibc.write(STDOUT_FILENO, raw.baseAddress! + offset, raw.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno != EINTR {
                    return errno
                }
            }
            return nil
        }
        if let failure {
            throw CLIError(message: "cannot write to standard output (\(String(cString: strerror(failure))))", exitCode: ExitStatus.badInput)
        }
    }
}
