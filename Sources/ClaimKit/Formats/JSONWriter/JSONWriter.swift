#if canImport(Glibc)
import Glibc
#endif

/// Writes compact JSON straight into a byte buffer: the records of `claimkit batch`.
///
/// Why a second encoding beside the `Codable` conformances: going through Swift's `Encoder`
/// protocol, even with a streaming encoder that builds no tree, spent most of the batch
/// record's time on existential boxing, metadata lookups and retain/release: encoding took
/// longer than the extraction itself (`ClaimKitBench --only "full extraction"`). No JSON
/// package is available here. The record types therefore also have `writeJSON(to:)` methods
/// that call this writer directly. The `Codable` conformances stay: the store's native JSON
/// files and `claimkit extract --format json` use them. The two must write the same keys in the
/// same order with the same omissions; `JSONWriterTests` parse both outputs and compare them,
/// and check the order.
///
/// Separators are the writer's business: every key and value writes the comma it needs, so
/// callers only open and close containers, name keys and write values, in order. Output means
/// what Foundation's `JSONEncoder` writes: integral numbers without a fraction, other numbers
/// as Swift's shortest round-trip `description`, quotes, backslashes and control characters
/// escaped, everything else (`/` included) as UTF-8.
///
/// The writer owns a plain block of memory rather than a `[UInt8]`: a batch record is about
/// four times its article's text and is written in thousands of small appends, and each
/// `Array.append` asks the runtime whether the array is uniquely referenced and checks its
/// capacity, which made appending most of the writer's cost. It is `~Copyable` so that the block
/// has exactly one owner, freed when the writer ends. ``bytes(reservingCapacity:_:)`` lends it
/// the uninitialised storage of the array it returns instead, so that a record is not copied
/// once more into an array at the end.
public struct JSONWriter: ~Copyable {
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    /// Whether the next key or value follows a sibling and needs a comma before it.
    private var needsComma = false
    /// Whether `buffer` is the writer's own, to free; false while it writes into lent storage.
    private var ownsBuffer: Bool

    /// - Parameter capacity: bytes to reserve, so that a record of about this size is written
    ///   without growing the buffer.
    public init(reservingCapacity capacity: Int = 1024) {
        self.capacity = max(capacity, 64)
        buffer = .allocate(capacity: self.capacity)
        ownsBuffer = true
    }

    /// A writer that writes into `storage` until it needs more room, then into a block of its
    /// own (with what it has written copied there).
    private init(writingInto storage: UnsafeMutableBufferPointer<UInt8>) {
        buffer = storage.baseAddress!
        capacity = storage.count
        ownsBuffer = false
    }

    deinit {
        if ownsBuffer { buffer.deallocate() }
    }

    /// The JSON written so far.
    public var bytes: [UInt8] {
        Array(UnsafeBufferPointer(start: buffer, count: count))
    }

    /// The JSON that `write` writes, as an array: written straight into the array's storage,
    /// which ``bytes`` would copy whole (a batch record is tens of kilobytes). Only a record
    /// that outgrows `capacity` is copied, from the block the writer moved to.
    public static func bytes(reservingCapacity capacity: Int, _ write: (inout JSONWriter) throws -> Void) rethrows -> [UInt8] {
        var outgrown: [UInt8]?
        let bytes = try [UInt8](unsafeUninitializedCapacity: max(capacity, 64)) { storage, initializedCount in
            var writer = JSONWriter(writingInto: storage)
            try write(&writer)
            if writer.ownsBuffer { outgrown = writer.bytes } else { initializedCount = writer.count }
        }
        return outgrown ?? bytes
    }

    /// A number that JSON cannot hold (`nan`, `inf`), at a key.
    public struct NonFiniteNumber: Error, Sendable, CustomStringConvertible {
        public let key: String
        public let value: Double
        public var description: String { "\"\(key)\" is \(value), which is not a JSON number" }
    }

    // MARK: - Containers and keys

