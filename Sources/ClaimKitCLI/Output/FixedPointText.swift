import Foundation

/// A non-negative `Double` written with a fixed number of decimals, as `String(format: "%.1f")`
/// writes it (the exact binary value rounded half to even), without Foundation's formatter.
///
/// `claimkit batch` writes one summary line, and `String(format:)` cost as much as the rest of
/// an empty run's work outside argument parsing: it boxes each argument as a `CVarArg`, whose
/// dynamic casts searched every protocol conformance of the binary. The digits here come from
/// the value's own significand and exponent, so they are the same digits, not an approximation.
enum FixedPointText {
    /// `value` with `decimals` (0 to 2) digits after the point.
    static func format(_ value: Double, decimals: Int) -> String {
        var scale: UInt64 = 1
        for _ in 0..<decimals { scale *= 10 }
        guard let scaled = roundedScaled(value, by: scale) else {
            return String(format: "%.\(decimals)f", value)   // negative, huge or not finite
        }
        let whole = String(scaled / scale)
        guard decimals > 0 else { return whole }
        let fraction = String(scaled % scale)
        return whole + "." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }

    /// `value × scale` rounded to the nearest integer, ties to even, computed exactly; nil when
    /// the value is negative, not finite, or 2^40 or more, or the scale above 100.
    private static func roundedScaled(_ value: Double, by scale: UInt64) -> UInt64? {
        guard value.isFinite, value >= 0, value < 0x1p40, scale <= 100 else { return nil }
        if value < 0x1p-60 { return 0 }   // less than half of 1 / scale: zero, subnormals too
        // value = significand × 2^-shift exactly, with a 53-bit integer significand; the
        // product stays below 2^60, and the shift is 13 or more since the value is below 2^40.
        let significand = value.significandBitPattern | (1 << 52)
        let shift = 52 - Int(value.exponent)
        let product = significand * scale
        guard shift < 64 else { return 0 }   // the product is below half of 2^shift
        let quotient = product >> UInt64(shift)
        let remainder = product & ((1 << UInt64(shift)) - 1)
        let half: UInt64 = 1 << UInt64(shift - 1)
        return remainder > half || (remainder == half && quotient & 1 == 1) ? quotient + 1 : quotient
    }
}
