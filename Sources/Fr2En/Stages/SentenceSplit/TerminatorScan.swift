// Licensed under the Apache License, Version 2.0.

/// One scan of a paragraph's UTF-8 for what the splitter looks at: where `.` `?` `!` and the scalars led by byte
/// 0xE2 (`…`, `‼`, `⁉`…) stand, and whether the paragraph holds a line or paragraph separator or a terminator other
/// than `.` `?` `!` (ICU's sentence rules then see more than the splitter's shortcut accounts for).
///
/// Eight bytes are tested at a time; it stops only at those bytes, at control characters and at lead bytes of
/// non-ASCII scalars, and skips the two-byte Latin letters of French (U+00C0–U+017F) at once.
struct TerminatorScan {
    /// Byte offsets of every `.` `?` `!` and every scalar led by 0xE2, ascending.
    private(set) var positions: [Int] = []
    /// True when the paragraph holds a separator or a terminator other than `.` `?` `!`.
    private(set) var hasRareBreak = false

    init(_ s: UTF8Scalars, classes: SentenceBreakClasses) {
        let n = s.count
        var i = 0
        while i < n {
            i = Self.firstStop(in: s, from: i)
            guard i < n else { break }
            let byte = s[byte: i]
            switch byte {
            case 0x2E, 0x3F, 0x21:
                positions.append(i)
                i += 1
            case 0x0A, 0x0D:
                hasRareBreak = true
                i += 1
            case 0x00..<0x80:
                i += 1  // another control character
            case 0xC3...0xC5:
                i += 2  // Latin letters with diacritics, Œ œ: no break classes among them
            default:
                if byte == 0xE2 { positions.append(i) }
                if !hasRareBreak && classes.isRareBreak(s.scalar(at: i)) { hasRareBreak = true }
                i = s.index(after: i)
            }
        }
    }

    /// The first byte offset at or after `start` holding `.` `?` `!`, a control character or the lead byte of a
    /// non-ASCII scalar (`s.count` when none).
    @inline(__always)
    private static func firstStop(in s: UTF8Scalars, from start: Int) -> Int {
        var i = start
        let count = s.count
        if let base = s.bytes.baseAddress {
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            while i + 8 <= count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let period = word ^ (ones &* 0x2E), question = word ^ (ones &* 0x3F)
                let exclamation = word ^ (ones &* 0x21)
                // Each test flags its lowest matching byte exactly (and may flag bytes above it), so the lowest
                // flag of all is exact.
                let found = ((period &- ones) & ~period | (question &- ones) & ~question
                    | (exclamation &- ones) & ~exclamation
                    | (word &- ones &* 0x20) & ~word  // below 0x20
                    | word & (word << 1)) & highs  // 0xC0 and above: lead bytes
                if found != 0 { return i + UInt64(littleEndian: found).trailingZeroBitCount / 8 }
                i += 8
            }
        }
        while i < count {
            let byte = s[byte: i]
            if byte == 0x2E || byte == 0x3F || byte == 0x21 || byte < 0x20 || byte >= 0xC0 { return i }
            i += 1
        }
        return count
    }
}
