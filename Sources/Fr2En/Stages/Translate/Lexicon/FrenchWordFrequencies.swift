// Licensed under the Apache License, Version 2.0.

/// How often French words are written (`fr.word-frequencies.tsv`: `word<TAB>zipf×100`, lower case, from the
/// PyPI package wordfreq), so that `SpellingCorrector` can tell a frequent word from a rare neighbour and a typing
/// slip from a rare but real word.
///
/// Values are Zipf frequencies: log10 of occurrences per billion words (1 is very rare, 3 a common word of the
/// news, 7 `de`).
///
/// - Complexity: loading is O(bytes) (no `String` per line); a look-up is one hash probe.
public struct FrenchWordFrequencies: Sendable {
    private let table: TSVTable?
    private let given: [String: Double]

    /// No frequencies: every word is unlisted, so nothing is ever corrected.
    public init() {
        table = nil
        given = [:]
    }

    /// Frequencies given directly as Zipf values (tests).
    public init(_ zipf: [String: Double]) {
        table = nil
        given = zipf
    }

    /// Loads the file (its index from `indexCache` when that holds it).
    /// - Throws: `LexiconFormatError` naming the file and line: a missing column or a value that is not a whole
    ///   number.
    public init(path: String, indexCache: LexiconIndexCache? = nil) throws {
        let table = try TSVTable(path: path, columns: 2, keyColumns: 1, cache: indexCache)
        try table.forEachField(column: 1) { row, field in _ = try Self.value(field, table: table, row: row) }
        self.table = table
        given = [:]
    }

    /// Number of words listed.
    public var count: Int { table?.count ?? given.count }

    /// The Zipf frequency of a lower-case `word`, or nil when it is not listed.
    public func zipf(_ word: String) -> Double? {
        if let table {
            let row = table.firstRow(key: word)
            guard row >= 0 else { return nil }
            return table.bytes.withUnsafeBufferPointer { buffer in
                try? Self.value(UnsafeBufferPointer(rebasing: buffer[table.range(row: row, column: 1)]), table: table,
                                row: row)
            }
        }
        return given[word]
    }

    /// The Zipf frequency of a lower-case word given as UTF-8, or nil when it is not listed (no `String` made when
    /// the word is looked up in the file).
    func zipf(utf8 word: UnsafeBufferPointer<UInt8>) -> Double? {
        guard let table else { return given[String(decoding: word, as: UTF8.self)] }
        let row = table.firstRow(key: word)
        guard row >= 0 else { return nil }
        return table.bytes.withUnsafeBufferPointer { buffer in
            try? Self.value(UnsafeBufferPointer(rebasing: buffer[table.range(row: row, column: 1)]), table: table,
                            row: row)
        }
    }

    /// A value field (`field`, of `row` of `table`): ASCII digits only, divided by 100.
    private static func value(_ field: UnsafeBufferPointer<UInt8>, table: TSVTable, row: Int) throws -> Double {
        guard !field.isEmpty else { throw table.error(row: row, "frequency missing") }
        var value = 0.0
        for byte in field {
            guard byte >= 48, byte <= 57 else { throw table.error(row: row, "frequency must be a whole number") }
            value = value * 10 + Double(byte - 48)
        }
        return value / 100
    }
}
