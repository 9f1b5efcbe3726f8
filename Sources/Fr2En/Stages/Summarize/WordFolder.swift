// Licensed under the Apache License, Version 2.0.

/// Lowercases words and strips their diacritics ("État" → "etat", "Straße" → "strasse") for matching.
///
/// The folding of every scalar below U+0530 (Latin, IPA, Greek, Cyrillic) is computed once with ICU (NFD, full
/// case folding, combining marks dropped) into a table; other scalars fall back to their lowercase mapping.
/// Folding a word is then a table lookup per scalar, with no allocation beyond the output.
public struct WordFolder: Sendable {
    private static let tableLimit: UInt32 = 0x0530
    private let table: [[UInt8]]

    /// - Throws: `ICUError` if ICU cannot normalise (it always can for these scalars).
    public init() throws {
        var table: [[UInt8]] = []
        table.reserveCapacity(Int(Self.tableLimit))
        for value in 0..<Self.tableLimit {
            guard let scalar = Unicode.Scalar(value) else {
                table.append([])
                continue
            }
            if value < 0x80 {
                let lower = (0x41...0x5A).contains(value) ? value + 0x20 : value
                table.append([UInt8(lower)])
                continue
            }
            let folded = try ICUText.foldCase(ICUText.normalize(String(scalar), form: .nfd))
            var bytes: [UInt8] = []
            for part in folded.unicodeScalars where part.properties.generalCategory != .nonspacingMark {
                bytes.append(contentsOf: String(part).utf8)
            }
            table.append(bytes)
        }
        self.table = table
    }

    /// Appends the folded UTF-8 form of `scalar` to `out`.
    @inline(__always)
    public func fold(_ scalar: Unicode.Scalar, into out: inout [UInt8]) {
        if scalar.value < Self.tableLimit {
            out.append(contentsOf: table[Int(scalar.value)])
        } else if scalar.properties.generalCategory != .nonspacingMark {
            out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
        }
    }

    /// The folded form of `text`.
    public func fold(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { fold(scalar, into: &out) }
        return String(decoding: out, as: UTF8.self)
    }
}
