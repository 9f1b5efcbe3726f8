// Licensed under the Apache License, Version 2.0.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the glossary file format into entries, rejecting bad lines with `file:line`.
///
/// The format (also in `Lexicons/README.md`, "Glossary format"):
/// - UTF-8 text (a leading byte-order mark is skipped), LF or CRLF line ends.
/// - One entry per line: `French term<TAB>English term`, optionally `<TAB>note`. Fields are trimmed of surrounding
///   whitespace; an empty note counts as no note.
/// - Lines whose first non-blank character is `#` are comments; blank lines are ignored. A `#` later in a line is
///   text (`C#`), not a comment.
/// - Header line: optional. The first non-comment line is skipped when its first two fields are `French`/`fr` and
///   `English`/`en` (any case), as spreadsheets export.
/// - Errors, each naming `file:line`: invalid UTF-8 (with its byte offset in the file), a control character other
///   than tab, no tab, an empty or whitespace-only French or English field, more than three fields. The same term
///   twice in one file (same canonical form, see `GlossaryTermTable`) is also an error, found when the glossary is
///   compiled (`Glossary.load`, `Glossary(parsing:name:priority:)`); across files the later file wins instead.
///
/// Example (`⇥` stands for a tab):
/// ```
/// # French term ⇥ English term ⇥ note
/// État islamique⇥Islamic State
/// OCS⇥SCO⇥Organisation de coopération de Shanghai
/// ```
enum GlossaryParser {
    /// Parses the bytes of a glossary file, appending its entries and their canonical forms.
    /// - Parameters:
    ///   - bytes: the whole file.
    ///   - file: the name used in entries' origins and in errors.
    ///   - priority: the rank given to every entry (see `GlossaryOrigin.priority`).
    ///   - entries: receives the entries in file order.
    ///   - terms: receives their canonical forms (duplicates are not checked here).
    /// - Throws: `GlossaryError` for the first bad line.
    /// - Complexity: O(bytes); ICU runs only on fields holding scalars at or above U+0300.
    static func parse(_ bytes: [UInt8], file: String, priority: Int, into entries: inout [GlossaryEntry],
                      terms: inout GlossaryTermTable) throws {
        try bytes.withUnsafeBufferPointer {
            try parse(buffer: $0, file: file, priority: priority, into: &entries, terms: &terms)
        }
    }

    private static func parse(buffer: UnsafeBufferPointer<UInt8>, file: String, priority: Int,
                              into entries: inout [GlossaryEntry], terms: inout GlossaryTermTable) throws {
        terms.reserveCapacity(terms: terms.count + buffer.count / 32, scalars: terms.scalars.count + buffer.count / 2)
        guard let base = buffer.baseAddress else { return }
        var lineNumber = 0
        var lineStart = 0
        var sawData = false
        var tabs: [Int] = []
        if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { lineStart = 3 }
        while lineStart < buffer.count {
            lineNumber += 1
            var lineEnd = buffer.count
            if let newline = memchr(base + lineStart, 0x0A, buffer.count - lineStart) {
                lineEnd = base.distance(to: newline.assumingMemoryBound(to: UInt8.self))
            }
            let next = lineEnd + 1
            if lineEnd > lineStart && buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            defer { lineStart = next }

            // Blank and comment lines.
            var firstText = lineStart
            while firstText < lineEnd && (buffer[firstText] == 0x20 || buffer[firstText] == 0x09) { firstText += 1 }
            if firstText == lineEnd || buffer[firstText] == 0x23 { continue }

            // Validity, and where the tabs are.
            tabs.removeAll(keepingCapacity: true)
            var isASCII = true
            for index in lineStart..<lineEnd {
                let byte = buffer[index]
                if byte == 0x09 {
                    tabs.append(index)
                } else if byte < 0x20 || byte == 0x7F {
                    throw GlossaryError.controlCharacter(file: file, line: lineNumber, byteOffset: index)
                } else if byte >= 0x80 {
                    isASCII = false
                }
            }
            if !isASCII, let bad = firstInvalidUTF8(buffer, from: lineStart, to: lineEnd) {
                throw GlossaryError.invalidUTF8(file: file, line: lineNumber, byteOffset: bad)
            }
            if tabs.isEmpty { throw GlossaryError.missingTab(file: file, line: lineNumber) }
            if tabs.count > 2 {
                throw GlossaryError.tooManyFields(file: file, line: lineNumber, count: tabs.count + 1)
            }

            let frenchRange = try field(buffer, lineStart..<tabs[0], column: .french, file: file, line: lineNumber)
            let englishEnd = tabs.count > 1 ? tabs[1] : lineEnd
            let englishRange = try field(buffer, tabs[0] + 1..<englishEnd, column: .english, file: file,
                                         line: lineNumber)
            let french = string(buffer, frenchRange), english = string(buffer, englishRange)
            var note: String?
            if tabs.count > 1 {
                let noteRange = trimmed(buffer, tabs[1] + 1..<lineEnd)
                if !noteRange.isEmpty { note = string(buffer, noteRange) }
            }
            defer { sawData = true }
            if !sawData && isHeader(french: french, english: english) { continue }

            entries.append(GlossaryEntry(term: french, translation: english, note: note,
                                         origin: GlossaryOrigin(priority: priority, file: file, line: lineNumber)))
            if french.utf8.count == frenchRange.count {
                terms.append(utf8: UnsafeBufferPointer(rebasing: buffer[frenchRange]))
            } else {
                terms.append(french)  // composed by ICU: the bytes changed
            }
        }
    }

