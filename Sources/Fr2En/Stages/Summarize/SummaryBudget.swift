// Licensed under the Apache License, Version 2.0.

/// How long a summary may be.
public enum SummaryBudget: Sendable, Hashable {
    /// At most this many sentences.
    case sentences(Int)
    /// As many sentences as fit in this many words (counted in the source sentences, whitespace-separated);
    /// when no sentence fits, the best one alone.
    case words(Int)
}
