// Licensed under the Apache License, Version 2.0.

/// Read-only access to the Unicode scalars of valid UTF-8 bytes by byte index, forwards and backwards.
///
/// The splitter works on UTF-8 directly: ICU reports byte offsets, every character that matters to the repair pass
/// (`.`, `…`, `»`, spaces) is found without decoding the rest, and only the final boundaries are converted to scalar
/// offsets. Indices are byte offsets of scalar starts (or `count`).
struct UTF8Scalars {
    let bytes: UnsafeBufferPointer<UInt8>

    var count: Int { bytes.count }

    @inline(__always)
    subscript(byte index: Int) -> UInt8 { bytes[index] }

    /// The scalar starting at byte `i`.
    @inline(__always)
    func scalar(at i: Int) -> UInt32 {
        let lead = UInt32(bytes[i])
        if lead < 0x80 { return lead }
        if lead < 0xE0 { return (lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F) }
        if lead < 0xF0 {
            return (lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        }
        return (lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
            | UInt32(bytes[i + 3] & 0x3F)
    }

    /// The start of the scalar after the one starting at `i`.
    @inline(__always)
    func index(after i: Int) -> Int {
        let lead = bytes[i]
        if lead < 0x80 { return i + 1 }
        if lead < 0xE0 { return i + 2 }
        return lead < 0xF0 ? i + 3 : i + 4
    }

    /// The start of the scalar that ends just before byte `i` (`i > 0`).
    @inline(__always)
    func index(before i: Int) -> Int {
        var k = i - 1
        while k > 0 && bytes[k] & 0xC0 == 0x80 { k -= 1 }
        return k
    }

    /// The first byte offset at or after `start` holding `a` or `b` (`count` when none), eight bytes at a time.
    @inline(__always)
    func firstIndex(ofEither a: UInt8, _ b: UInt8, from start: Int) -> Int {
        var i = start
        let count = bytes.count
        if let base = bytes.baseAddress {
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            let repeatedA = ones &* UInt64(a), repeatedB = ones &* UInt64(b)
            while i + 8 <= count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let x = word ^ repeatedA, y = word ^ repeatedB
                // A byte of x or y is zero where the word holds a or b; the lowest such flag is exact.
                let found = ((x &- ones) & ~x | (y &- ones) & ~y) & highs
                if found != 0 { return i + UInt64(littleEndian: found).trailingZeroBitCount / 8 }
                i += 8
            }
        }
        while i < count {
            if bytes[i] == a || bytes[i] == b { return i }
            i += 1
        }
        return count
    }

    /// The scalar that ends just before byte `i` (`i > 0`).
    @inline(__always)
    func scalar(before i: Int) -> UInt32 {
        scalar(at: index(before: i))
    }
}
