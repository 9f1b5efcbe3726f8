// Licensed under the Apache License, Version 2.0.

/// A problem with one of the summariser's data files; the message names the file (and line) and what to fix.
public enum SummaryDataError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case malformed(file: String, line: Int, reason: String)
    case missing(file: String, name: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            "\(file): cannot read summariser data (\(reason))"
        case .malformed(let file, let line, let reason):
            "\(file):\(line): \(reason)"
        case .missing(let file, let name):
            "\(file): no value for '\(name)'; every feature and parameter must be listed"
        }
    }
}
