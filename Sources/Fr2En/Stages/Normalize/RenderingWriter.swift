// Licensed under the Apache License, Version 2.0.

/// One rendering pass of `TextNormalizer`: reads valid UTF-8 once and writes the `display` and `analysis` bytes.
///
/// The caller owns both output buffers, each at least as large as the input (no rule makes text longer). Runs of
/// bytes that both renderings copy unchanged are copied in bulk; every other scalar goes through `ScalarRole`.
/// Composition (NFC) is not done here: `mayNeedNFC` tells the caller whether to check for it.
struct RenderingWriter {
    private let input: UnsafeBufferPointer<UInt8>
    private let display: UnsafeMutablePointer<UInt8>
    private let analysis: UnsafeMutablePointer<UInt8>
    private let collapses: Bool
    private let keepsTypographicSpaces: Bool

    private(set) var displayCount = 0
    private(set) var analysisCount = 0
    /// False as long as `analysis` is byte-for-byte equal to `display`.
    private(set) var diverged = false
    /// True once a scalar was written that might not be in NFC (see `mayChangeUnderNFC`).
    private(set) var mayNeedNFC = false

    /// Whitespace seen but not yet written (collapsing only): `noPending`, `plainPending`, or the input offset of
    /// the typographic space that will represent the run in `display`.
    private var pendingStart = Self.noPending
    private var pendingLength = 0
    private static let noPending = -1
    private static let plainPending = -2
    /// The last scalar written, for the ZERO WIDTH JOINER rule; 0 after a bulk copy (which never ends in emoji).
    private var lastWritten: UInt32 = 0

    init(input: UnsafeBufferPointer<UInt8>, display: UnsafeMutablePointer<UInt8>,
         analysis: UnsafeMutablePointer<UInt8>, options: NormalizationOptions) {
        self.input = input
        self.display = display
        self.analysis = analysis
        self.collapses = options.collapsesWhitespace
        self.keepsTypographicSpaces = options.typographicSpaces == .keep
    }

    /// Renders the whole input. Whitespace still pending at the end is dropped (trailing whitespace).
    mutating func run() {
        var offset = 0
        let count = input.count
        while offset < count {
            if Self.startsRun(input[offset]) {
                flushPending()
                offset = copyRun(from: offset)
            } else {
                offset = renderScalar(at: offset)
            }
        }
    }

    /// Whether rendering would give `input` back unchanged in both renderings: every scalar is one that both copy
    /// as it is (see `startsRun`) and, when collapsing, no space is leading, trailing or doubled. It only reads, so
    /// clean text (most news paragraphs, accents included) costs one scan instead of a rendering pass.
    static func leavesUnchanged(_ input: UnsafeBufferPointer<UInt8>, collapses: Bool) -> Bool {
        let count = input.count
        guard let base = input.baseAddress, count > 0 else { return true }
        if collapses, input[0] == 0x20 || input[count - 1] == 0x20 { return false }
        var offset = 0
        var last: UInt8 = 0
        while offset < count {
            if offset + 8 <= count {
                // Skip the printable ASCII bytes and spaces before the first other byte, eight at a time.
                let word = UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
                let stops = otherThanPrintableOrSpace(word)
                let plain = stops == 0 ? 8 : stops.trailingZeroBitCount / 8
                if plain > 0 {
                    if collapses {
                        let prefix: UInt64 = plain == 8 ? ~0 : (1 << (8 * UInt64(plain))) &- 1
                        let spaces = zeroBytes(word ^ 0x2020_2020_2020_2020) & prefix
                        if spaces & (spaces << 8) != 0 || (last == 0x20 && spaces & 0x80 != 0) { return false }
                    }
                    last = UInt8(truncatingIfNeeded: word >> (8 * UInt64(plain - 1)))
                    offset += plain
                    if plain == 8 { continue }
                }
            }
            let byte = input[offset]
            if byte > 0x20 && byte < 0x7F && byte != 0x60 {
                offset += 1
            } else if byte == 0x20 {
                if collapses && last == 0x20 { return false }
                offset += 1
            } else if byte &- 0xC3 <= 6 {
                offset += 2  // valid UTF-8: a continuation byte follows
            } else {
                return false
            }
            last = byte
        }
        return true
    }

