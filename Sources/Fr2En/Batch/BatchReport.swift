// Licensed under the Apache License, Version 2.0.

/// The result of a batch: one outcome per input, in path order, and what the run noticed along the way.
///
/// `rendered` is deterministic (no times), so two runs over the same corpus give the same report: a summary line,
/// then one line per input that did not simply succeed (`status path: reason`), in path order.
public struct BatchReport: Sendable {
    public var shard: BatchShard
    /// In path order.
    public var outcomes: [BatchOutcome]
    /// Temporary files of an interrupted earlier run that were deleted.
    public var removedTemporaryFiles = 0
    /// Manifest lines that could not be read (e.g. torn by a crash).
    public var ignoredManifestLines = 0
    /// The output folder lay inside the input folder and was left out of the walk.
    public var leftOutOutputFolder = false

    public init(shard: BatchShard, outcomes: [BatchOutcome]) {
        self.shard = shard
        self.outcomes = outcomes
    }

    public func count(_ status: BatchStatus) -> Int {
        outcomes.count { $0.record.status == status }
    }

    public var reusedCount: Int { outcomes.count(where: \.reused) }

    /// Whether some document failed (exit code 3).
    public var hasFailures: Bool { outcomes.contains { $0.record.status == .failed } }

    public var rendered: String {
        var out = "fr2en batch"
        if shard.count > 1 { out += " (shard \(shard))" }
        let done = count(.done) - outcomes.count { $0.reused && $0.record.status == .done }
        out += ": \(outcomes.count) inputs: \(done) done, \(reusedCount) unchanged, \(count(.empty)) empty, "
        out += "\(count(.failed)) failed, \(count(.skipped)) skipped\n"
        if leftOutOutputFolder { out += "note: the output folder is inside the input folder; it was not read\n" }
        if removedTemporaryFiles > 0 {
            out += "note: removed \(removedTemporaryFiles) temporary files left by an interrupted run\n"
        }
        if ignoredManifestLines > 0 {
            out += "note: ignored \(ignoredManifestLines) unreadable manifest lines (their inputs are redone)\n"
        }
        for outcome in outcomes {
            let record = outcome.record
            if let error = record.error {
                out += "\(record.status.rawValue) \(record.path): \(error)\n"
            } else if record.status == .empty {
                out += "empty \(record.path): no text; empty outputs written\n"
            } else if !record.notes.isEmpty, !outcome.reused {
                out += "\(record.status.rawValue) \(record.path): \(record.notes.joined(separator: "; "))\n"
            }
        }
        return out
    }
}
