// Licensed under the Apache License, Version 2.0.

/// What became of one input of a batch.
public enum BatchStatus: String, Sendable, Hashable, CaseIterable {
    /// Translated (and summarised) and its outputs written.
    case done
    /// The input holds no text: its outputs were written, empty.
    case empty
    /// The input could not be processed (unreadable, invalid UTF-8, Markdown nested too deep…); see the error.
    /// Nothing was written for it; a rerun tries it again.
    case failed
    /// Not a document fr2en processes (other file type, binary, special file, symlink leaving the input folder…).
    case skipped

    /// Whether the outputs are complete, so that a rerun may reuse them.
    public var isComplete: Bool { self == .done || self == .empty }
}
