// Licensed under the Apache License, Version 2.0.

import CICU

/// The Unicode sentence-break class (UAX #29) of a scalar, reduced to what decides where ICU's sentence rules may end
/// a sentence.
public enum SentenceBreakClass: UInt8, Sendable {
    case other
    /// STerm or ATerm: `.` `?` `!` and their counterparts in other scripts.
    case terminator
    /// Close: quotation marks, brackets and parentheses, opening ones included.
    case close
    /// Sp: spaces other than line and paragraph separators.
    case space
    /// Sep, CR, LF.
    case separator
    /// Extend or Format: marks that belong to the scalar before them.
    case ignored
    /// SContinue: `,` `-` `:`…
    case continuation
    case numeric
}

/// Sentence-break classes from ICU's own property data, with the ASCII ones in a table.
public struct SentenceBreakClasses: Sendable {
    private let ascii: [SentenceBreakClass]
    /// Paragraph separators and the terminators other than `.` `?` `!`.
    private let rareBreaks: ICUCharacterSet

    /// - Throws: `ICUError` if ICU lacks the sentence-break property data.
    public init() throws {
        ascii = (0..<128).map { Self.icuClass(of: UInt32($0)) }
        rareBreaks = try ICUCharacterSet(pattern: "[[:Sentence_Break=STerm:][:Sentence_Break=ATerm:]"
            + "[:Sentence_Break=Sep:][:Sentence_Break=CR:][:Sentence_Break=LF:]-[.?!]]")
    }

    @inline(__always)
    public func of(_ c: UInt32) -> SentenceBreakClass {
        c < 0x80 ? ascii[Int(c)] : Self.icuClass(of: c)
    }

    /// True for paragraph separators and the terminators other than `.` `?` `!`: text without them can end a
    /// sentence only after `.` `?` `!`.
    @inline(__always)
    public func isRareBreak(_ c: UInt32) -> Bool {
        rareBreaks.contains(c)
    }

    private static func icuClass(of c: UInt32) -> SentenceBreakClass {
        switch cicu_sentence_break_class(c) {
        case CICU_SB_TERMINATOR: return .terminator
        case CICU_SB_CLOSE: return .close
        case CICU_SB_SPACE: return .space
        case CICU_SB_SEPARATOR: return .separator
        case CICU_SB_IGNORED: return .ignored
        case CICU_SB_CONTINUATION: return .continuation
        case CICU_SB_NUMERIC: return .numeric
        default: return .other
        }
    }
}
