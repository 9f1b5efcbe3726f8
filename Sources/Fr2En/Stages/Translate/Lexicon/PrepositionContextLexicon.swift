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
public struct PrepositionContextLexicon: Sendable {
    /// Where the context word stands relative to the preposition.
    public enum Side: String, Sendable, Hashable, CaseIterable {
        /// The word the prepositional phrase depends on.
        case left
        /// The head of the preposition's object.
        case right
    }

    /// One context rule's result.
    public struct Choice: Sendable, Hashable {
        public var english: String
        public var score: Double
    }

    private struct Key: Hashable {
        var preposition: String
        var side: Side
        var context: String
    }

    private var choices: [Key: Choice] = [:]

    /// Number of context rules.
    public var count: Int { choices.count }

    /// An empty lexicon (every preposition keeps its closed-class English).
    public init() {}

    /// Loads a context file.
    /// - Throws: `LexiconFormatError` naming the file and line (unknown side, a score that is not a number, an
    ///   empty field, the same preposition, side and context twice).
    public init(path: String) throws {
        let table = try TSVTable(path: path, columns: 5, keyColumns: 0)
        choices.reserveCapacity(table.count)
        for row in 0..<table.count {
            guard let side = Side(rawValue: table.string(row: row, column: 1)) else {
                throw table.error(row: row, "side must be left or right")
            }
            guard let score = table.number(row: row, column: 4), score.isFinite else {
                throw table.error(row: row, "score is not a number")
            }
            let key = Key(preposition: table.string(row: row, column: 0), side: side,
                          context: table.string(row: row, column: 2))
            let english = table.string(row: row, column: 3)
            guard !key.preposition.isEmpty, !key.context.isEmpty, !english.isEmpty else {
                throw table.error(row: row, "empty preposition, context or English")
            }
            guard choices[key] == nil else { throw table.error(row: row, "the same context is listed twice") }
            choices[key] = Choice(english: english, score: score)
        }
    }

    /// The English `preposition` (a lemma, lower-cased) takes when `context` (a lemma, lower-cased) stands on
    /// `side`, or nil.
    public func choice(_ preposition: String, _ side: Side, context: String) -> Choice? {
        choices[Key(preposition: preposition, side: side, context: context)]
    }

    /// The English chosen by the governor `left` and the object head `right` (nil where there is none): the
    /// higher-scored match, the left one on a tie.
    public func english(_ preposition: String, left: String?, right: String?) -> String? {
        let fromLeft = left.flatMap { choice(preposition, .left, context: $0) }
        let fromRight = right.flatMap { choice(preposition, .right, context: $0) }
        switch (fromLeft, fromRight) {
        case (let l?, let r?): return r.score > l.score ? r.english : l.english
        case (let l?, nil): return l.english
        case (nil, let r?): return r.english
        case (nil, nil): return nil
        }
    }
}
