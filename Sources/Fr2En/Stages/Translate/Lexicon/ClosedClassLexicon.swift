// Licensed under the Apache License, Version 2.0.

/// Hand-written translations of French function words by surface form and reading
/// (`fr-en.closed-class.tsv`: `form<TAB>tags<TAB>english`).
///
/// A row applies when the word's chosen reading has the row's part of speech and all of its features
/// (`prn.tn` = tonic pronoun); the first applicable row in file order wins, so specific rows go first.
/// English `_` means the word is dropped (`ne`, reflexive `se`).
public struct ClosedClassLexicon: Sendable {
    private let table: TSVTable
    private let rowTags: [MorphTags]
    /// The one-word English of the preposition rows ("of", "to", "from"…).
    public let englishPrepositions: Set<String>

    /// Loads the file.
    /// - Throws: `LexiconFormatError` naming the file and line.
    public init(path: String) throws {
        table = try TSVTable(path: path, columns: 3, keyColumns: 1)
        var tags: [MorphTags] = []
        for row in 0..<table.count {
            let parsed = MorphTags(apertium: table.string(row: row, column: 1)[...])
            guard parsed.pos != .other else { throw table.error(row: row, "unknown part of speech") }
            tags.append(parsed)
        }
        rowTags = tags
        var prepositions: Set<String> = []
        for row in 0..<table.count where tags[row].pos == .preposition {
            let english = table.string(row: row, column: 2)
            if english != "_", !english.contains(" ") { prepositions.insert(english) }
        }
        englishPrepositions = prepositions
    }

    /// The English for a lower-cased form read as `tags`: nil when not listed, "" when dropped.
    public func english(_ form: String, _ tags: MorphTags) -> String? {
        var row = table.firstRow(key: form)
        while row >= 0 {
            let wanted = rowTags[row]
            if wanted.pos == tags.pos && tags.features.isSuperset(of: wanted.features) {
                let text = table.string(row: row, column: 2)
                return text == "_" ? "" : text
            }
            row = table.nextRow(after: row)
        }
        return nil
    }

    /// The English of the form's first row, whatever its reading (words the morphology does not know: `M.`).
    public func english(anyReadingOf form: String) -> (english: String, tags: MorphTags)? {
        let row = table.firstRow(key: form)
        guard row >= 0 else { return nil }
        let text = table.string(row: row, column: 2)
        return (text == "_" ? "" : text, rowTags[row])
    }

    /// True when the form has any row.
    public func lists(_ form: String) -> Bool { table.firstRow(key: form) >= 0 }
}
