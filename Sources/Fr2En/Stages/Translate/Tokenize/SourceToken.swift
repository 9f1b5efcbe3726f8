// Licensed under the Apache License, Version 2.0.

/// One French token of a sentence, as the translator sees it.
public struct SourceToken: Sendable, Hashable {
    /// What kind of text a token holds.
    public enum Kind: Sendable, Hashable {
        /// A word (possibly an elided or contracted piece: `l'`, `de` from `du`).
        case word
        /// A number, already written the English way (`3.5`, `1,000`).
        case number
        /// Punctuation or a symbol.
        case punctuation
        /// Text copied as it is: URLs, e-mail addresses.
        case verbatim
        /// A glossary term decided by the glossary stage: an opaque noun phrase.
        case term(GlossaryMatch)
    }

    /// How a token came out of the surface text.
    public struct Origin: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// Split off a contraction (`du` → `de` `le`).
        public static let contracted = Origin(rawValue: 1 << 0)
        /// A pronoun after a hyphen (`dit-il`, `a-t-elle`): subject–verb inversion.
        public static let enclitic = Origin(rawValue: 1 << 1)
        /// The first word of the sentence.
        public static let sentenceInitial = Origin(rawValue: 1 << 2)
        /// An elided word ending in an apostrophe (`l'`, `qu'`).
        public static let elided = Origin(rawValue: 1 << 3)
        /// A noun that carried the distal particle `-là` (`ce jour-là`): its demonstrative means "that".
        public static let distal = Origin(rawValue: 1 << 4)
        /// A word of a multi-word name that keeps its French spelling (`Le` of `Le Pen`, `Aires` of `Buenos Aires`;
        /// see `NameRuns`).
        public static let insideName = Origin(rawValue: 1 << 5)
    }

    /// The token's text (normalised: apostrophes as `'`, numbers the English way).
    public var text: String
    public var kind: Kind
    /// Whether whitespace preceded the token in the source.
    public var spaceBefore: Bool
    public var origin: Origin

    public init(text: String, kind: Kind, spaceBefore: Bool = true, origin: Origin = []) {
        self.text = text
        self.kind = kind
        self.spaceBefore = spaceBefore
        self.origin = origin
    }

    /// True when the token starts with an upper-case letter.
    public var isCapitalized: Bool {
        // An ASCII first byte followed by an ASCII byte (or nothing) is a one-scalar character: no need to find
        // the grapheme cluster.
        var utf8 = text.utf8.makeIterator()
        if let first = utf8.next(), first < 0x80 {
            if let second = utf8.next() {
                if second < 0x80 { return first >= 0x41 && first <= 0x5A }
            } else {
                return first >= 0x41 && first <= 0x5A
            }
        }
        return text.first?.isUppercase ?? false
    }
}
