// Licensed under the Apache License, Version 2.0.

/// Conversions between UTF-8 byte offsets (what ICU and the repair pass use) and Unicode-scalar offsets (what
/// `Sentence` reports), each one pass over valid UTF-8 that counts scalar starts eight bytes at a time.
enum UTF8ScalarMapping {
    /// The scalar offsets of `byteOffsets` (ascending, each at a scalar start or at `bytes.count`).
    /// - Complexity: O(the last offset / 8).
    static func scalarOffsets(ofByteOffsets byteOffsets: [Int], in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(byteOffsets.count)
        var byte = 0
        var scalar = 0  // scalar starts in bytes[0..<byte]
        for target in byteOffsets {
            while byte + 8 <= target {
                scalar += scalarStarts(inEightBytesAt: byte, of: bytes)
                byte += 8
            }
            while byte < target {
                if bytes[byte] & 0xC0 != 0x80 { scalar += 1 }
                byte += 1
            }
            result.append(scalar)
        }
        return result
    }

    /// The byte offsets of `scalarOffsets` (ascending, each at most the number of scalars in `bytes`).
    /// - Complexity: O(the last offset's byte / 8).
    static func byteOffsets(ofScalarOffsets scalarOffsets: [Int], in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(scalarOffsets.count)
        let count = bytes.count
        var byte = 0
        var scalar = 0  // scalar starts in bytes[0..<byte]
        for target in scalarOffsets {
            // Eight bytes hold at most eight scalar starts: never overshoots.
            while target - scalar >= 8 && byte + 8 <= count {
                scalar += scalarStarts(inEightBytesAt: byte, of: bytes)
                byte += 8
            }
            while scalar < target && byte < count {
                if bytes[byte] & 0xC0 != 0x80 { scalar += 1 }
                byte += 1
            }
            // Now past the lead byte of scalar `target - 1`: move on to the start of scalar `target`.
            while byte < count && bytes[byte] & 0xC0 == 0x80 { byte += 1 }
            result.append(byte)
        }
        return result
    }

    /// How many of `bytes[offset..<offset + 8]` start a scalar (are not continuation bytes `10xxxxxx`).
    @inline(__always)
    private static func scalarStarts(inEightBytesAt offset: Int, of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let word = UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self)
        let continuation = word & ~(word << 1) & 0x8080_8080_8080_8080
        // Sum the 0/1 bytes with one multiply: the baseline x86-64 target has no population-count instruction.
        return 8 - Int(((continuation >> 7) &* 0x0101_0101_0101_0101) >> 56)
    }

    /// The strings at `byteRanges` of `text` (whose UTF-8 is `bytes`; ranges at scalar boundaries).
    static func slices(of text: String, bytes: UnsafeBufferPointer<UInt8>, byteRanges: [Range<Int>]) -> [String] {
        if byteRanges.count == 1, byteRanges[0] == 0..<bytes.count { return [text] }
        let utf8 = text.utf8
        var result: [String] = []
        result.reserveCapacity(byteRanges.count)
        for range in byteRanges {
            let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let upper = utf8.index(lower, offsetBy: range.count)
            result.append(String(text.unicodeScalars[lower..<upper]))
        }
        return result
    }

    /// `text` with every line break ICU treats as a paragraph separator (LF, CR, VT, FF, NEL, U+2028, U+2029)
    /// replaced by a space of the same UTF-8 length, so that byte offsets stay valid; nil when it has none.
    ///
    /// A paragraph's internal line breaks are soft wraps: ICU must not end a sentence at them.
    static func replacingLineBreaks(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var copy: [UInt8]? = nil
        var i = 0
        let count = bytes.count
        while i < count {
            let byte = bytes[i]
            if byte <= 0x0D && byte >= 0x0A {
                if copy == nil { copy = Array(bytes) }
                copy![i] = 0x20
            } else if byte == 0xC2 && i + 1 < count && bytes[i + 1] == 0x85 {
                if copy == nil { copy = Array(bytes) }
                copy![i + 1] = 0xA0  // NEL → U+00A0
            } else if byte == 0xE2 && i + 2 < count && bytes[i + 1] == 0x80
                && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9)
            {
                if copy == nil { copy = Array(bytes) }
                copy![i + 2] = 0x80  // U+2028/U+2029 → U+2000 EN QUAD
            }
            i += 1
        }
        return copy.map { String(decoding: $0, as: UTF8.self) }
    }
}
