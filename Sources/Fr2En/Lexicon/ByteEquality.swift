// Licensed under the Apache License, Version 2.0.

extension UnsafeBufferPointer where Element == UInt8 {
    /// Whether two byte strings are equal, compared eight bytes at a time: the keys and texts compared on hot paths
    /// (lexicon look-ups, normalisation) are short, and a call to `memcmp` costs more than the comparison.
    @inline(__always)
    func hasSameBytes(as other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard count == other.count else { return false }
        guard let first = baseAddress, let second = other.baseAddress else { return true }
        var index = 0
        while index + 8 <= count {
            if UnsafeRawPointer(first + index).loadUnaligned(as: UInt64.self)
                != UnsafeRawPointer(second + index).loadUnaligned(as: UInt64.self) { return false }
            index += 8
        }
        while index < count {
            if first[index] != second[index] { return false }
            index += 1
        }
        return true
    }
}