    /// 0x80 in each byte of `word` that is zero, 0 elsewhere (exact for any byte values).
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((word & lows) &+ lows) | word | lows)
    }

    /// 0x80 in the lowest byte of `word` that is neither printable ASCII (except the backquote) nor a space, and
    /// possibly in higher bytes; 0 when there is none. Only the lowest flag is exact.
    @inline(__always)
    private static func otherThanPrintableOrSpace(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let controls = (word &- ones &* 0x20) & ~word & highs  // bytes below 0x20; borrows only flag bytes above one
        return (word & highs) | controls | zeroBytes(word ^ (ones &* 0x60)) | zeroBytes(word ^ (ones &* 0x7F))
    }

    /// Whether `byte` begins a scalar both renderings copy unchanged: printable ASCII except the backquote, or
    /// the lead byte of U+00C0–U+027F (Latin letters with diacritics, œ, ß …).
    @inline(__always)
    private static func startsRun(_ byte: UInt8) -> Bool {
        (byte > 0x20 && byte < 0x7F && byte != 0x60) || byte &- 0xC3 <= 6
    }

    /// Copies the run starting at `start` (which `startsRun`) to both renderings and returns where it ends.
    /// A single space inside the run is part of it when the next byte starts a run again.
    @inline(__always)
    private mutating func copyRun(from start: Int) -> Int {
        let count = input.count
        let base = input.baseAddress!
        var end = start
        while end < count {
            if end + 8 <= count,
               Self.isPlainASCIIWord(UInt64(littleEndian: UnsafeRawPointer(base + end).loadUnaligned(as: UInt64.self)),
                                     spacesAnywhere: !collapses) {
                end += 8
                continue
            }
            let byte = input[end]
            if byte > 0x20 && byte < 0x7F && byte != 0x60 {
                end += 1
            } else if byte &- 0xC3 <= 6 {
                end += 2
            } else if byte == 0x20 && (!collapses || (end + 1 < count && Self.startsRun(input[end + 1]))) {
                end += 1
            } else {
                break
            }
        }
        let length = end - start
        (display + displayCount).update(from: base + start, count: length)
        (analysis + analysisCount).update(from: base + start, count: length)
        displayCount += length
        analysisCount += length
        lastWritten = 0
        return end
    }

    /// Whether eight input bytes (little-endian in `word`) can be copied as they are: printable ASCII except the
    /// backquote, with spaces only single and not last (or anywhere when not collapsing). The bit tricks test all
    /// eight bytes at once (see `otherThanPrintableOrSpace` and `zeroBytes`).
    @inline(__always)
    private static func isPlainASCIIWord(_ word: UInt64, spacesAnywhere: Bool) -> Bool {
        if otherThanPrintableOrSpace(word) != 0 { return false }
        if spacesAnywhere { return true }
        let spaces = zeroBytes(word ^ 0x2020_2020_2020_2020)
        return spaces & (spaces << 8) == 0 && spaces >> 63 == 0
    }

    /// Renders the one scalar at `offset` and returns the offset of the next.
    private mutating func renderScalar(at offset: Int) -> Int {
        let (value, length) = decode(at: offset)
        switch ScalarRole.of(value) {
        case .keep:
            flushPending()
            write(offset, length, analysedAs: nil, value: value)
        case .keepAnalysedAs(let replacement):
            flushPending()
            write(offset, length, analysedAs: replacement, value: value)
        case .remove:
            break
        case .space, .lineBreak:
            if collapses {
                if pendingStart == Self.noPending { pendingStart = Self.plainPending }
            } else if !(value == 0x0D && offset + 1 < input.count && input[offset + 1] == 0x0A) {
                writeSpace()
            }
        case .typographicSpace:
            if collapses {
                if pendingStart < 0 {
                    pendingStart = keepsTypographicSpaces ? offset : Self.plainPending
                    pendingLength = length
                }
            } else if keepsTypographicSpaces {
                write(offset, length, analysedAs: 0x20, value: value)
            } else {
                writeSpace()
            }
        case .zeroWidthJoiner:
            if pendingStart == Self.noPending, displayCount > 0, ScalarRole.endsEmoji(lastWritten),
               offset + length < input.count, ScalarRole.startsEmoji(decode(at: offset + length).value) {
                write(offset, length, analysedAs: nil, value: value)
            }
        }
        return offset + length
    }

    /// Writes the pending whitespace, unless nothing was written yet (leading whitespace is dropped).
    @inline(__always)
    private mutating func flushPending() {
        if pendingStart == Self.noPending { return }
        if displayCount > 0 {
            if pendingStart == Self.plainPending {
                writeSpace()
            } else {
                write(pendingStart, pendingLength, analysedAs: 0x20, value: decode(at: pendingStart).value)
            }
        }
        pendingStart = Self.noPending
    }

    /// Copies the scalar at `offset` to `display`, and to `analysis` either as is or as the ASCII `replacement`.
    @inline(__always)
    private mutating func write(_ offset: Int, _ length: Int, analysedAs replacement: UInt8?, value: UInt32) {
        for k in 0..<length { display[displayCount + k] = input[offset + k] }
        displayCount += length
        if let replacement {
            analysis[analysisCount] = replacement
            analysisCount += 1
            diverged = true
        } else {
            for k in 0..<length { analysis[analysisCount + k] = input[offset + k] }
            analysisCount += length
        }
        lastWritten = value
        if Self.mayChangeUnderNFC(value) { mayNeedNFC = true }
    }

    @inline(__always)
    private mutating func writeSpace() {
        display[displayCount] = 0x20
        analysis[analysisCount] = 0x20
        displayCount += 1
        analysisCount += 1
        lastWritten = 0x20
    }

    /// False for scalars in ranges where every scalar is NFC-stable on its own and cannot combine with a neighbour
    /// (NFC quick check "yes", combining class 0): U+0000–U+02FF and U+2002–U+20CF.
    @inline(__always)
    private static func mayChangeUnderNFC(_ value: UInt32) -> Bool {
        value >= 0x300 && !(value >= 0x2002 && value < 0x20D0)
    }

    /// The scalar starting at `input[offset]` and its length in bytes (the input is valid UTF-8).
    @inline(__always)
    private func decode(at offset: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(input[offset])
        if lead < 0x80 { return (lead, 1) }
        let second = UInt32(input[offset + 1] & 0x3F)
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | second, 2) }
        let third = UInt32(input[offset + 2] & 0x3F)
        if lead < 0xF0 { return ((lead & 0x0F) << 12 | second << 6 | third, 3) }
        let fourth = UInt32(input[offset + 3] & 0x3F)
        return ((lead & 0x07) << 18 | second << 12 | third << 6 | fourth, 4)
    }
}
