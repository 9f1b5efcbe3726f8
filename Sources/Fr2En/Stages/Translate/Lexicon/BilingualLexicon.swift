// Licensed under the Apache License, Version 2.0.

/// French lemma + part of speech → ranked English lemmas (`fr-en.bilingual.tsv`:
/// `fr_lemma<TAB>pos<TAB>en_lemma<TAB>weight`, best sense first).
///
/// The same format serves the hand-written closed-class file (`fr-en.closed-class.tsv`), which the translator
/// consults first.
public struct BilingualLexicon: Sendable {
    private let table: TSVTable

    /// Loads a bilingual file (its index from `indexCache` when that holds it); the weight column is optional.
    /// - Throws: `LexiconFormatError` naming the file and line.
    public init(path: String, indexCache: LexiconIndexCache? = nil) throws {
        table = try TSVTable(path: path, columns: 4, required: 3, keyColumns: 2, cache: indexCache)
    }

    /// Number of sense lines.
    public var count: Int { table.count }

    /// The best English lemma for `lemma` as `pos`, or nil.
    public func best(_ lemma: String, _ pos: PartOfSpeech) -> String? {
        let row = table.firstRow(key: lemma + "\t" + pos.rawValue)
        return row >= 0 ? table.string(row: row, column: 2) : nil
    }

    /// The best English lemma for a key already built by `key(_:_:)`, or nil (saves rebuilding the key when
    /// several lexicons are consulted in turn).
    public func best(key: String) -> String? {
        let row = table.firstRow(key: key)
        return row >= 0 ? table.string(row: row, column: 2) : nil
    }

    /// The look-up key of `lemma` as `pos`.
    public static func key(_ lemma: String, _ pos: PartOfSpeech) -> String { lemma + "\t" + pos.rawValue }

    /// All English lemmas for `lemma` as `pos`, best first.
    public func senses(_ lemma: String, _ pos: PartOfSpeech) -> [String] {
        table.rows(key: lemma + "\t" + pos.rawValue).map { table.string(row: $0, column: 2) }
    }
}
