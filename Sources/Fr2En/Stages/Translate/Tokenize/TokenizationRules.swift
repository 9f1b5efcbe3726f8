// Licensed under the Apache License, Version 2.0.

/// French tokenisation data (`fr.tokenization.tsv`: `kind<TAB>form<TAB>expansion`).
///
/// Kinds: `elision` (a prefix ending in an apostrophe that is split off: `l'`, `jusqu'`), `contraction` (a word
/// that stands for others: `du` → `de le`, or for one without its euphonic `l'`: `l'on` → `on`), `enclitic` (a pronoun that may follow a verb after a hyphen: `il` in
/// `dit-il`), `euphonic` (a linking letter dropped between hyphens: `t` in `a-t-il`), `abbreviation` (a word
/// that keeps its final full stop: `M.`).
public struct TokenizationRules: Sendable {
    public var elisions: Set<String> = []
    public var contractions: [String: [String]] = [:]
    public var enclitics: Set<String> = []
    public var euphonics: Set<String> = []
    public var abbreviations: Set<String> = []

    public init() {}

    /// Loads `fr.tokenization.tsv`.
    /// - Throws: `LexiconFormatError` naming the file and line.
    public init(path: String) throws {
        let table = try TSVTable(path: path, columns: 3, required: 2, keyColumns: 0)
        for row in 0..<table.count {
            let form = table.string(row: row, column: 1)
            switch table.string(row: row, column: 0) {
            case "elision": elisions.insert(form)
            case "contraction":
                let parts = table.string(row: row, column: 2).split(separator: " ").map(String.init)
                guard !parts.isEmpty else { throw table.error(row: row, "a contraction needs the words it stands for") }
                contractions[form] = parts
            case "enclitic": enclitics.insert(form)
            case "euphonic": euphonics.insert(form)
            case "abbreviation": abbreviations.insert(form)
            case let other: throw table.error(row: row, "unknown kind \(other)")
            }
        }
    }
}
