// Licensed under the Apache License, Version 2.0.

/// The roles scalars play around sentence boundaries, as the splitter's repair pass sees them.
///
/// These are script-level typographic classes (which marks end, open or close a sentence), not French word lists,
/// so they live in code; abbreviations are data (`AbbreviationList`).
enum SentencePunctuation {
    /// How the first word after a candidate boundary starts.
    enum Onset: Equatable {
        case uppercase
        case lowercase
        case digit
        /// `,` `;` `:`: punctuation that continues the sentence before it (`« Quelle chance ! », dit-il`).
        case continuation
        /// Punctuation or a symbol that is not an opening mark.
        case other
        /// Nothing follows.
        case end
    }

    /// What ends the text before a candidate boundary.
    enum Terminator: Equatable {
        /// One `.`, which may also end an abbreviation, an initial or a number.
        case period
        /// `…`, or `.` after `.` (`...`).
        case ellipsis
        /// `?`, `!` and their runs and combinations (`?!`, `!!!`, `‼`).
        case strong
        /// Anything else ICU broke after (a line separator, a CJK full stop…).
        case other
    }

    /// Unicode White_Space.
    @inline(__always)
    static func isSpace(_ c: UInt32) -> Bool {
        if c < 0x80 { return c == 0x20 || (c >= 0x09 && c <= 0x0D) }
        switch c {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Marks that close a quotation or parenthesis and stay with the sentence before them.
    /// `"` is a closer only when no letter or digit follows it (see `isCloser(_:at:)`).
    @inline(__always)
    static func isAlwaysCloser(_ c: UInt32) -> Bool {
        switch c {
        case 0x29, 0x5D, 0x7D, 0xBB, 0x201D, 0x203A: return true  // ) ] } » ” ›
        default: return false
        }
    }

    /// Marks that open a quotation, parenthesis or dialogue turn and stay with the sentence after them.
    @inline(__always)
    static func isOpener(_ c: UInt32) -> Bool {
        switch c {
        case 0x22, 0x27, 0x28, 0x2D, 0x5B, 0x7B: return true  // " ' ( - [ {
        case 0xA1, 0xAB, 0xBF: return true  // ¡ « ¿
        case 0x2013, 0x2014, 0x2015, 0x2018, 0x201C, 0x201E, 0x2039: return true  // – — ― ‘ “ „ ‹
        default: return false
        }
    }

    /// `?`, `!` and the other sentence terminators that are never abbreviation periods.
    @inline(__always)
    static func isStrongTerminator(_ c: UInt32) -> Bool {
        switch c {
        case 0x21, 0x3F, 0x203C, 0x203D, 0x2047, 0x2048, 0x2049, 0x3002, 0xFF01, 0xFF1F, 0xFF61: return true
        default: return false
        }
    }

    static let period: UInt32 = 0x2E
    static let ellipsis: UInt32 = 0x2026
    static let apostrophe: UInt32 = 0x27
    static let typographicApostrophe: UInt32 = 0x2019
    static let hyphen: UInt32 = 0x2D
    static let doubleQuote: UInt32 = 0x22

    @inline(__always)
    static func isUppercase(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x41 && c <= 0x5A }
        guard let scalar = Unicode.Scalar(c) else { return false }
        return scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter
    }

    @inline(__always)
    static func isLowercase(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x61 && c <= 0x7A }
        guard let scalar = Unicode.Scalar(c) else { return false }
        return scalar.properties.isLowercase
    }

    @inline(__always)
    static func isDigit(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x30 && c <= 0x39 }
        guard let scalar = Unicode.Scalar(c) else { return false }
        return scalar.properties.generalCategory == .decimalNumber
    }

    /// A letter or a digit: what makes a run of text a sentence rather than stray punctuation.
    @inline(__always)
    static func isAlphanumeric(_ c: UInt32) -> Bool {
        if c < 0x80 { return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || (c >= 0x30 && c <= 0x39) }
        guard let scalar = Unicode.Scalar(c) else { return false }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.generalCategory == .decimalNumber
    }

    /// How a word starting with `c` begins.
    @inline(__always)
    static func onset(_ c: UInt32) -> Onset {
        if isUppercase(c) { return .uppercase }
        if isLowercase(c) { return .lowercase }
        if isDigit(c) { return .digit }
        if c == 0x2C || c == 0x3B || c == 0x3A { return .continuation }
        if c < 0x80 { return .other }
        // Letters without case (CJK, Arabic…) start a sentence like a capital does.
        return Unicode.Scalar(c)?.properties.isAlphabetic == true ? .uppercase : .other
    }
}
