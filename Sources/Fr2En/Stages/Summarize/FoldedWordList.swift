// Licensed under the Apache License, Version 2.0.

/// A set of words compared after folding (case and diacritics ignored): stop words, back-referring pronouns.
///
/// File format: one word per line, `#` starts a comment line. Entries are folded with `WordFolder` on load, so
/// "Été" in the file matches "ete", "ÉTÉ" and "été" in text.
public struct FoldedWordList: Sendable, Hashable {
    private let words: Set<[UInt8]>

    public init(words: some Sequence<String>, folder: WordFolder) {
        self.words = Set(words.map { Array(folder.fold($0).utf8) })
    }

    public var count: Int { words.count }

    /// Whether the folded UTF-8 word is in the list.
    public func contains(folded word: [UInt8]) -> Bool { words.contains(word) }

    /// Whether `word` (any case, any accents) is in the list.
    public func contains(_ word: String, folder: WordFolder) -> Bool {
        words.contains(Array(folder.fold(word).utf8))
    }

    /// Loads a one-word-per-line file.
    /// - Throws: `SummaryDataError` naming the file (and line for an entry containing whitespace).
    public static func load(path: String, folder: WordFolder) throws -> FoldedWordList {
        var entries: [String] = []
        for line in try SummaryDataFile.lines(path: path) {
            if line.text.unicodeScalars.contains(where: \.properties.isWhitespace) {
                throw SummaryDataError.malformed(file: path, line: line.number, reason: "one word per line expected")
            }
            entries.append(line.text)
        }
        return FoldedWordList(words: entries, folder: folder)
    }
}
