// Licensed under the Apache License, Version 2.0.

/// Multi-word expressions with a fixed English rendering (`fr-en.mwe.tsv`:
/// `french<TAB>english<TAB>pos[<TAB>condition]`).
///
/// `pos` is the Apertium part of speech of the whole expression (`adv`, `pr`, `cnjsub`, `n`, `adj`, `vblex`, …).
/// For `vblex` the first French word is a verb lemma matched in any inflection ("avoir lieu" matches "a eu
/// lieu"'s "eu lieu") and the English is a verb lemma to inflect ("take place"). The optional `condition`
/// (`PhraseCondition`) limits where the row holds; a row of the same French without one, later in the file, holds
/// elsewhere:
/// ```
/// de plus    moreover    adv    clause-start    « De plus, il pleut. » → "Moreover, it is raining."
/// de plus    more        adv                    « 3 000 de plus » → "3,000 more"
/// ```
public struct PhraseLexicon: Sendable {
    public struct Entry: Sendable, Hashable {
        public var french: String
        public var english: String
        public var tags: MorphTags
        public var line: Int
        /// Where the expression holds; nil: wherever its words stand.
        public var condition: PhraseCondition? = nil
        /// For a verbal expression whose English is a verb and its object ("ask a question"), the words after
        /// the verb, which a clitic object precedes: « il lui pose une question » → "he asks him a question".
        /// For an expression ending in a conjunction (« rappeler que » → "recall that"), that conjunction:
        /// « il nous a rappelé que » → "he reminded us that".
        /// Set by `PhraseMatcher`; nil when objects follow the whole English ("take care of it").
        public var objectTail: String? = nil

        /// Whether the expression is a pronominal verb (« se mettre d'accord », « s'engager à »).
        public var isPronominal: Bool { french.hasPrefix("se ") || french.hasPrefix("s'") }
    }

    public let entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    /// Loads several phrase files as one lexicon, earlier files first: the hand-written `fr-en.mwe.tsv`, then the
    /// learnt `fr-en.collocations.tsv` (« petit déjeuner » → "breakfast").
    /// - Throws: `LexiconFormatError` naming the file and line.
    public init(paths: [String]) throws {
        entries = try paths.flatMap { try PhraseLexicon(path: $0).entries }
    }

    /// Loads a phrase file.
    /// - Throws: `LexiconFormatError` naming the file and line.
    public init(path: String) throws {
        let table = try TSVTable(path: path, columns: 4, required: 3, keyColumns: 0)
        var entries: [Entry] = []
        entries.reserveCapacity(table.count)
        for row in 0..<table.count {
            let french = table.string(row: row, column: 0)
            let tags = MorphTags(apertium: table.string(row: row, column: 2)[...])
            guard tags.pos != .other else { throw table.error(row: row, "unknown part of speech") }
            guard french.contains(" ") || french.contains("'") || french.contains("-") else {
                throw table.error(row: row, "a multi-word expression needs two or more words")
            }
            var condition: PhraseCondition?
            let conditionText = table.string(row: row, column: 3)
            if !conditionText.isEmpty {
                guard let known = PhraseCondition(rawValue: conditionText) else {
                    throw table.error(row: row, "unknown condition « \(conditionText) » (known: "
                                      + PhraseCondition.allCases.map(\.rawValue).joined(separator: ", ") + ")")
                }
                condition = known
            }
            entries.append(Entry(french: french, english: table.string(row: row, column: 1), tags: tags,
                                 line: table.line(of: row), condition: condition))
        }
        self.entries = entries
    }
}
