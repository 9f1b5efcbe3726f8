// Licensed under the Apache License, Version 2.0.

/// One thing found while walking the input folder.
public struct CorpusEntry: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A file to process; `source` is the path to open (the canonical target when reached through a symlink).
        case document(DocumentFormat, source: String)
        /// Not processed, for a reason that is not an error (other file type, symlink leaving the folder…).
        case skipped(reason: String)
        /// Could not be looked at (e.g. a folder that cannot be listed).
        case failed(reason: String)
    }

    /// Relative to the input folder.
    public let path: RelativePath
    public let kind: Kind

    public init(path: RelativePath, kind: Kind) {
        self.path = path
        self.kind = kind
    }
}
