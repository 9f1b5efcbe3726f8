// Licensed under the Apache License, Version 2.0.

/// An abbreviation list that cannot be read or has a bad line. The message starts with `file:line:` (or `file:`
/// when no line applies) and says how to fix the file.
public enum AbbreviationListError: Error, Sendable, Equatable, CustomStringConvertible {
    case cannotOpen(file: String, reason: String)
    case readFailed(file: String, reason: String)
    case invalidUTF8(file: String, line: Int)
    case missingTab(file: String, line: Int)
    case tooManyFields(file: String, line: Int, count: Int)
    /// The abbreviation has no letter, or has control characters, or badly placed whitespace.
    case malformedAbbreviation(file: String, line: Int, text: String)
    case unknownKind(file: String, line: Int, found: String)
    case duplicate(file: String, line: Int, text: String, firstLine: Int)

    public var description: String {
        let format = "a line is: abbreviation<TAB>never-final|may-end"
        switch self {
        case .cannotOpen(let file, let reason):
            return "\(file): cannot open abbreviation list (\(reason))"
        case .readFailed(let file, let reason):
            return "\(file): cannot read abbreviation list (\(reason))"
        case .invalidUTF8(let file, let line):
            return "\(file):\(line): invalid UTF-8; save the list as UTF-8"
        case .missingTab(let file, let line):
            return "\(file):\(line): no tab; \(format)"
        case .tooManyFields(let file, let line, let count):
            return "\(file):\(line): \(count) tab-separated fields, expected 2; \(format)"
        case .malformedAbbreviation(let file, let line, let text):
            return "\(file):\(line): malformed abbreviation \"\(text)\"; it needs a letter, no control characters, "
                + "and single spaces between its tokens only"
        case .unknownKind(let file, let line, let found):
            return "\(file):\(line): unknown kind \"\(found)\"; use never-final or may-end"
        case .duplicate(let file, let line, let text, let firstLine):
            return "\(file):\(line): duplicate abbreviation \"\(text)\" (first at line \(firstLine)); keep one line"
        }
    }
}
