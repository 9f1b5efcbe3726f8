// Licensed under the Apache License, Version 2.0.

/// The kinds of input file batch mode translates, recognised by extension (case-insensitive).
public enum DocumentFormat: String, Sendable, Hashable, CaseIterable {
    /// `.txt`: paragraphs separated by blank lines.
    case plainText = "txt"
    /// `.md`: Markdown; block structure is kept (see `MarkdownBlockSplitter`).
    case markdown = "md"

    /// The format of a file name, or nil when batch mode does not process it.
    public init?(fileName: some StringProtocol) {
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return nil }
        let ext = fileName[fileName.index(after: dot)...].lowercased()
        guard let format = DocumentFormat(rawValue: ext) else { return nil }
        self = format
    }
}
