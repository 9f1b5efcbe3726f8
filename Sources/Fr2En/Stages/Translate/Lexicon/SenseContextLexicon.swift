// Licensed under the Apache License, Version 2.0.

/// English senses that a neighbouring French word selects (`fr-en.sense-contexts.tsv`:
/// `fr_lemma<TAB>pos<TAB>side<TAB>context_lemma<TAB>en_lemma<TAB>score`), learnt from aligned news text.
///
/// The context-free ranking gives one sense per lemma (« action » → "action"); a row says that next to a given
/// content word the English prefers another candidate (« action » with « prix » to its left → "share"). `side`
/// is where the neighbour stands: the nearest noun, adjective or lexical verb to the `left` or `right` in the
/// same clause. When both sides match, the higher `score` wins (the left one on a tie).
public struct SenseContextLexicon: Sendable {
    /// Where the context word stands relative to the word being translated.
    public enum Side: String, Sendable, Hashable, CaseIterable {
        case left
        case right
    }

    /// One context rule's result.
    public struct Sense: Sendable, Hashable {
        public var english: String
        public var score: Double
    }

    private struct Key: Hashable {
        var lemma: String
        var pos: PartOfSpeech
        var side: Side
        var context: String
    }

    private var senses: [Key: Sense] = [:]

    /// Number of context rules.
    public var count: Int { senses.count }

    /// An empty lexicon (no word changes sense with its context).
    public init() {}

    /// Loads a context file.
    /// - Throws: `LexiconFormatError` naming the file and line (unknown part of speech or side, a score that is
    ///   not a number, an empty field, the same lemma, part of speech, side and context twice).
    public init(path: String) throws {
        let table = try TSVTable(path: path, columns: 6, keyColumns: 0)
        senses.reserveCapacity(table.count)
        for row in 0..<table.count {
            let pos = PartOfSpeech(apertium: table.string(row: row, column: 1)[...])
            guard pos != .other, pos != .punctuation else { throw table.error(row: row, "unknown part of speech") }
            guard let side = Side(rawValue: table.string(row: row, column: 2)) else {
                throw table.error(row: row, "side must be left or right")
            }
            guard let score = table.number(row: row, column: 5), score.isFinite else {
                throw table.error(row: row, "score is not a number")
            }
            let key = Key(lemma: table.string(row: row, column: 0), pos: pos, side: side,
                          context: table.string(row: row, column: 3))
            let english = table.string(row: row, column: 4)
            guard !key.lemma.isEmpty, !key.context.isEmpty, !english.isEmpty else {
                throw table.error(row: row, "empty lemma, context or English")
            }
            guard senses[key] == nil else { throw table.error(row: row, "the same context is listed twice") }
            senses[key] = Sense(english: english, score: score)
        }
    }

    /// The sense `lemma` as `pos` takes when `context` (a lemma, lower-cased) is its nearest content word on
    /// `side`, or nil.
    public func sense(_ lemma: String, _ pos: PartOfSpeech, _ side: Side, context: String) -> Sense? {
        senses[Key(lemma: lemma, pos: pos, side: side, context: context)]
    }

    /// The sense chosen by the neighbours `left` and `right` (nil where there is none): the higher-scored match,
    /// the left one on a tie.
    public func sense(_ lemma: String, _ pos: PartOfSpeech, left: String?, right: String?) -> String? {
        let fromLeft = left.flatMap { sense(lemma, pos, .left, context: $0) }
        let fromRight = right.flatMap { sense(lemma, pos, .right, context: $0) }
        switch (fromLeft, fromRight) {
        case (let l?, let r?): return r.score > l.score ? r.english : l.english
        case (let l?, nil): return l.english
        case (nil, let r?): return r.english
        case (nil, nil): return nil
        }
    }
}
