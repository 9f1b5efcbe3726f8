// Licensed under the Apache License, Version 2.0.

/// What `TextNormalizer` does with one Unicode scalar; the rules are explained in `TextNormalizer`'s doc comment.
///
/// Both renderings are derived from this one table, which is what keeps `display` and `analysis` aligned.
enum ScalarRole: Equatable {
    /// Copied unchanged to both renderings.
    case keep
    /// Copied to `display`; `analysis` gets this ASCII byte instead (’ → ', “ → ", ‑ → -).
    case keepAnalysedAs(UInt8)
    /// Removed from both renderings: controls and invisible format characters.
    case remove
    /// U+0020 and tab.
    case space
    /// No-break and other typographic spaces: kept in `display` by default, a plain space in `analysis`.
    case typographicSpace
    /// LF, CR, VT, FF, NEL, U+2028, U+2029: a line break inside the paragraph, written as a space.
    case lineBreak
    /// U+200D ZERO WIDTH JOINER: kept only between two emoji (👩‍💻), removed elsewhere.
    case zeroWidthJoiner

    /// The role of the scalar with value `value`.
    @inline(__always)
    static func of(_ value: UInt32) -> ScalarRole {
        if value < 0x80 { return ofASCII(value) }
        // Fast exit for Latin letters (é, ç, œ …), the bulk of non-ASCII French text.
        if value >= 0xC0 && value < 0x2BC { return .keep }
        return ofOther(value)
    }

    @inline(__always)
    private static func ofASCII(_ value: UInt32) -> ScalarRole {
        switch value {
        case 0x20, 0x09: .space
        case 0x0A, 0x0B, 0x0C, 0x0D: .lineBreak
        case 0x60: .keepAnalysedAs(0x27)            // ` → '
        case 0x00...0x1F, 0x7F: .remove
        default: .keep
        }
    }

    private static func ofOther(_ value: UInt32) -> ScalarRole {
        switch value {
        case 0x85: .lineBreak                        // NEL
        case 0x80...0x9F: .remove                    // C1 controls
        case 0xA0: .typographicSpace                 // NO-BREAK SPACE
        case 0xAD: .remove                           // SOFT HYPHEN
        case 0xB4: .keepAnalysedAs(0x27)             // ´ → '
        case 0x2BC: .keepAnalysedAs(0x27)            // ʼ → '
        case 0x61C, 0x180E: .remove                  // ARABIC LETTER MARK, MONGOLIAN VOWEL SEPARATOR
        case 0x1680: .typographicSpace               // OGHAM SPACE MARK
        case 0x2000...0x200A: .typographicSpace      // en quad … hair space (incl. U+2007 FIGURE SPACE)
        case 0x200B, 0x200C, 0x200E, 0x200F: .remove // ZWSP, ZWNJ, LRM, RLM
        case 0x200D: .zeroWidthJoiner
        case 0x2010, 0x2011: .keepAnalysedAs(0x2D)   // HYPHEN, NON-BREAKING HYPHEN → -
        case 0x2018, 0x2019, 0x201B: .keepAnalysedAs(0x27)           // ‘ ’ ‛ → '
        case 0x201C, 0x201D, 0x201E, 0x201F: .keepAnalysedAs(0x22)   // “ ” „ ‟ → "
        case 0x2028, 0x2029: .lineBreak              // LINE / PARAGRAPH SEPARATOR
        case 0x202A...0x202E: .remove                // bidi embeddings and overrides
        case 0x202F: .typographicSpace               // NARROW NO-BREAK SPACE
        case 0x2032: .keepAnalysedAs(0x27)           // ′ → '
        case 0x2033: .keepAnalysedAs(0x22)           // ″ → "
        case 0x205F: .typographicSpace               // MEDIUM MATHEMATICAL SPACE
        case 0x2060...0x2064: .remove                // WORD JOINER, invisible operators
        case 0x2066...0x206F: .remove                // bidi isolates, deprecated format characters
        case 0x2212: .keepAnalysedAs(0x2D)           // MINUS SIGN → -
        case 0x3000: .typographicSpace               // IDEOGRAPHIC SPACE
        case 0xFEFF: .remove                         // BOM / ZERO WIDTH NO-BREAK SPACE
        case 0xFFF9...0xFFFB: .remove                // interlinear annotation controls
        default: .keep
        }
    }

    /// The `analysis` scalar for a scalar of `display`.
    static func analysisScalar(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch of(scalar.value) {
        case .keepAnalysedAs(let byte): Unicode.Scalar(byte)
        case .space, .typographicSpace, .lineBreak: " "
        case .keep, .remove, .zeroWidthJoiner: scalar
        }
    }

    /// Whether a ZERO WIDTH JOINER after `scalar` can continue an emoji sequence (emoji, skin-tone modifiers and
    /// the emoji presentation selector U+FE0F).
    static func endsEmoji(_ value: UInt32) -> Bool {
        value == 0xFE0F || startsEmoji(value)
    }

    /// Whether a ZERO WIDTH JOINER before `scalar` can join it to a preceding emoji.
    static func startsEmoji(_ value: UInt32) -> Bool {
        guard value >= 0xA9, let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.isEmoji
    }
}
