// Licensed under the Apache License, Version 2.0.

/// A sentence with its English rendering, piece by piece.
public struct TranslatedSentence: Sendable, Hashable {
    /// The French sentence this translates.
    public var source: Sentence
    /// The target pieces in output order.
    public var segments: [TargetSegment]
    /// French words the translator copied through untranslated, in source order.
    public var unknownWords: [String]
    /// Set when the whole sentence was copied as it is (not French, or code); nil for a translated sentence.
    public var untranslated: UntranslatedReason?

    public init(source: Sentence, segments: [TargetSegment], unknownWords: [String] = [],
                untranslated: UntranslatedReason? = nil) {
        self.source = source
        self.segments = segments
        self.unknownWords = unknownWords
        self.untranslated = untranslated
    }

    /// The English sentence.
    public var english: String { segments.map(\.text).joined() }

    /// The glossary terms that were applied, in source order.
    public var glossaryMatches: [GlossaryMatch] {
        segments.compactMap { if case .term(let match) = $0 { match } else { nil } }
    }
}

/// One piece of a translated sentence.
public enum TargetSegment: Sendable, Hashable {
    /// A glossary term, translated as the glossary says and protected from later stages.
    case term(GlossaryMatch)
    /// Source text that no stage translated, passed through unchanged.
    case passthrough(String)
    /// Text produced by the translator.
    case translated(String)

    /// The text this piece contributes to the English sentence.
    public var text: String {
        switch self {
        case .term(let match): match.target
        case .passthrough(let text), .translated(let text): text
        }
    }
}
