// Licensed under the Apache License, Version 2.0.

/// English senses that a neighbouring French word selects (`fr-en.sense-contexts.tsv`:
/// `fr_lemma<TAB>pos<TAB>side<TAB>context_lemma<TAB>en_lemma<TAB>score`), learnt from aligned news text.
///
/// The context-free ranking gives one sense per lemma (« action » → "action"); a row says that next to a given
/// content word the English prefers another candidate (« action » with « prix » to its left → "share"). `side`
/// is where the neighbour stands: the nearest noun, adjective or lexical verb to the `left` or `right` in the
/// same clause, and past adjectives also the noun or verb beyond them (« constituer un nouveau gouvernement »:
/// « nouveau » and « gouvernement »). When several match, the highest `score` wins (the left one on a tie).
///
/// Several files load as layers, earlier first: a layer with any match decides, so the hand-written
/// `fr-en.sense-context-overrides.tsv` (« faire des commentaires » → "make comments") wins over the learnt rows.
public struct SenseContextLexicon: Sendable {
    /// Where the context word stands relative to the word being translated.
    public typealias Side = ContextSide
    /// One context rule's result.
    public typealias Sense = ContextChoice

    private struct Word: Hashable, Sendable {
        var lemma: String
        var pos: PartOfSpeech
    }

    private var choices = LayeredNeighbourChoices<Word>()
    /// How many of the first layers are hand-written: they still apply to a lemma whose context-free sense a
    /// hand-written override fixes (« passer » → "pass", but "spend" with « temps »).
    private var handWrittenLayers = 0

    /// Number of context rules.
    public var count: Int { choices.count }

    /// An empty lexicon (no word changes sense with its context).
    public init() {}

    /// Loads a context file.
    /// - Throws: `LexiconFormatError` naming the file and line (unknown part of speech or side, a score that is
    ///   not a number, an empty field, the same lemma, part of speech, side and context twice).
    public init(path: String) throws {
        try self.init(paths: [path])
    }

    /// Loads hand-written context files, then learnt ones, as layers consulted in that order.
    /// - Throws: `LexiconFormatError` naming the file and line.
    public init(handWritten: [String], learnt: [String]) throws {
        try self.init(paths: handWritten + learnt)
        handWrittenLayers = handWritten.count
    }

    /// Loads several context files as layers, the earlier ones consulted first.
    /// - Throws: `LexiconFormatError` naming the file and line.
    public init(paths: [String]) throws {
        let columns = NeighbourChoices<Word>.Columns(side: 2, context: 3, english: 4, score: 5, subjectName: "lemma")
        choices = try LayeredNeighbourChoices(paths: paths, columnCount: 6, columns: columns) { table, row in
            let pos = PartOfSpeech(apertium: table.string(row: row, column: 1)[...])
            guard pos != .other, pos != .punctuation else { throw table.error(row: row, "unknown part of speech") }
            let lemma = table.string(row: row, column: 0)
            return (Word(lemma: lemma, pos: pos), lemma)
        }
    }

    /// The sense `lemma` as `pos` takes when `context` (a lemma, lower-cased) is its nearest content word on
    /// `side`, or nil.
    public func sense(_ lemma: String, _ pos: PartOfSpeech, _ side: Side, context: String) -> Sense? {
        choices.choice(Word(lemma: lemma, pos: pos), side, context: context)
    }

    /// The sense chosen by the neighbours `left` and `right` (nil where there is none): the higher-scored match,
    /// the left one on a tie; with `handWrittenOnly`, from the hand-written layers alone.
    public func sense(_ lemma: String, _ pos: PartOfSpeech, left: String?, right: String?,
                      handWrittenOnly: Bool = false) -> String? {
        sense(lemma, pos, left: left.map { [$0] } ?? [], right: right.map { [$0] } ?? [],
              handWrittenOnly: handWrittenOnly)
    }

    /// The sense chosen by several neighbours on each side, nearest first (the nearest content word, and past
    /// adjectives the noun or verb beyond them): the highest-scored match, on a tie the left side's, then the nearer
    /// one; with `handWrittenOnly`, from the hand-written layers alone.
    public func sense(_ lemma: String, _ pos: PartOfSpeech, left: [String], right: [String],
                      handWrittenOnly: Bool = false) -> String? {
        choices.english(Word(lemma: lemma, pos: pos), left: left, right: right,
                        layers: handWrittenOnly ? handWrittenLayers : .max)
    }
}
