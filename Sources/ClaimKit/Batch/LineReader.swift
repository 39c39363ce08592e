#if canImport(Glibc)
import Glibc
#endif

/// Reads `\n`-terminated lines from a file descriptor in 1 MiB chunks, holding no more than
/// the current chunk and the line being assembled.
public final class LineReader {
    private let fd: Int32
    /// Left uninitialised: only bytes `read` has filled are looked at, and zeroing a mebibyte
    /// first cost a million instructions for nothing.
    private var buffer = [UInt8](unsafeUninitializedCapacity: 1 << 20) { _, count in count = 1 << 20 }
    private var start = 0
    private var end = 0
    private var atEOF = false

    public init(fileDescriptor: Int32) {
        fd = fileDescriptor
    }

    /// The next line without its `\n` (and without a trailing `\r`), or `nil` at the end.
    public func next() -> [UInt8]? {
        var line: [UInt8] = []
        while true {
            if start == end {
                if atEOF { return line.isEmpty ? nil : trimmed(line) }
                refill()
                continue
            }
            let newline = buffer.withUnsafeBufferPointer { UTF8Bytes.firstIndex(of: 0x0A, in: $0, from: start, to: end) }
            if newline < end {
                append(start..<newline, to: &line)
                start = newline + 1
                return trimmed(line)
            }
            append(start..<end, to: &line)
            start = end
        }
    }

    /// Appends `buffer[range]` to `line`, copied as one block from the buffer's storage (an
    /// `ArraySlice` went through the generic append, several times the copy's cost); a line that
    /// fits in the buffer (most) is made at its size straight away.
    private func append(_ range: Range<Int>, to line: inout [UInt8]) {
        buffer.withUnsafeBufferPointer { buffer in
            let bytes = UnsafeBufferPointer(rebasing: buffer[range])
            if line.isEmpty { line = Array(bytes) } else { line.append(contentsOf: bytes) }
        }
    }

    private func refill() {
        start = 0
        end = 0
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { atEOF = true } else { end = n }
            return
        }
    }

    private func trimmed(_ line: [UInt8]) -> [UInt8] {
        line.last == 0x0D ? Array(line.dropLast()) : line
    }
}
