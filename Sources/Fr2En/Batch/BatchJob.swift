// Licensed under the Apache License, Version 2.0.

/// One input to process, with what the batch knows about it beforehand.
struct BatchJob: Sendable {
    /// Position in the batch's sorted list (makes temporary names unique).
    let index: Int
    let entry: CorpusEntry
    /// Its record in the existing manifest, if any.
    let previous: ManifestRecord?
    /// Set when another input's outputs would have the same names: why this one is not processed.
    let collision: String?
}
