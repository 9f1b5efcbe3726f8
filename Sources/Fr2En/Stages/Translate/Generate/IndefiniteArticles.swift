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
        if let first = lower.first, first.isASCII, first.isNumber { return Self.article(beforeNumber: lower) }
        // All-capital acronyms are read letter by letter: "an FBI agent", "a NATO summit" is listed.
        if word.count > 1, word == word.uppercased(), let first = lower.first {
            return "aefhilmnorsx".contains(first) ? "an" : "a"
        }
        guard let first = lower.first else { return "a" }
        return "aeiou".contains(first) ? "an" : "a"
    }

    /// "an" before a number said with "eight", "eleven" or "eighteen" first ("an 8% rise", "an 80-year-old",
    /// "an 11-year-old", "an 18,000-seat stadium"), else "a" ("a 110-year-old", "a 1,800-page book").
    private static func article(beforeNumber text: String) -> String {
        let digits = text.prefix { $0.isASCII && ($0.isNumber || $0 == ",") }.filter { $0 != "," }
        if digits.first == "8" { return "an" }
        if digits.count % 3 == 2, digits.hasPrefix("11") || digits.hasPrefix("18") { return "an" }
        return "a"
    }
}
