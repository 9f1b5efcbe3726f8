// Licensed under the Apache License, Version 2.0.

/// English words, one per line (`en.vocabulary.tsv`: WordNet lemmas and their inflections): what a guessed
/// English word must be for the translator to write it. The cognate guesser checks its guesses here, so
/// `virtualisation`-like guesses that are English stay ("positivity", "deregulation") and non-words
/// ("evitly" for `évitement`, "obligatary" for `obligataire`) are never written.
public struct EnglishVocabulary: Sendable {
    private enum Storage: Sendable {
        case table(TSVTable)
        case words(Set<String>)
    }

    private let storage: Storage

    /// A list of words (tests).
    public init(_ words: [String]) {
        storage = .words(Set(words))
    }

    /// Loads the file (its index from `indexCache` when that holds it).
    /// - Throws: `LexiconFormatError` naming the file and line.
    public init(path: String, indexCache: LexiconIndexCache? = nil) throws {
        storage = .table(try TSVTable(path: path, columns: 1, keyColumns: 1, cache: indexCache))
    }

    /// Number of words.
    public var count: Int {
        switch storage {
        case .table(let table): return table.count
        case .words(let words): return words.count
        }
    }

    /// Whether the lower-case word is English.
    public func contains(_ word: String) -> Bool {
        switch storage {
        case .table(let table): return table.firstRow(key: word) >= 0
        case .words(let words): return words.contains(word)
        }
    }
}
