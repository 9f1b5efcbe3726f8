// Licensed under the Apache License, Version 2.0.

/// English nouns whose verb does not follow the French noun's number (`en.noun-number.tsv`: `noun<TAB>number`):
/// a `singular` noun English does not count takes a singular verb where French has a plural (« les informations
/// étaient fausses » → "the information was false"), a `plural` noun takes a plural verb where French has a
/// singular (« la police est arrivée » → "the police have arrived").
public struct EnglishNounNumbers: Sendable {
    /// The number of the verb a listed noun takes.
    public enum Number: String, Sendable {
        case singular
        case plural
    }

    private var numbers: [String: Number] = [:]

    /// A list of nouns and their verb number (none: every verb follows the French number).
    public init(_ numbers: [String: Number] = [:]) {
        self.numbers = numbers
    }

    /// Loads the file.
    /// - Throws: `LexiconFormatError` naming the file and line.
    public init(path: String) throws {
        let table = try TSVTable(path: path, columns: 2, keyColumns: 1)
        for row in 0..<table.count {
            let value = table.string(row: row, column: 1)
            guard let number = Number(rawValue: value) else {
                throw LexiconFormatError.badLine(file: path, line: table.line(of: row),
                                                 reason: "number must be `singular` or `plural`, found `\(value)`")
            }
            numbers[table.string(row: row, column: 0)] = number
        }
    }

    /// The verb number of the English noun `noun` as written ("information" → singular, "police" → plural), or
    /// nil when its verb follows the French number.
    public func number(of noun: String) -> Number? { numbers[noun] }
}