    /// The trimmed byte range of a required field.
    /// - Throws: `emptyField` or `whitespaceOnlyField`.
    private static func field(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                              column: GlossaryError.Column, file: String, line: Int) throws -> Range<Int> {
        if range.isEmpty { throw GlossaryError.emptyField(file: file, line: line, column: column) }
        let text = trimmed(buffer, range)
        if text.isEmpty { throw GlossaryError.whitespaceOnlyField(file: file, line: line, column: column) }
        return text
    }

    /// The text of `range` (valid UTF-8), in NFC.
    private static func string(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        let text = String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
        for index in range where buffer[index] >= 0xCC { return GlossaryTermTable.composed(text) }
        return text
    }

    /// `range` without leading and trailing whitespace: spaces, no-break spaces and every other Unicode
    /// White_Space character that may occur inside a line.
    private static func trimmed(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        while start < end, let length = whitespaceLength(buffer, at: start, limit: end) { start += length }
        while end > start, let length = whitespaceLengthBefore(buffer, end, limit: start) { end -= length }
        return start..<end
    }

    /// The byte length of the whitespace scalar starting at `index`, if there is one.
    private static func whitespaceLength(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, limit: Int) -> Int? {
        for length in 1...3 where index + length <= limit
            && isWhitespace(UnsafeBufferPointer(rebasing: buffer[index..<index + length])) {
            return length
        }
        return nil
    }

    /// The byte length of the whitespace scalar ending just before `end`, if there is one.
    private static func whitespaceLengthBefore(_ buffer: UnsafeBufferPointer<UInt8>, _ end: Int, limit: Int) -> Int? {
        for length in 1...3 where end - length >= limit
            && isWhitespace(UnsafeBufferPointer(rebasing: buffer[end - length..<end])) {
            return length
        }
        return nil
    }

    /// Whether `bytes` is exactly the UTF-8 of U+0020, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029,
    /// U+202F, U+205F or U+3000 (the White_Space characters other than tab and line ends).
    private static func isWhitespace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch bytes.count {
        case 1: return bytes[0] == 0x20
        case 2: return bytes[0] == 0xC2 && (bytes[1] == 0x85 || bytes[1] == 0xA0)
        case 3:
            switch (bytes[0], bytes[1], bytes[2]) {
            case (0xE1, 0x9A, 0x80), (0xE2, 0x80, 0x80...0x8A), (0xE2, 0x80, 0xA8), (0xE2, 0x80, 0xA9),
                 (0xE2, 0x80, 0xAF), (0xE2, 0x81, 0x9F), (0xE3, 0x80, 0x80):
                return true
            default:
                return false
            }
        default: return false
        }
    }

    private static func isHeader(french: String, english: String) -> Bool {
        let french = french.lowercased(), english = english.lowercased()
        return (french == "french" || french == "fr") && (english == "english" || english == "en")
    }

    /// The offset of the first byte in `start..<end` that does not start a valid UTF-8 sequence (overlong forms,
    /// surrogates, values above U+10FFFF and truncated sequences are invalid).
    static func firstInvalidUTF8(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        var index = start
        while index < end {
            let lead = buffer[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            for offset in 1..<length {
                let position = index + offset
                guard position < end else { return index }
                let byte = buffer[position]
                let (minimum, maximum) = offset == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
                guard byte >= minimum && byte <= maximum else { return index }
            }
            index += length
        }
        return nil
    }
}
