// Licensed under the Apache License, Version 2.0.

/// How much the English word-pair counts (`EnglishBigrams`) may change the translation (`en.bigram-weights.tsv`:
/// `name<TAB>value`): how strongly associated a pair must be for `NounPhraseTransfer` to write `N de N` as the
/// English compound.
public struct BigramWeights: Sendable, Hashable {
    /// The settings the file may give.
    public enum Name: String, Sendable, CaseIterable {
        /// The association (`EnglishBigrams.association`) a listed `modifier head` pair needs for « head de
        /// modifier » to become the compound "modifier head" (0: only the pairs of `en.noun-compounds.tsv`).
        case compoundAssociation = "compound-association"
        /// The association a pair needs when an article follows de: « la crise de la dette » → "the debt crisis"
        /// (0: only the pairs of `en.noun-compounds.tsv`). Higher than `compoundAssociation`: « le joueur de
        /// l'équipe » names one team, and English says "the team's player" or "the player of the team" as often.
        case compoundAssociationAfterArticle = "compound-association-after-article"
    }

    public var compoundAssociation: Double
    public var compoundAssociationAfterArticle: Double

    /// Off: no pair becomes a compound.
    public init(compoundAssociation: Double = 0, compoundAssociationAfterArticle: Double = 0) {
        self.compoundAssociation = compoundAssociation
        self.compoundAssociationAfterArticle = compoundAssociationAfterArticle
    }

    /// Loads the file; settings it does not name keep the values of `init()`.
    /// - Throws: `LexiconFormatError` naming the file and line: an unknown name, a value that is not a number, or a
    ///   negative value.
    public init(path: String) throws {
        self.init()
        let table = try TSVTable(path: path, columns: 2, keyColumns: 0)
        for row in 0..<table.count {
            let text = table.string(row: row, column: 0)
            guard let name = Name(rawValue: text) else {
                let names = Name.allCases.map(\.rawValue).joined(separator: ", ")
                throw table.error(row: row, "unknown setting \"\(text)\" (\(names))")
            }
            guard let value = table.number(row: row, column: 1), value >= 0 else {
                throw table.error(row: row, "value must be a number not below 0")
            }
            switch name {
            case .compoundAssociation: compoundAssociation = value
            case .compoundAssociationAfterArticle: compoundAssociationAfterArticle = value
            }
        }
    }
}
