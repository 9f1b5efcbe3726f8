// Licensed under the Apache License, Version 2.0.

/// Verbs whose person object pronoun (`lui`, `leur`, `me`, `nous`…) English turns into another verb or introduces
/// with a preposition (`fr-en.dative-verbs.tsv`: `lemma<TAB>english verb<TAB>preposition`, `_` = unchanged / none):
/// `il lui a dit` → "he told him", `il leur parle` → "he speaks to them".
public struct DativeVerbs: Sendable {
    /// What a verb does with a person object pronoun.
    public struct Entry: Sendable, Hashable {
        /// The English verb that replaces the verb's own English (`dire` → "tell"); nil to keep it.
        public var english: String?
        /// The preposition before the pronoun's English (`parler` → "to"); nil for none.
        public var preposition: String?

        public init(english: String? = nil, preposition: String? = nil) {
            self.english = english
            self.preposition = preposition
        }
    }

    private var entries: [String: Entry] = [:]

    public init(_ entries: [String: Entry] = [:]) { self.entries = entries }

    /// Loads the file.
    /// - Throws: `LexiconFormatError` naming the file and line.
    public init(path: String) throws {
        let table = try TSVTable(path: path, columns: 3, keyColumns: 1)
        for row in 0..<table.count {
            let english = table.string(row: row, column: 1)
            let preposition = table.string(row: row, column: 2)
            guard english != "_" || preposition != "_" else {
                throw table.error(row: row, "a row must change the verb or add a preposition")
            }
            entries[table.string(row: row, column: 0)] = Entry(english: english == "_" ? nil : english,
                                                                preposition: preposition == "_" ? nil : preposition)
        }
    }

    /// The entry of the French verb `lemma`, or nil when it is not listed.
    public func entry(_ lemma: String) -> Entry? { entries[lemma] }
}
