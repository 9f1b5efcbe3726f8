// Licensed under the Apache License, Version 2.0.

/// English nouns that mark their referent's sex (`en.feminine-nouns.tsv`: `masculine<TAB>feminine`): a French
/// noun read as feminine only takes the feminine of its English (« la duchesse » → "the duchess", « la
/// princesse », lemma prince, → "the princess", « l'actrice », lemma acteur, → "the actress"), and one read as
/// masculine only the masculine (« le prince » → "the prince" even where the senses learnt from news say
/// "princess").
public struct EnglishFeminineNouns: Sendable {
    private var feminines: [String: String] = [:]
    private var masculines: [String: String] = [:]

    /// A list of `masculine: feminine` pairs (none: every noun keeps its English).
    public init(_ feminines: [String: String] = [:]) {
        self.feminines = feminines
        for (masculine, feminine) in feminines { masculines[feminine] = masculine }
    }

    /// Loads the file.
    /// - Throws: `LexiconFormatError` naming the file and line.
    public init(path: String) throws {
        let table = try TSVTable(path: path, columns: 2, keyColumns: 1)
        for row in 0..<table.count {
            feminines[table.string(row: row, column: 0)] = table.string(row: row, column: 1)
            masculines[table.string(row: row, column: 1)] = table.string(row: row, column: 0)
        }
    }

    /// The feminine of the English noun `masculine` ("duke" → "duchess"), or nil when English marks no sex in it.
    public func feminine(of masculine: String) -> String? { feminines[masculine] }

    /// The masculine of the English noun `feminine` ("duchess" → "duke"), or nil when English marks no sex in it.
    public func masculine(of feminine: String) -> String? { masculines[feminine] }

    /// The English noun `english` in the sex of a French noun with `features`: the feminine for a noun that is
    /// feminine only, the masculine for one that is masculine only, unchanged otherwise (n.mf, unlisted words).
    public func agreeing(_ english: String, with features: MorphFeatures) -> String {
        if features.contains(.feminine), !features.contains(.masculine) { return feminines[english] ?? english }
        if features.contains(.masculine), !features.contains(.feminine) { return masculines[english] ?? english }
        return english
    }
}
