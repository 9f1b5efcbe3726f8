// Licensed under the Apache License, Version 2.0.

/// A glossary file that cannot be read or has a bad line. The message starts with `file:line:` (or `file:` when no
/// line applies) and says how to fix the file.
public enum GlossaryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The two columns every glossary line must fill.
    public enum Column: Int, Sendable, Equatable {
        case french = 1
        case english = 2

        var name: String {
            switch self {
            case .french: "French term (column 1)"
            case .english: "English term (column 2)"
            }
        }
    }

    case cannotOpen(file: String, reason: String)
    case readFailed(file: String, reason: String)
    /// `byteOffset` counts from the start of the file (0-based).
    case invalidUTF8(file: String, line: Int, byteOffset: Int)
    /// A control character other than tab; `byteOffset` counts from the start of the file (0-based).
    case controlCharacter(file: String, line: Int, byteOffset: Int)
    case missingTab(file: String, line: Int)
    case emptyField(file: String, line: Int, column: Column)
    case whitespaceOnlyField(file: String, line: Int, column: Column)
    case tooManyFields(file: String, line: Int, count: Int)
    case duplicateTerm(file: String, line: Int, term: String, firstLine: Int)

    public var description: String {
        switch self {
        case .cannotOpen(let file, let reason):
            "\(file): cannot open glossary (\(reason)); check the path"
        case .readFailed(let file, let reason):
            "\(file): cannot read glossary (\(reason))"
        case .invalidUTF8(let file, let line, let offset):
            "\(file):\(line): invalid UTF-8 at byte offset \(offset); save the glossary as UTF-8"
        case .controlCharacter(let file, let line, let offset):
            "\(file):\(line): control character at byte offset \(offset); only tabs may separate the columns"
        case .missingTab(let file, let line):
            "\(file):\(line): no tab; a glossary line is: French term<TAB>English term[<TAB>note]"
        case .emptyField(let file, let line, let column):
            "\(file):\(line): empty \(column.name); a glossary line is: French term<TAB>English term[<TAB>note]"
        case .whitespaceOnlyField(let file, let line, let column):
            "\(file):\(line): the \(column.name) is only whitespace"
        case .tooManyFields(let file, let line, let count):
            "\(file):\(line): \(count) tab-separated fields; expected 2 or 3 (French term, English term, note)"
        case .duplicateTerm(let file, let line, let term, let firstLine):
            "\(file):\(line): duplicate term \"\(term)\" (first defined at line \(firstLine)); keep one line"
        }
    }
}
