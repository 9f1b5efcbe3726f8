// Licensed under the Apache License, Version 2.0.

/// Names with a fixed English form: places, months, days, demonyms, languages (`fr-en.names.tsv`:
/// `fr<TAB>en<TAB>kind`).
public struct NameLexicon: Sendable {
    /// What a name designates (third column; a kind the translator does not know, or none, is `other`).
    public enum Kind: Sendable, Hashable {
        case territory, city, place, month, day, demonym, language, script, currency, other

        init(_ text: String) {
            switch text {
            case "territory": self = .territory
            case "city": self = .city
            case "place": self = .place
            case "month": self = .month
            case "day", "weekday": self = .day
            case "demonym": self = .demonym
            case "language": self = .language
            case "script": self = .script
            case "currency": self = .currency
            default: self = .other
            }
        }

        /// A country or region, a city, or another place (`RangeTransfer`'s place ends).
        public var isPlace: Bool { self == .territory || self == .city || self == .place }
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

    /// The English form of a French name as written when it has a row of `kind` (« arabe » as a language →
    /// "Arabic", not the demonym "Arabian"), or nil.
    public func lookup(_ french: String, kind: Kind) -> String? {
        for row in table.rows(key: french) where Kind(table.string(row: row, column: 2)) == kind {
            return table.string(row: row, column: 1)
        }
        return nil
    }
}
