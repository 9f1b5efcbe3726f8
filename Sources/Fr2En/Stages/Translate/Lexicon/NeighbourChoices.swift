// Licensed under the Apache License, Version 2.0.

/// Which neighbour a learnt context rule looks at (`fr-en.sense-contexts.tsv`, `fr-en.preposition-contexts.tsv`).
public enum ContextSide: String, Sendable, Hashable, CaseIterable {
    /// The word before: the nearest content word, or the word a preposition depends on.
    case left
    /// The word after: the nearest content word, or the head of a preposition's object.
    case right
}

/// What one context rule selects: an English word and how strongly the training data backs it.
public struct ContextChoice: Sendable, Hashable {
    public var english: String
    public var score: Double
}

/// Rules "`subject` next to `context` on `side` → English", as both learnt context files state them, and the choice
/// between a left and a right match: the higher score, the left one on a tie.
///
/// `Subject` is what the rule translates: a lemma and part of speech for senses, a preposition for prepositions.
struct NeighbourChoices<Subject: Hashable & Sendable>: Sendable {
    private struct Key: Hashable {
        var subject: Subject
        var side: ContextSide
        var context: String
    }

    /// Where a file keeps the columns every context rule has.
    struct Columns {
        var side: Int
        var context: Int
        var english: Int
        var score: Int
        /// What the subject is called in the message for an empty field ("lemma", "preposition").
        var subjectName: String
    }

    private var choices: [Key: ContextChoice] = [:]

    var count: Int { choices.count }

    init() {}

    /// Reads one rule per row; `subject` reads a row's subject and its text (checked for emptiness), throwing for
    /// a bad one.
    /// - Throws: `LexiconFormatError` naming the file and line (unknown side, a score that is not a number, an
    ///   empty field, the same subject, side and context twice).
    init(table: TSVTable, columns: Columns, subject: (Int) throws -> (Subject, text: String)) throws {
        choices.reserveCapacity(table.count)
        for row in 0..<table.count {
            let (subject, text) = try subject(row)
            guard let side = ContextSide(rawValue: table.string(row: row, column: columns.side)) else {
                throw table.error(row: row, "side must be left or right")
            }
            guard let score = table.number(row: row, column: columns.score), score.isFinite else {
                throw table.error(row: row, "score is not a number")
            }
            let key = Key(subject: subject, side: side, context: table.string(row: row, column: columns.context))
            let english = table.string(row: row, column: columns.english)
            guard !text.isEmpty, !key.context.isEmpty, !english.isEmpty else {
                throw table.error(row: row, "empty \(columns.subjectName), context or English")
            }
            guard choices[key] == nil else { throw table.error(row: row, "the same context is listed twice") }
            choices[key] = ContextChoice(english: english, score: score)
        }
    }

    /// The rule for `subject` with `context` (a lemma, lower-cased) on `side`, or nil.
    func choice(_ subject: Subject, _ side: ContextSide, context: String) -> ContextChoice? {
        choices[Key(subject: subject, side: side, context: context)]
    }

    /// The English chosen by the neighbours `left` and `right` (nil where there is none): the higher-scored match,
    /// the left one on a tie.
    func english(_ subject: Subject, left: String?, right: String?) -> String? {
        english(subject, left: left.map { [$0] } ?? [], right: right.map { [$0] } ?? [])
    }

    /// The English chosen by several neighbours on each side (nearest first): the highest-scored match, on a tie
    /// the left side's, then the nearer one.
    func english(_ subject: Subject, left: [String], right: [String]) -> String? {
        var best: ContextChoice?
        for (side, contexts) in [(ContextSide.left, left), (.right, right)] {
            for context in contexts {
                if let found = choice(subject, side, context: context), found.score > best?.score ?? -.infinity {
                    best = found
                }
            }
        }
        return best?.english
    }
}

/// Context rules from several files read as layers, earlier first: the first layer with a match decides, so a
/// hand-written file wins over a learnt one (`fr-en.preposition-overrides.tsv`, `fr-en.sense-context-overrides.tsv`).
struct LayeredNeighbourChoices<Subject: Hashable & Sendable>: Sendable {
    /// The layers, earliest (highest priority) first.
    private var layers: [NeighbourChoices<Subject>] = []

    /// Number of rules in all layers.
    var count: Int { layers.reduce(0) { $0 + $1.count } }

    init() {}

    /// Reads each file of `paths` (`columnCount` columns) as a layer, with
    /// `NeighbourChoices.init(table:columns:subject:)`.
    /// - Throws: `LexiconFormatError` naming the file and line.
    init(paths: [String], columnCount: Int, columns: NeighbourChoices<Subject>.Columns,
         subject: (TSVTable, Int) throws -> (Subject, text: String)) throws {
        for path in paths {
            let table = try TSVTable(path: path, columns: columnCount, keyColumns: 0)
            layers.append(try NeighbourChoices(table: table, columns: columns) { try subject(table, $0) })
        }
    }

    /// The first layer's rule for `subject` with `context` on `side`, or nil.
    func choice(_ subject: Subject, _ side: ContextSide, context: String) -> ContextChoice? {
        for layer in layers {
            if let choice = layer.choice(subject, side, context: context) { return choice }
        }
        return nil
    }

    /// The English the neighbours choose (`NeighbourChoices.english`) in the first of the first `limit` layers
    /// that has a match, or nil.
    func english(_ subject: Subject, left: String?, right: String?, layers limit: Int = .max) -> String? {
        for layer in layers.prefix(limit) {
            if let english = layer.english(subject, left: left, right: right) { return english }
        }
        return nil
    }

    /// The English several neighbours on each side choose (`NeighbourChoices.english(_:left:right:)` with lists)
    /// in the first of the first `limit` layers that has a match, or nil.
    func english(_ subject: Subject, left: [String], right: [String], layers limit: Int = .max) -> String? {
        for layer in layers.prefix(limit) {
            if let english = layer.english(subject, left: left, right: right) { return english }
        }
        return nil
    }
}
