extension SIMD16 where Scalar == UInt8 {
    /// The lanes that hold an ASCII letter, either case: lower-cased (bit 5 set), a letter is
    /// 0…25 past "a", and every other byte lands elsewhere. The scanners that classify sixteen
    /// bytes at once (numbers' candidates, dates' triggers, claims' cue words) share this test.
    ///
    /// The bounds are whole vectors: comparing with a scalar compiles to a loop over the lanes.
    @inline(__always)
    var asciiLetterLanes: SIMDMask<SIMD16<Int8>> {
        (self | SIMD16(repeating: 0x20)) &- SIMD16(repeating: UInt8(ascii: "a")) .<= SIMD16(repeating: 25)
    }
}
