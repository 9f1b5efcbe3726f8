// Licensed under the Apache License, Version 2.0.

/// The canonical forms of a list of glossary terms, stored flat (one buffer of scalars, one offset per term).
///
/// The canonical form of a term is what is matched, and what decides that two lines define the same term: the term
/// in NFC, without leading or trailing whitespace, with every whitespace run as one U+0020 and with typographic
/// apostrophes and hyphens unified (`l’Intérieur` → `l'Intérieur`). Case and accents are kept: `État islamique`
/// and `Etat islamique` are different terms (both match `ETAT ISLAMIQUE`). A term that is only whitespace has an
/// empty form.
struct GlossaryTermTable: Sendable {
    /// The canonical scalars of every term, one after the other.
    private(set) var scalars: [Unicode.Scalar] = []
    /// Term `t` is `scalars[offsets[t]..<offsets[t + 1]]`.
    private(set) var offsets: [Int32] = [0]

    init() {}

    /// A table of the canonical forms of `terms`.
    init(_ terms: some Sequence<String>) {
        for term in terms { append(term) }
    }

    /// The number of terms.
    var count: Int { offsets.count - 1 }

    /// The canonical form of term `index`.
    subscript(index: Int) -> ArraySlice<Unicode.Scalar> {
        scalars[Int(offsets[index])..<Int(offsets[index + 1])]
    }

    mutating func reserveCapacity(terms: Int, scalars scalarCount: Int) {
        offsets.reserveCapacity(terms + 1)
        scalars.reserveCapacity(scalarCount)
    }

    /// Adds the canonical form of `term`.
    mutating func append(_ term: String) {
        var text = Self.composed(term)
        text.withUTF8 { append(utf8: $0) }
    }

    /// Adds the canonical form of a term given as valid UTF-8 already in NFC.
    mutating func append(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        let start = scalars.count
        var pendingSpace = false
        var index = 0
        while index < bytes.count {
            let lead = UInt32(bytes[index])
            var value = lead
            var length = 1
            if lead >= 0xF0 {
                length = 4
                value = lead & 0x07
            } else if lead >= 0xE0 {
                length = 3
                value = lead & 0x0F
            } else if lead >= 0xC0 {
                length = 2
                value = lead & 0x1F
            }
            for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
            index += length
            let unified = GlossaryScalarFolding.unified(Unicode.Scalar(value) ?? "\u{FFFD}")
            if unified == " " {
                pendingSpace = scalars.count > start
                continue
            }
            if pendingSpace {
                scalars.append(" ")
                pendingSpace = false
            }
            scalars.append(unified)
        }
        offsets.append(Int32(scalars.count))
    }

    /// `text` in NFC; ICU is called only when a scalar at or above U+0300 occurs (all scalars below are NFC-stable).
    static func composed(_ text: String) -> String {
        var text = text
        let needsICU = text.withUTF8 { bytes in bytes.contains { $0 >= 0xCC } }
        guard needsICU else { return text }
        return (try? ICUText.normalize(text, form: .nfc)) ?? text
    }
}