    // Opening and closing brackets are always inlined, like keys: a record has several for each
    // claim and mention, and the call cost more than writing the byte and its comma.

    @inline(__always)
    public mutating func beginObject() {
        open(UInt8(ascii: "{"))
    }

    @inline(__always)
    public mutating func endObject() {
        close(UInt8(ascii: "}"))
    }

    @inline(__always)
    public mutating func beginArray() {
        open(UInt8(ascii: "["))
    }

    @inline(__always)
    public mutating func endArray() {
        close(UInt8(ascii: "]"))
    }

    /// Writes `"name":`. Keys are the record types' own constants, plain ASCII that needs no
    /// escaping, so they are copied as they are. Always inlined: a record has a key for every
    /// value, and with the name's length known where it is written, the copy is a few moves
    /// instead of a call to `memmove`.
    @inline(__always)
    public mutating func key(_ name: StaticString) {
        reserve(Self.keyCount(name))
        putKey(name)
    }

    /// `"key":` and an integer, with room made for both at once: a record has two or more
    /// for each sentence, mention and claim, and a second reservation (a test and a branch,
    /// and the count stored between them) cost as much as the key.
    @inline(__always)
    mutating func keyAndInteger(_ key: StaticString, _ value: Int) {
        reserve(Self.keyCount(key) + Self.maximumIntegerCount)
        putKey(key)
        putInteger(value)
    }

    /// Two keys and their integers (a span's `"start"` and `"end"`), with room made for all of
    /// them at once: a record has such a pair for every sentence, mention and claim.
    @inline(__always)
    mutating func keysAndIntegers(_ firstKey: StaticString, _ firstValue: Int, _ secondKey: StaticString, _ secondValue: Int) {
        reserve(Self.keyCount(firstKey) + Self.keyCount(secondKey) + 2 * Self.maximumIntegerCount)
        putKey(firstKey)
        putInteger(firstValue)
        putKey(secondKey)
        putInteger(secondValue)
    }

    /// `"key":` and a string constant that needs no escaping, with room made for both at once.
    @inline(__always)
    mutating func keyAndPlainString(_ key: StaticString, _ value: StaticString) {
        reserve(Self.keyCount(key) + value.utf8CodeUnitCount + 2)
        putKey(key)
        putQuoted(value)
        needsComma = true
    }

    /// `"key":` and a numbered id (see ``putNumberedID(letter:_:)``), with room made for both
    /// at once: a record has one for every mention and claim.
    @inline(__always)
    mutating func keyAndNumberedID(_ key: StaticString, letter: UInt8, _ number: Int) {
        reserve(Self.keyCount(key) + Self.maximumIntegerCount + 3)
        putKey(key)
        putNumberedID(letter: letter, number)
    }

    /// Bytes that `"name":` takes, with a separator before it.
    @inline(__always)
    private static func keyCount(_ name: StaticString) -> Int {
        name.utf8CodeUnitCount + 4
    }

    /// `"name":`, after a separator if one is due; the caller has made room for ``keyCount(_:)``.
    @inline(__always)
    private mutating func putKey(_ name: StaticString) {
        putSeparator()
        putQuoted(name)
        put(UInt8(ascii: ":"))
        needsComma = false
    }

    /// `constant` between double quotes; the caller has made room for them.
    @inline(__always)
    private mutating func putQuoted(_ constant: StaticString) {
        put(UInt8(ascii: "\""))
        copy(constant.utf8Start, constant.utf8CodeUnitCount)
        put(UInt8(ascii: "\""))
    }

    /// How many bytes have been written: where the next value starts (after its comma, if
    /// one is due), for ``repeatWritten(_:)``.
    var position: Int { count }

    /// A value already written at `range` (of ``position``s), written again by copying its
    /// bytes: a long string is escaped once, not twice.
    mutating func repeatWritten(_ range: Range<Int>) {
        precondition(range.upperBound <= count, "only what is written can be repeated")
        reserve(range.count + 1)
        putSeparator()
        copy(buffer + range.lowerBound, range.count)
        needsComma = true
    }

