// Licensed under the Apache License, Version 2.0.

/// Names with a fixed English form: places, months, days, demonyms, languages (`fr-en.names.tsv`:
/// `fr<TAB>en<TAB>kind`).
public struct NameLexicon: Sendable {
    /// What a name designates (third column).
    public enum Kind: Sendable, Hashable {
        case month
        case day
        case other(String)

        init(_ text: String) {
            switch text {
            case "month": self = .month
            case "day", "weekday": self = .day
            default: self = .other(text)
            }
        }
    }

    private let table: TSVTable

    /// Loads the names file.
    /// - Throws: `LexiconFormatError` naming the file and line.
    public init(path: String) throws {
        table = try TSVTable(path: path, columns: 3, required: 2, keyColumns: 1)
    }

    /// Number of names.
    public var count: Int { table.count }

    /// The English form and kind of a French name as written, or nil.
    public func lookup(_ french: String) -> (english: String, kind: Kind)? {
        let row = table.firstRow(key: french)
        guard row >= 0 else { return nil }
        return (table.string(row: row, column: 1), Kind(table.string(row: row, column: 2)))
    }
}
