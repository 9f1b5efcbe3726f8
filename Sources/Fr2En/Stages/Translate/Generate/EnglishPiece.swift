// Licensed under the Apache License, Version 2.0.

/// One piece of English output before spacing and capitalisation.
enum EnglishPiece: Sendable, Hashable {
    /// Which side of a quotation a quotation mark stands on.
    enum QuoteSide: Sendable, Hashable {
        case opening, closing
    }

    /// A word or punctuation mark produced by the translator (may contain spaces: "no longer").
    case word(String)
    /// A protected glossary term, emitted unchanged.
    case term(GlossaryMatch)
    /// A French word with no translation, copied through.
    case unknown(String)
    /// A quotation mark whose side is known; a straight `"` whose side the French spacing does not show stays a
    /// `.word` until the generator pairs it up.
    case quote(String, QuoteSide)

    var text: String {
        switch self {
        case .word(let text), .unknown(let text), .quote(let text, _): text
        case .term(let match): match.target
        }
    }
}
