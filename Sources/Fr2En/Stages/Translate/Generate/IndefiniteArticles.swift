// Licensed under the Apache License, Version 2.0.

/// Chooses "a" or "an" from the next word's spelling, with listed exceptions for words whose sound differs
/// (`en.articles.tsv`: `word-prefix<TAB>a|an`: "hour" → an, "uni" → a, "one" → a).
public struct IndefiniteArticles: Sendable {
    private var exceptions: [(prefix: String, article: String)] = []

    public init() {}

    /// Loads the file.
    /// - Throws: `LexiconFormatError` naming the file and line.
    public init(path: String) throws {
        let table = try TSVTable(path: path, columns: 2, keyColumns: 0)
        for row in 0..<table.count {
            let article = table.string(row: row, column: 1)
            guard article == "a" || article == "an" else { throw table.error(row: row, "article must be a or an") }
            exceptions.append((table.string(row: row, column: 0), article))
        }
        exceptions.sort { $0.prefix.count > $1.prefix.count }
    }

    /// "a" or "an" before `word`.
    public func article(before word: String) -> String {
        let lower = word.lowercased()
        for exception in exceptions where lower.hasPrefix(exception.prefix) { return exception.article }
        // All-capital acronyms are read letter by letter: "an FBI agent", "a NATO summit" is listed.
        if word.count > 1, word == word.uppercased(), let first = lower.first {
            return "aefhilmnorsx".contains(first) ? "an" : "a"
        }
        guard let first = lower.first else { return "a" }
        return "aeiou".contains(first) ? "an" : "a"
    }
}
