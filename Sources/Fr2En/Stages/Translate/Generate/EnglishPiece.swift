// Licensed under the Apache License, Version 2.0.

/// One piece of English output before spacing and capitalisation.
enum EnglishPiece: Sendable, Hashable {
    /// A word or punctuation mark produced by the translator (may contain spaces: "no longer").
    case word(String)
    /// A protected glossary term, emitted unchanged.
    case term(GlossaryMatch)
    /// A French word with no translation, copied through.
    case unknown(String)

    var text: String {
        switch self {
        case .word(let text), .unknown(let text): text
        case .term(let match): match.target
        }
    }
}
