// Licensed under the Apache License, Version 2.0.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// English word-pair and word counts (`en.bigrams.tsv`: `word1<TAB>word2<TAB>count`; `en.unigrams.tsv`:
/// `word<TAB>count`; lower case, from the Google Books Ngram data as the PyPI package symspellpy ships it), read
/// as how strongly two adjacent English words attract each other: "serious case" is a frequent pair, "serious
/// affair" is not.
///
/// The pair list holds only pairs seen at least `threshold` times (the smallest count in the file). A pair it lacks
/// was seen less often than that, so it counts as `min(threshold, expected)`, where `expected` is the count the two
/// words would have if they were independent: a missing pair of rare words says nothing, a missing pair of
/// frequent words ("the of") is evidence against them.
///
/// - Complexity: loading is O(bytes) (no `String` per line); `association` is two hash look-ups and one more.
public struct EnglishBigrams: Sendable {
    private let pairs: TSVTable?
    private let words: TSVTable?
    /// Sum of all word counts.
    private let total: Double
    /// Smallest pair count listed.
    private let threshold: Double

    /// No counts: every association is nil.
    public init() {
        pairs = nil
        words = nil
        total = 0
        threshold = 0
    }

    /// Counts given directly (tests).
    /// - Throws: `LexiconFormatError` for a word with a tab or line feed in it.
    public init(pairs: [(first: String, second: String, count: Int)], words: [(word: String, count: Int)]) throws {
        let pairText = pairs.map { "\($0.first)\t\($0.second)\t\($0.count)\n" }.joined()
        let wordText = words.map { "\($0.word)\t\($0.count)\n" }.joined()
        try self.init(pairs: TSVTable(path: "bigrams", bytes: Array(pairText.utf8), columns: 3, keyColumns: 2),
                      words: TSVTable(path: "unigrams", bytes: Array(wordText.utf8), columns: 2, keyColumns: 1))
    }

    /// Loads the two files (their indexes from `indexCache` when that holds them).
    /// - Throws: `LexiconFormatError` naming the file and line: a missing column or a count that is not a
    ///   positive whole number.
    public init(pairsPath: String, wordsPath: String, indexCache: LexiconIndexCache? = nil) throws {
        try self.init(pairs: TSVTable(path: pairsPath, columns: 3, keyColumns: 2, cache: indexCache),
                      words: TSVTable(path: wordsPath, columns: 2, keyColumns: 1, cache: indexCache))
    }

    private init(pairs: TSVTable, words: TSVTable) throws {
        self.pairs = pairs
        self.words = words
        var total = 0.0
        try words.forEachField(column: 1) { row, field in total += try Self.count(field, table: words, row: row) }
        var threshold = Double.infinity
        try pairs.forEachField(column: 2) { row, field in
            threshold = min(threshold, try Self.count(field, table: pairs, row: row))
        }
        self.total = total
        self.threshold = pairs.count == 0 ? 0 : threshold
    }

    /// Number of pairs listed.
    public var count: Int { pairs?.count ?? 0 }

    /// How often `word` was seen (lower case), or nil when it is not listed.
    public func count(_ word: String) -> Double? {
        guard let words else { return nil }
        let row = words.firstRow(key: word)
        return row >= 0 ? try? Self.count(words, row: row, column: 1) : nil
    }

    /// How often `first` was seen right before `second`, or nil when the pair is not listed.
    public func count(_ first: String, _ second: String) -> Double? {
        guard let pairs else { return nil }
        let row = pairs.firstRow(key: first + "\t" + second)
        return row >= 0 ? try? Self.count(pairs, row: row, column: 2) : nil
    }

    /// Pointwise mutual information (natural log) of `first` followed by `second`: above 0 when the pair is more
    /// frequent than chance, 0 when the list cannot tell, below 0 for a pair of frequent words it lacks. Nil when
    /// either word has no count.
    public func association(_ first: String, _ second: String) -> Double? {
        guard let firstCount = count(first), let secondCount = count(second), total > 0 else { return nil }
        let expected = firstCount * secondCount / total
        let observed = count(first, second) ?? min(threshold, expected)
        return log(observed / expected)
    }

    /// A count field of a row as a number: ASCII digits only, above zero.
    private static func count(_ table: TSVTable, row: Int, column: Int) throws -> Double {
        try table.bytes.withUnsafeBufferPointer { buffer in
            try count(UnsafeBufferPointer(rebasing: buffer[table.range(row: row, column: column)]), table: table,
                      row: row)
        }
    }

    /// A count field (`field`, of `row` of `table`) as a number: ASCII digits only, above zero.
    private static func count(_ field: UnsafeBufferPointer<UInt8>, table: TSVTable, row: Int) throws -> Double {
        var value = 0.0
        for byte in field {
            guard byte >= 48, byte <= 57 else { throw table.error(row: row, "count must be a whole number") }
            value = value * 10 + Double(byte - 48)
        }
        guard value > 0 else { throw table.error(row: row, "count must be above zero") }
        return value
    }
}
