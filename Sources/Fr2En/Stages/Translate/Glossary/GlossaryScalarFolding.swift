// Licensed under the Apache License, Version 2.0.

/// How the glossary matcher sees one Unicode scalar: a folding key plus the case facts the matching rules need.
///
/// The key of a scalar is its lowercase form without diacritics (`É`, `é`, `E`, `e` → `e`; `Œ` → `œ`). Like
/// `TextNormalizer` does for `analysis`, apostrophes `’ ‘ ‛ ʼ ´ ` ′` fold to `'`, U+2010/U+2011 hyphens and U+2212
/// minus to `-`, and every whitespace scalar to U+0020, so glossary terms and hand-built sentences fold the same
/// way as normalised text. Two scalars can only match when their keys are equal; `Glossary` then applies its case
/// and accent rules to the original scalars.
///
/// Keys and flags for U+0000–U+02FF and U+1E00–U+1EFF (Latin, including Vietnamese) come from a table built once
/// per glossary with a single ICU NFD call. Other scalars fold through the standard library's lowercase mapping,
/// without accent stripping.
struct GlossaryScalarFolding: Sendable {
    /// What the matcher knows about a scalar besides its key.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
        /// A capital letter (`É`, `A`).
        static let uppercase = Flags(rawValue: 1)
        /// A small letter (`é`, `a`).
        static let lowercase = Flags(rawValue: 2)
        /// Part of a word: letters, digits, combining marks. Apostrophes are not, so `l'` ends a word.
        static let word = Flags(rawValue: 4)
        /// Whitespace: a run of it matches one space of a term.
        static let space = Flags(rawValue: 8)
    }

    /// A scalar's key and flags.
    struct Folded: Sendable {
        var key: UInt32
        var flags: Flags
    }

    private static let latinRange: Range<UInt32> = 0..<0x300
    private static let extendedRange: Range<UInt32> = 0x1E00..<0x1F00

    private let latinKeys: [UInt32]
    private let latinFlags: [Flags]
    private let extendedKeys: [UInt32]
    private let extendedFlags: [Flags]

    /// Builds the tables (one ICU call; a few hundred microseconds).
    init() {
        let scalars = (Self.latinRange.map { $0 } + Self.extendedRange.map { $0 }).compactMap(Unicode.Scalar.init)
        // NFD of every lowercase mapping at once: U+E000 (a starter that never composes) separates the pieces.
        var joined = String.UnicodeScalarView()
        for scalar in scalars {
            if scalar.value != 0 { joined.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars) }
            joined.append(Self.separator)
        }
        let decomposed = (try? ICUText.normalize(String(joined), form: .nfd)) ?? String(joined)
        var pieces = decomposed.unicodeScalars.split(separator: Self.separator, omittingEmptySubsequences: false)
        if pieces.count != scalars.count + 1 { pieces = [] }
        var keys: [UInt32] = [], flags: [Flags] = []
        keys.reserveCapacity(scalars.count)
        flags.reserveCapacity(scalars.count)
        for (index, scalar) in scalars.enumerated() {
            var folded = Self.foldWithoutTable(scalar)
            if folded.key == scalar.value || folded.key == Self.lowercase(of: scalar).value, index < pieces.count,
               let base = Self.baseLetter(of: pieces[index]) {
                folded.key = base.value
            }
            keys.append(folded.key)
            flags.append(folded.flags)
        }
        let latinCount = Self.latinRange.count
        latinKeys = Array(keys[..<latinCount])
        latinFlags = Array(flags[..<latinCount])
        extendedKeys = Array(keys[latinCount...])
        extendedFlags = Array(flags[latinCount...])
    }

    /// The key and flags of `scalar`.
    @inline(__always)
    func fold(_ scalar: Unicode.Scalar) -> Folded {
        let value = scalar.value
        if value < 0x300 { return Folded(key: latinKeys[Int(value)], flags: latinFlags[Int(value)]) }
        if Self.extendedRange.contains(value) {
            let index = Int(value - Self.extendedRange.lowerBound)
            return Folded(key: extendedKeys[index], flags: extendedFlags[index])
        }
        return Self.foldWithoutTable(scalar)
    }

    private static let separator = Unicode.Scalar(0xE000)!

    /// Folding from Unicode properties alone: the lowercase mapping (when it is one scalar), no accent stripping.
    private static func foldWithoutTable(_ scalar: Unicode.Scalar) -> Folded {
        switch unified(scalar).value {
        case 0x27: return Folded(key: 0x27, flags: [])
        case 0x2D: return Folded(key: 0x2D, flags: [])
        case 0x20: return Folded(key: 0x20, flags: .space)
        default: break
        }
        let properties = scalar.properties
        var flags: Flags = []
        if properties.isUppercase { flags.insert(.uppercase) }
        if properties.isLowercase { flags.insert(.lowercase) }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark:
            flags.insert(.word)
        default:
            if properties.isAlphabetic || properties.numericType != nil { flags.insert(.word) }
        }
        return Folded(key: lowercase(of: scalar).value, flags: flags)
    }

    /// `scalar` with the typographic variants `TextNormalizer` unifies in `analysis` replaced: apostrophes by `'`,
    /// Unicode hyphens and minus by `-`, any whitespace by U+0020.
    static func unified(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x27, 0x60, 0xB4, 0x2BC, 0x2018, 0x2019, 0x201B, 0x2032: return "'"
        case 0x2010, 0x2011, 0x2212: return "-"
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return " "  // the Unicode White_Space property
        default: return scalar
        }
    }

    /// The lowercase mapping of `scalar` when it is a single scalar, else `scalar` itself.
    private static func lowercase(of scalar: Unicode.Scalar) -> Unicode.Scalar {
        let mapping = scalar.properties.lowercaseMapping.unicodeScalars
        guard let first = mapping.first, mapping.index(after: mapping.startIndex) == mapping.endIndex else {
            return scalar
        }
        return first
    }

    /// The first scalar of a canonical decomposition when everything after it is a combining mark.
    private static func baseLetter(of decomposition: Substring.UnicodeScalarView) -> Unicode.Scalar? {
        guard let first = decomposition.first else { return nil }
        for mark in decomposition.dropFirst() where mark.properties.canonicalCombiningClass == .notReordered {
            return nil
        }
        return first
    }
}
