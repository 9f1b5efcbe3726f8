// Licensed under the Apache License, Version 2.0.

/// Glossary stage: puts the fixed English of glossary terms into a sentence and protects it from later stages.
///
/// Input: `Sentence` (matching reads `analysis`; output text comes from `text`).
/// Output: `TranslatedSentence` whose segments alternate between `.passthrough` (the French display text between
/// terms, unchanged; empty pieces are left out) and `.term` (one `GlossaryMatch` per term found, see `Glossary` for
/// the matching rules). A later translator stage translates the `.passthrough` pieces and leaves `.term` alone.
///
/// ```
/// "Le porte-parole de l'OCS est arrivé à Pékin."
///   → [.passthrough("Le "), .term(porte-parole → spokesperson), .passthrough(" de l'"), .term(OCS → SCO),
///      .passthrough(" est arrivé à "), .term(Pékin → Beijing), .passthrough(".")]
/// ```
///
/// - Complexity: see `Glossary`: linear in the sentence length times the depth reached in the term trie.
public struct GlossaryTranslator: Stage {
    public static let id = StageID.glossary

    public let glossary: Glossary

    public init(glossary: Glossary) {
        self.glossary = glossary
    }

    public func process(_ sentence: Sentence) throws -> TranslatedSentence {
        let (matches, pieces) = glossary.matchesAndPieces(in: sentence)
        var segments: [TargetSegment] = []
        segments.reserveCapacity(matches.count * 2 + 1)
        for (index, piece) in pieces.enumerated() {
            if !piece.isEmpty { segments.append(.passthrough(String(piece))) }
            if index < matches.count { segments.append(.term(matches[index])) }
        }
        return TranslatedSentence(source: sentence, segments: segments)
    }
}
