// Licensed under the Apache License, Version 2.0.

/// A translation lexicon file that cannot be used, with the file and line to fix.
public enum LexiconFormatError: Error, CustomStringConvertible, Equatable {
    /// The file could not be opened or read.
    case unreadable(file: String, reason: String)
    /// A line does not have the columns the format needs.
    case badLine(file: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason): "\(file): cannot read: \(reason)"
        case .badLine(let file, let line, let reason): "\(file):\(line): \(reason)"
        }
    }
}
