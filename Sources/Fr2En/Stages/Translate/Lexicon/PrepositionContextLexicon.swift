// Licensed under the Apache License, Version 2.0.

/// English prepositions that a neighbouring word selects for a French preposition
/// (`fr-en.preposition-contexts.tsv`: `french<TAB>side<TAB>context_lemma<TAB>english<TAB>score`), learnt from
/// aligned news text.
///
/// The closed-class list gives every preposition one English (« à » → "to"); a row says that next to a given word
/// English prefers another (« augmenter de » → "increase by", « à l'hôpital » → "in hospital") or none (`_`:
/// « permettre aux élèves » → "allow the pupils"). The `left`
/// context is the governor (the nearest noun, adjective or lexical verb before the preposition, across adverbs);
/// the `right` context is the head noun or name of its object. When both match, the higher `score` wins (the
/// left one on a tie).
///
/// Several files load as layers, earlier first: a layer with any match decides, so the hand-written
/// `fr-en.preposition-overrides.tsv` (« résister à la pression » → "resist the pressure") wins over the learnt
/// rows.
public struct PrepositionContextLexicon: Sendable {
    /// Where the context word stands relative to the preposition: `left`, the word the prepositional phrase
    /// depends on; `right`, the head of the preposition's object.
    public typealias Side = ContextSide
    /// One context rule's result.
    public typealias Choice = ContextChoice

    private var choices = LayeredNeighbourChoices<String>()

    /// Number of context rules.
    public var count: Int { choices.count }

    /// An empty lexicon (every preposition keeps its closed-class English).
    public init() {}

    /// Loads a context file.
    /// - Throws: `LexiconFormatError` naming the file and line (unknown side, a score that is not a number, an
    ///   empty field, the same preposition, side and context twice).
    public init(path: String) throws {
        try self.init(paths: [path])
    }

    /// Loads several context files as layers, the earlier ones consulted first.
    /// - Throws: `LexiconFormatError` naming the file and line.
    public init(paths: [String]) throws {
        let columns = NeighbourChoices<String>.Columns(side: 1, context: 2, english: 3, score: 4,
                                                       subjectName: "preposition")
        choices = try LayeredNeighbourChoices(paths: paths, columnCount: 5, columns: columns) { table, row in
            let preposition = table.string(row: row, column: 0)
            return (preposition, preposition)
        }
    }

    /// The English `preposition` (a lemma, lower-cased) takes when `context` (a lemma, lower-cased) stands on
    /// `side`, or nil: the first layer's rule.
    public func choice(_ preposition: String, _ side: Side, context: String) -> Choice? {
        choices.choice(preposition, side, context: context)
    }

    /// The English chosen by the governor `left` and the object head `right` (nil where there is none): in the
    /// first layer that has a match, the higher-scored one, the left one on a tie.
    public func english(_ preposition: String, left: String?, right: String?) -> String? {
        choices.english(preposition, left: left, right: right)
    }
}
