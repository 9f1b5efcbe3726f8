// Licensed under the Apache License, Version 2.0.

/// A Markdown document fr2en refuses to process.
public enum MarkdownError: Error, Sendable, Equatable, CustomStringConvertible {
    case nestingTooDeep(line: Int, limit: Int)

    public var description: String {
        switch self {
        case .nestingTooDeep(let line, let limit):
            "Markdown nested more than \(limit) levels deep (block quotes and list indentation) at line \(line)"
        }
    }
}
