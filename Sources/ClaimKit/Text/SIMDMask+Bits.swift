extension SIMDMask where Storage == SIMD16<Int8> {
    /// The sixteen lanes as sixteen bits, lane 0 lowest: each half's top bits gathered into its
    /// top byte by one multiplication, where no two collide. The scanners that classify sixteen
    /// bytes at once with a vector compare (dates' triggers, claims' cue words) read their
    /// results as bits this way.
    @inline(__always)
    var bits: UInt64 {
        let halves = unsafeBitCast(self, to: SIMD2<UInt64>.self)
        let highBits: UInt64 = 0x8080_8080_8080_8080, gather: UInt64 = 0x0002_0408_1020_4081
        return ((halves[0] & highBits) &* gather) >> 56 | (((halves[1] & highBits) &* gather) >> 56) << 8
    }
}
