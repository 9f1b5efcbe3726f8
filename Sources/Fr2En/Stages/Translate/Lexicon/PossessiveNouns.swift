// Licensed under the Apache License, Version 2.0.

/// English nouns news English clearly prefers in a possessive ("the government's decision") to an of-phrase
/// ("the decision of the government"), per role (`en.possessives.tsv`: `lemma<TAB>role<TAB>possessives<TAB>of-phrases`,
/// English lemmas learnt from the English side of newstest; the counts document the choice).
///
/// Roles: `owner` is the X of "X's N" when X is a common noun ("the company's"), `owned` is the N ("'s decision").
/// A noun the file does not list stays in the of-phrase.
public struct PossessiveNouns: Sendable {
    /// The place of a noun in "X's N".
    public enum Role: String, Sendable, CaseIterable {
        case owner, owned
    }

    private var nouns: [Role: Set<String>] = [:]

    /// Listed nouns per role (tests).
    public init(_ nouns: [Role: Set<String>] = [:]) {
        self.nouns = nouns
    }

    /// Loads the file.
    /// - Throws: `LexiconFormatError` naming the file and line.
    public init(path: String) throws {
        let table = try TSVTable(path: path, columns: 4, keyColumns: 2)
        for row in 0..<table.count {
            guard let role = Role(rawValue: table.string(row: row, column: 1)) else {
                throw table.error(row: row, "unknown role \(table.string(row: row, column: 1))")
            }
            nouns[role, default: []].insert(table.string(row: row, column: 0))
        }
    }

    /// Whether news English puts `lemma` (an English noun lemma) in a possessive in `role`.
    public func contains(_ lemma: String, as role: Role) -> Bool {
        nouns[role]?.contains(lemma) ?? false
    }
}
