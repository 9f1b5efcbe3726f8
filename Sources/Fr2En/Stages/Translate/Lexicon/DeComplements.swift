// Licensed under the Apache License, Version 2.0.

/// Words whose `de` complement English introduces with another preposition, or with none
/// (`fr-en.de-complements.tsv`: `lemma<TAB>english`, `_` = no preposition): `venir de Paris` → "come from
/// Paris", `parler de la crise` → "talk about the crisis", `se souvenir du jour` → "remember the day".
///
/// The lemma is a verb, adjective or adverb standing right before `de`; the article after `de` stays (it is
/// not a partitive there).
public struct DeComplements: Sendable {
    private var english: [String: [String]] = [:]

    public init(_ english: [String: [String]] = [:]) { self.english = english }

    /// Loads the file.
    /// - Throws: `LexiconFormatError` naming the file and line.
    public init(path: String) throws {
        let table = try TSVTable(path: path, columns: 2, keyColumns: 1)
        for row in 0..<table.count {
            let words = table.string(row: row, column: 1)
            english[table.string(row: row, column: 0)] = words == "_" ? [] : words.split(separator: " ").map(String.init)
        }
    }

    /// The English words for `de` after `lemma` (empty: dropped), or nil when the lemma is not listed.
    public func english(after lemma: String) -> [String]? { english[lemma] }
}
