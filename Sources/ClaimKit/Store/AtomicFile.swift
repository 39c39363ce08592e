import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Crash-safe file replacement (SPEC §4: "a crash leaves the old or the new file, never half
/// of one"): the bytes go to a temporary file in the same directory, are flushed to disk with
/// `fsync`, and the temporary file is renamed over the target; the directory is synced so the
/// rename itself survives a power cut.
enum AtomicFile {
    static func write(_ data: Data, to url: URL) throws {
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw ioError("cannot create \(temporary.path)") }
        var ok = data.withUnsafeBytes { buffer -> Bool in
            var written = 0
            while written < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 { if errno == EINTR { continue }; return false }
                written += n
            }
            return true
        }
        ok = ok && fsync(fd) == 0
        close(fd)
        guard ok, rename(temporary.path, url.path) == 0 else {
            let error = ioError("cannot write \(url.path)")
            unlink(temporary.path)
            throw error
        }
        syncDirectory(directory)
    }

    static func syncDirectory(_ directory: URL) {
        let fd = open(directory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
    }

    private static func ioError(_ what: String) -> StoreError {
        StoreError(.io, "\(what): \(String(cString: strerror(errno)))")
    }
}

/// An exclusive advisory lock on the store, held around every read-modify-write so that
/// concurrent claimkit processes lose no update (SPEC §4).
final class StoreLock {
    private let fd: Int32

    /// Blocks until the lock on `url` is held.
    init(_ url: URL) throws {
        fd = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw StoreError(.io, "cannot open the lock file \(url.path): \(String(cString: strerror(errno)))") }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                close(fd)
                throw StoreError(.io, "cannot lock \(url.path): \(String(cString: strerror(errno)))")
            }
        }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
