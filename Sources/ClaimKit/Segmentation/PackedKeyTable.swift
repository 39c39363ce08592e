/// A fixed lookup table from packed word keys (``UTF8Bytes/packedLowercaseKey(_:from:to:)``)
/// to small values, for the segmenter's word lists.
///
/// `Set<UInt64>` and `Dictionary` hash every key with SipHash, which costs more than the rest
/// of a period's decision; these keys are already well spread by a multiplication, so an
/// open-addressed table of a few hundred slots answers with one multiply and one or two loads.
struct PackedKeyTable<Value: Sendable>: @unchecked Sendable {
    private let keys: UnsafeBufferPointer<UInt64>
    private let values: UnsafeBufferPointer<Value>
    private let shift: UInt64
    private let slotMask: Int

    /// Builds the table from `entries`; a key given twice keeps its last value. The key 0
    /// (no word) marks an empty slot.
    init(_ entries: [(UInt64, Value)], filler: Value) {
        var capacity = 16
        while capacity < entries.count * 4 { capacity *= 2 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [Value](repeating: filler, count: capacity)
        let shift = UInt64(64 - capacity.trailingZeroBitCount)
        for (key, value) in entries {
            precondition(key != 0, "the empty key marks a free slot")
            var slot = Self.slot(of: key, shift: shift)
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = key
            values[slot] = value
        }
        let keyBuffer = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: capacity)
        _ = keyBuffer.initialize(from: keys)
        let valueBuffer = UnsafeMutableBufferPointer<Value>.allocate(capacity: capacity)
        _ = valueBuffer.initialize(from: values)
        self.keys = UnsafeBufferPointer(keyBuffer)     // kept for the program's life
        self.values = UnsafeBufferPointer(valueBuffer)
        self.shift = shift
        self.slotMask = capacity - 1
    }

    @inline(__always)
    private static func slot(of key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The value stored for `key`, if any.
    @inline(__always)
    func value(forKey key: UInt64) -> Value? {
        var slot = Self.slot(of: key, shift: shift)
        while true {
            let found = keys[slot]
            if found == 0 { return nil }
            if found == key { return values[slot] }
            slot = (slot + 1) & slotMask
        }
    }
}

extension PackedKeyTable where Value == Bool {
    /// A plain set of words.
    init(words: [String]) {
        self.init(words.map { (UTF8Bytes.packedLowercaseKey($0), true) }, filler: false)
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { value(forKey: key) != nil }
}
