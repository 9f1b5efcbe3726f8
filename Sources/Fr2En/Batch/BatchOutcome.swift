// Licensed under the Apache License, Version 2.0.

/// What processing one input produced: its manifest record, and whether up-to-date outputs were simply kept.
public struct BatchOutcome: Sendable, Hashable {
    public var record: ManifestRecord
    /// True when a rerun found the input, options and lexicons unchanged and the outputs present, and did nothing.
    public var reused: Bool

    public init(record: ManifestRecord, reused: Bool) {
        self.record = record
        self.reused = reused
    }
}