    /// Ends a JSON Lines record.
    public mutating func endLine() {
        reserve(1)
        put(0x0A)
        needsComma = false
    }

    // MARK: - Values

    public mutating func string(_ value: String) {
        // Borrows the string's own bytes (or, for a short one, a copy on the stack); `withUTF8`
        // would need a mutable copy of the string, retained and released for every value.
        if value.utf8.withContiguousStorageIfAvailable({ appendQuoted($0) }) == nil {
            var bridged = value
            bridged.withUTF8 { appendQuoted($0) }
        }
        needsComma = true
    }

    /// A string given as its UTF-8 bytes (a slice of a document), without making a `String`.
    mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        appendQuoted(utf8)
        needsComma = true
    }

    /// `"key":` and a string given as its UTF-8 bytes, with room made for both at once (as
    /// ``keyAndInteger(_:_:)``). Returns the ``position`` where the string starts, at its
    /// opening quote.
    @discardableResult @inline(__always)
    mutating func keyAndString(_ key: StaticString, utf8: UnsafeBufferPointer<UInt8>) -> Int {
        reserve(Self.keyCount(key) + utf8.count + 2)
        putKey(key)
        let start = count
        putQuotedString(utf8)
        needsComma = true
        return start
    }

    /// Always inlined, like keys: a record has two or more offsets for each sentence, mention
    /// and claim; only the digits (``putDigits(of:)``) are a call.
    @inline(__always)
    public mutating func integer(_ value: Int) {
        reserve(Self.maximumIntegerCount + 1)
        putSeparator()
        putInteger(value)
    }

    /// The caller has made room for ``maximumIntegerCount`` bytes.
    @inline(__always)
    private mutating func putInteger(_ value: Int) {
        if value < 0 { put(UInt8(ascii: "-")) }
        putDigits(of: UInt64(value.magnitude))
        needsComma = true
    }

    /// Writes `value` as `JSONEncoder` does: an integral value as an integer (it prints
    /// `description` without its `.0`), anything else as the shortest text that reads back
    /// as the same `Double`.
    ///
    /// - Throws: ``NonFiniteNumber`` for `nan` and infinities; `key` names it.
    public mutating func number(_ value: Double, key: StaticString) throws(NonFiniteNumber) {
        guard value.isFinite else { throw NonFiniteNumber(key: key.description, value: value) }
        // Up to 2^53 Swift prints every integral Double in full ("9007199254740992.0");
        // above it, in exponent form ("1e+16"), which has no ".0" to drop.
        if value.magnitude <= 9_007_199_254_740_992, value == value.rounded(.towardZero) {
            reserve(Self.maximumIntegerCount + 1)
            putSeparator()
            if value.sign == .minus { put(UInt8(ascii: "-")) }   // -0 too, as JSONEncoder
            putDigits(of: UInt64(value.magnitude))
        } else if let hundredths = Self.hundredths(of: value) {
            reserve(Self.maximumIntegerCount + 4)
            putSeparator()
            if value.sign == .minus { put(UInt8(ascii: "-")) }
            putDigits(of: hundredths / 100)
            put(UInt8(ascii: "."))
            let fraction = hundredths % 100
            put(UInt8(ascii: "0") + UInt8(fraction / 10))
            if fraction % 10 != 0 { put(UInt8(ascii: "0") + UInt8(fraction % 10)) }
        } else {
            var text = value.description   // short: held inline, no allocation
            text.withUTF8 { utf8 in
                reserve(utf8.count + 1)
                putSeparator()
                copy(utf8.baseAddress!, utf8.count)
            }
        }
        needsComma = true
    }

    /// `value.magnitude` in hundredths when `value` is the `Double` nearest to a number of
    /// hundredths (0.4, 12.25: scores and most amounts), else nil.
    ///
    /// Such a value's shortest round-trip text, which `description` prints, is those hundredths
    /// with trailing zeros dropped: below 10^9 the doubles are far closer together than 0.01,
    /// so no shorter decimal reads back as the same value. Writing them here skips
    /// `description`'s general algorithm for the commonest fractions.
    @inline(__always)   // a call for each score cost a sixth of writing it
    private static func hundredths(of value: Double) -> UInt64? {
        let magnitude = value.magnitude
        guard magnitude < 1e9 else { return nil }
        // Rounded by converting with a half more, which truncates in one instruction where
        // `rounded()` calls `round`; a value this could round otherwise is no number of
        // hundredths, and the test below turns it away all the same.
        let scaled = UInt64(magnitude * 100 + 0.5)
        guard Double(scaled) / 100 == magnitude else { return nil }
        return scaled
    }

    /// A string constant that needs no escaping, copied as it is (with its length known where
    /// it is inlined, a few moves).
    @inline(__always)
    mutating func plainString(_ value: StaticString) {
        reserve(value.utf8CodeUnitCount + 3)
        putSeparator()
        putQuoted(value)
        needsComma = true
    }

    /// A value given as JSON already written (by another writer), copied as it is.
    mutating func json(_ value: [UInt8]) {
        value.withUnsafeBufferPointer { json($0) }
    }

    /// A value given as JSON already written, copied as it is. Always inlined: its callers
    /// copy short constants (a claim's reason names) a few at a time.
    @inline(__always)
    mutating func json(_ value: UnsafeBufferPointer<UInt8>) {
        reserve(value.count + 1)
        putSeparator()
        if let start = value.baseAddress { copy(start, value.count) }
        needsComma = true
    }

    /// Bytes in a slot of ``json(slot:count:)``.
    static let slotSize = 32

    /// A value given as JSON already written, its `count` bytes at the start of a slot of
    /// ``slotSize`` readable bytes (the rest padding), copied as two vectors of sixteen: for
    /// short constants picked at run time (a claim's reason names), whose lengths vary, a
    /// `memmove` call cost more than the bytes. The padding is written too, then written over.
    @inline(__always)
    mutating func json(slot: UnsafeRawPointer, count length: Int) {
        assert(length <= Self.slotSize, "a value longer than its slot")
        reserve(Self.slotSize + 1)
        putSeparator()
        let target = UnsafeMutableRawPointer(buffer + count)
        target.storeBytes(of: slot.loadUnaligned(as: SIMD16<UInt8>.self), as: SIMD16<UInt8>.self)
        target.storeBytes(of: slot.loadUnaligned(fromByteOffset: 16, as: SIMD16<UInt8>.self), toByteOffset: 16, as: SIMD16<UInt8>.self)
        count &+= length
        needsComma = true
    }

    /// Members of an object given as JSON already written (`"key":value,…`, built once by
    /// another writer), copied as they are, after a comma if one is due.
    mutating func members(_ json: [UInt8]) {
        self.json(json)
    }

    /// The array of the `count` numbered ids from `first` on (`["m3","m4"]`, a claim's
    /// mentions), with room made for all of them at once: a claim has one or two, and a
    /// reservation for each cost as much as its bytes.
    mutating func numberedIDs(letter: UInt8, from first: Int, count: Int) {
        reserve(2 + count * (Self.maximumIntegerCount + 4))
        putSeparator()
        put(UInt8(ascii: "["))
        needsComma = false
        for number in first..<(first + count) {
            putSeparator()
            putNumberedID(letter: letter, number)
        }
        put(UInt8(ascii: "]"))
        needsComma = true
    }

    /// The string of a numbered id, `letter` and the decimal digits of `number` (`"m12"`),
    /// written from the number without making the `String` (see ``StoredID``). The caller has
    /// made room for ``maximumIntegerCount`` and three bytes.
    @inline(__always)
    private mutating func putNumberedID(letter: UInt8, _ number: Int) {
        put(UInt8(ascii: "\""))
        put(letter)
        putDigits(of: UInt64(number.magnitude))
        put(UInt8(ascii: "\""))
        needsComma = true
    }

    public mutating func bool(_ value: Bool) {
        let text: StaticString = value ? "true" : "false"
        reserve(text.utf8CodeUnitCount + 1)
        putSeparator()
        copy(text.utf8Start, text.utf8CodeUnitCount)
        needsComma = true
    }

    // MARK: - Bytes

    /// Digits of the largest `UInt64`, and a sign.
    private static let maximumIntegerCount = 21
    /// Bytes of the longest escape, `\u001F`.
    private static let longestEscapeCount = 6

    @inline(__always)
    private mutating func open(_ bracket: UInt8) {
        reserve(2)
        putSeparator()
        put(bracket)
        needsComma = false
    }

    @inline(__always)
    private mutating func close(_ bracket: UInt8) {
        reserve(1)
        put(bracket)
        needsComma = true
    }

    /// Makes room for `extra` more bytes; the `put` and `copy` calls after it do not check.
    /// The count's sums wrap (`&+`), as in ``putDigits(of:)``: a record is far from `Int.max`
    /// bytes, and an overflow check on every key and byte written cost more than the write.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count &+ extra > capacity { grow(toHold: count + extra) }
    }

    private mutating func grow(toHold needed: Int) {
        let newCapacity = max(capacity * 2, needed)
        let newBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBuffer.initialize(from: buffer, count: count)
        if ownsBuffer { buffer.deallocate() }
        buffer = newBuffer
        capacity = newCapacity
        ownsBuffer = true
    }

    @inline(__always)
    private mutating func put(_ byte: UInt8) {
        buffer[count] = byte
        count &+= 1
    }

    @inline(__always)
    private mutating func putSeparator() {
        if needsComma { put(UInt8(ascii: ",")) }
    }

    @inline(__always)
    private mutating func copy(_ source: UnsafePointer<UInt8>, _ length: Int) {
        (buffer + count).initialize(from: source, count: length)
        count &+= length
    }

    /// `utf8` in quotes, escaped where JSON needs it: quotes, backslashes and controls below
    /// U+0020 (no byte of multi-byte UTF-8 is one of those). Text between escapes is copied in
    /// runs of sixteen bytes, tested and copied in the same step, since most strings need no
    /// escape at all.
    private mutating func appendQuoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        reserve(utf8.count + 3)
        putSeparator()
        putQuotedString(utf8)
    }

    /// ``appendQuoted(_:)`` without the separator; the caller has made room for `utf8` and
    /// its quotes.
    private mutating func putQuotedString(_ utf8: UnsafeBufferPointer<UInt8>) {
        put(UInt8(ascii: "\""))
        if appendPlainShort(utf8) {
            put(UInt8(ascii: "\""))
            return
        }
        var runStart = 0
        while true {
            let escaped = copyPlainRun(utf8, from: runStart)
            guard escaped < utf8.count else { break }
            reserve(Self.longestEscapeCount + utf8.count - escaped + 1)
            putEscape(for: utf8[escaped])
            runStart = escaped + 1
        }
        put(UInt8(ascii: "\""))
    }

    /// Copies `utf8` from `start` up to its first byte that needs an escape, and returns that
    /// byte's index (`utf8.count` if there is none). The caller has reserved room for the rest
    /// of `utf8`.
    ///
    /// Sixteen bytes are loaded, tested and stored as one vector at a time, instead of finding
    /// the run's end first and copying it with `memmove` after: sentences and claims are a
    /// hundred bytes or so, where the call and the second pass cost as much as the bytes. A
    /// chunk holding a byte to escape is stored whole all the same, and only its bytes before
    /// that one are kept (the rest are written over next), so the run is never gone over
    /// again byte by byte. A run's last few bytes are its last sixteen, stored over the end of what was just copied
    /// when the run is that long (as ``appendPlainShort(_:)`` does with words). Always inlined:
    /// most strings that need an escape have two or three (a quotation's marks, a paragraph's
    /// newline), and a call for each run cost more than its bytes.
    @inline(__always)
    private mutating func copyPlainRun(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = utf8.baseAddress else { return start }
        let source = UnsafeRawPointer(base)
        let end = utf8.count
        var i = start
        var n = count
        let stopped = JSONEscapes.copyPlainChunks(from: source, &i, end: end, to: UnsafeMutableRawPointer(buffer), &n)
        count = n
        if stopped { return i }
        if end - i < 16 && end - start >= 16 && i < end {
            let last = source.loadUnaligned(fromByteOffset: end - 16, as: SIMD16<UInt8>.self)
            if !JSONEscapes.hasSpecialByte(last) {
                // Bytes end-16..<i were copied just before `count`, unchanged: write them again.
                UnsafeMutableRawPointer(buffer + count - (i - (end - 16))).storeBytes(of: last, as: SIMD16<UInt8>.self)
                count += end - i
                return end
            }
        }
        while i < end && !JSONEscapes.isSpecial(base[i]) {
            buffer[count] = base[i]
            count += 1
            i += 1
        }
        return i
    }

    /// Copies `utf8` if it is at most 32 bytes long and needs no escape, and says whether it did.
    ///
    /// Most strings of a record are short: mention texts, units, claims' 32-code-point prefixes
    /// and suffixes. Scanning them a byte at a time and copying them with `memmove` cost more
    /// than the bytes themselves; here they are read and written as two vectors or words that
    /// overlap in the middle (the first and last sixteen bytes, or eight, or four), so a string
    /// of any length from 4 to 32 takes two loads, one or two tests and two stores; and one of
    /// one to three bytes as its first, middle and last bytes, tested as one word and stored
    /// over one another. The caller has reserved room for `utf8`. Always inlined: most of its
    /// calls wrote a few bytes.
    @inline(__always)
    private mutating func appendPlainShort(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = utf8.count
        guard length <= 32 else { return false }
        guard length > 0, let start = utf8.baseAddress else { return true }   // empty
        let source = UnsafeRawPointer(start)
        let target = UnsafeMutableRawPointer(buffer + count)
        if length > 16 {
            let first = source.loadUnaligned(as: SIMD16<UInt8>.self)
            let last = source.loadUnaligned(fromByteOffset: length - 16, as: SIMD16<UInt8>.self)
            guard !JSONEscapes.hasSpecialByte(first) && !JSONEscapes.hasSpecialByte(last) else { return false }
            target.storeBytes(of: first, as: SIMD16<UInt8>.self)
            target.storeBytes(of: last, toByteOffset: length - 16, as: SIMD16<UInt8>.self)
        } else if length < 4 {
            let first = start[0], middle = start[length >> 1], last = start[length &- 1]
            // The other lanes hold a letter, which needs no escape.
            let word = UInt64(first) | UInt64(middle) << 8 | UInt64(last) << 16 | 0x6161_6161_6100_0000
            guard !JSONEscapes.hasSpecialByte(word) else { return false }
            buffer[count] = first
            buffer[count &+ (length >> 1)] = middle
            buffer[count &+ length &- 1] = last
        } else if length >= 8 {
            let first = source.loadUnaligned(as: UInt64.self)
            let last = source.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self)
            guard !JSONEscapes.hasSpecialByte(first) && !JSONEscapes.hasSpecialByte(last) else { return false }
            target.storeBytes(of: first, as: UInt64.self)
            target.storeBytes(of: last, toByteOffset: length - 8, as: UInt64.self)
        } else {
            let first = source.loadUnaligned(as: UInt32.self)
            let last = source.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self)
            guard !JSONEscapes.hasSpecialByte(UInt64(first) | UInt64(last) << 32) else { return false }
            target.storeBytes(of: first, as: UInt32.self)
            target.storeBytes(of: last, toByteOffset: length - 4, as: UInt32.self)
        }
        count &+= length
        return true
    }

    /// The escape for `byte`, one that ``JSONEscapes/isSpecial(_:)``: the short form JSON has, else
    /// `\u00XX`. The caller has reserved room for the longest.
    private mutating func putEscape(for byte: UInt8) {
        put(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""): put(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): put(UInt8(ascii: "\\"))
        case 0x0A: put(UInt8(ascii: "n"))
        case 0x0D: put(UInt8(ascii: "r"))
        case 0x09: put(UInt8(ascii: "t"))
        case 0x08: put(UInt8(ascii: "b"))
        case 0x0C: put(UInt8(ascii: "f"))
        default:
            let hex: StaticString = "0123456789abcdef"
            put(UInt8(ascii: "u"))
            put(UInt8(ascii: "0"))
            put(UInt8(ascii: "0"))
            put(hex.utf8Start[Int(byte >> 4)])
            put(hex.utf8Start[Int(byte & 0x0F)])
        }
    }

    /// The decimal digits of `value`, most significant first, with no `String` made. The
    /// caller has reserved ``maximumIntegerCount`` bytes.
    ///
    /// Digits are made two at a time from a table of the pairs 00 to 99, last pair first, so
    /// an offset of a few thousand takes one division, not four. The arithmetic wraps (`&+`):
    /// positions are within the reserved bytes, and overflow checks were a third of the work.
    /// Always inlined up to four digits (most offsets of an article, ids, years), as one or
    /// two pairs copied as words; the call, and counting the digits first, cost more than that.
    @inline(__always)
    private mutating func putDigits(of value: UInt64) {
        guard value < 10_000 else { return putManyDigits(of: value) }
        let pairs = UnsafeRawPointer(Self.digitPairs.utf8Start)
        if value < 100 {
            putOneOrTwoDigits(of: value, pairs)
        } else {
            putOneOrTwoDigits(of: value / 100, pairs)
            putTwoDigits(of: value % 100, pairs)
        }
    }

    /// The digits of `value`, below 100, without a leading zero.
    @inline(__always)
    private mutating func putOneOrTwoDigits(of value: UInt64, _ pairs: UnsafeRawPointer) {
        if value < 10 {
            put(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value))
        } else {
            putTwoDigits(of: value, pairs)
        }
    }

    /// The two digits of `value`, below 100, with a leading zero: its pair, copied as a word.
    @inline(__always)
    private mutating func putTwoDigits(of value: UInt64, _ pairs: UnsafeRawPointer) {
        let pair = pairs.loadUnaligned(fromByteOffset: Int(truncatingIfNeeded: value) &* 2, as: UInt16.self)
        UnsafeMutableRawPointer(buffer + count).storeBytes(of: pair, as: UInt16.self)
        count &+= 2
    }

    /// ``putDigits(of:)`` for a value of five digits or more.
    private mutating func putManyDigits(of value: UInt64) {
        let digits = Self.decimalDigitCount(of: value)
        let pairs = Self.digitPairs.utf8Start
        var rest = value
        var end = count &+ digits
        while rest >= 100 {
            let pair = Int(truncatingIfNeeded: rest % 100) &* 2
            rest /= 100
            end &-= 2
            buffer[end] = pairs[pair]
            buffer[end &+ 1] = pairs[pair &+ 1]
        }
        if rest >= 10 {
            let pair = Int(truncatingIfNeeded: rest) &* 2
            buffer[count] = pairs[pair]
            buffer[count &+ 1] = pairs[pair &+ 1]
        } else {
            buffer[count] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest)
        }
        count &+= digits
    }

    /// How many decimal digits `value` has: offsets and most amounts have at most five, tested
    /// one by one; longer numbers are counted against powers of ten.
    @inline(__always)
    private static func decimalDigitCount(of value: UInt64) -> Int {
        if value < 10 { return 1 }
        if value < 100 { return 2 }
        if value < 1_000 { return 3 }
        if value < 10_000 { return 4 }
        if value < 100_000 { return 5 }
        var digits = 6
        var power: UInt64 = 1_000_000
        while digits < 20 && value >= power {
            digits += 1
            power &*= 10
        }
        return digits
    }

    /// "00", "01", … "99" end to end.
    private static var digitPairs: StaticString {
        """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """
    }
}
