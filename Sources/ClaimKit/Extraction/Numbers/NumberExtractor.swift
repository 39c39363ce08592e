struct NumberExtractor {
    init() {}
    func extract(_ bytes: UnsafeBufferPointer<UInt8>, sentences: [ByteRange]) -> [NumberMatch] { [] }
}
