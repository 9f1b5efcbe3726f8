// Licensed under the Apache License, Version 2.0.

/// A light stemmer: strips the longest listed suffix from a folded word, keeping a minimum stem length.
///
/// It only has to make "négociations" and "négociateur", or "talks" and "talked", meet for similarity
/// measures, so over-stemming is cheap and the suffix list is short data (`<lang>.summary-suffixes.tsv`).
///
/// File format, tab-separated: `suffix	minimum stem length in bytes`, folded forms (no accents, lowercase).
public struct SuffixStemmer: Sendable, Hashable {
    /// Minimum stem length by suffix (folded UTF-8).
    private let suffixes: [ArraySlice<UInt8>: Int]
    /// Suffix lengths present, longest first.
    private let lengths: [Int]

    public init(suffixes: [(suffix: String, minimumStem: Int)], folder: WordFolder) {
        var table: [ArraySlice<UInt8>: Int] = [:]
        for entry in suffixes { table[ArraySlice(folder.fold(entry.suffix).utf8)] = entry.minimumStem }
        self.suffixes = table
        self.lengths = Set(table.keys.map(\.count)).sorted(by: >)
    }

    /// The stem of a folded UTF-8 word: the word minus its longest listed suffix that leaves a long-enough stem.
    public func stem(_ word: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        for length in lengths where length < word.count {
            let cut = word.endIndex - length
            if let minimum = suffixes[word[cut...]], cut - word.startIndex >= minimum {
                return word[..<cut]
            }
        }
        return word
    }

    /// Loads a suffix file.
    /// - Throws: `SummaryDataError` naming the file and line of a bad entry.
    public static func load(path: String, folder: WordFolder) throws -> SuffixStemmer {
        var entries: [(String, Int)] = []
        for line in try SummaryDataFile.lines(path: path) {
            let fields = line.text.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2, !fields[0].isEmpty, let minimum = Int(fields[1]), minimum > 0 else {
                throw SummaryDataError.malformed(file: path, line: line.number,
                                                 reason: "expected: suffix<TAB>minimum stem length (> 0)")
            }
            entries.append((String(fields[0]), minimum))
        }
        return SuffixStemmer(suffixes: entries, folder: folder)
    }
}
