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
        if let failure = bytes.withUnsafeBytes({ writeAll($0, to: STDOUT_FILENO) }) {
            throw CLIError(message: "cannot write to standard output (\(String(cString: strerror(failure))))", exitCode: ExitStatus.badInput)
        }
    }
}

/// Writes all of `bytes` to `descriptor` with `write(2)`, again after a short write or an
/// interruption; returns `errno` when a write fails, nil when all were written.
func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
    var offset = 0
    while offset < bytes.count {
        let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if written > 0 {
            offset += written
        } else if written < 0 && errno != EINTR {
            return errno
        }
    }
    return nil
}
