// Licensed under the Apache License, Version 2.0.

/// What a batch writes for each document.
public enum BatchFormat: String, Sendable, Hashable, CaseIterable {
    /// One translation file and one summary file per input, beside each other in the output tree.
    case text
    /// One JSON record per input, gathered in `corpus.jsonl` in path order.
    case jsonl
}
