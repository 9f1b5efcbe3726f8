// Licensed under the Apache License, Version 2.0.

/// Merges the manifests that the shards of a batch wrote into one output folder (`fr2en batch --merge-manifests`).
///
/// Reads every `manifest.shard-K-of-N.jsonl` at the top of the folder, checks that they come from one split
/// (a single N), that none of the N is missing and that each shard's last run finished (a run removes its
/// `.fr2en/finished.shard-K-of-N` marker when it starts and writes it when it ends), keeps from each only the
/// records of paths that belong to it (`BatchShard`), and writes `manifest.jsonl` atomically. When shards wrote
/// `corpus.shard-K-of-N.jsonl` files, `corpus.jsonl` is written too, in path order. The shard files are kept, so
/// merging again is harmless, and a later run without `--shard` reuses everything the shards did.
public enum ManifestMerger {
    /// Merges and returns a report of the merged records.
    /// - Throws: `BatchError.mergeIncomplete` when shards are missing or from different splits.
    public static func merge(outputDirectory: String) throws(BatchError) -> BatchReport {
        guard let root = PosixFiles.realPath(outputDirectory), PosixFiles.kind(root) == .directory else {
            throw .mergeIncomplete("\(outputDirectory) is not a folder")
        }
        let lock = try FolderLock(path: root + "/" + BatchOutputNames.stateFolder + "/lock."
                                  + BatchShard.whole.tag)
        defer { withExtendedLifetime(lock) {} }
        let names: [String]
        do { names = try PosixFiles.listDirectory(root).names } catch { throw .fileSystem(error) }
        var shards: [BatchShard] = []
        var hasCorpusParts = false
        for name in names {
            if let shard = parseShard(name, prefix: "manifest.") { shards.append(shard) }
            if parseShard(name, prefix: "corpus.") != nil { hasCorpusParts = true }
        }
        guard let count = shards.first?.count else {
            throw .mergeIncomplete("no manifest.shard-K-of-N.jsonl files in \(outputDirectory)")
        }
        let counts = Set(shards.map(\.count))
        guard counts.count == 1 else {
            let list = counts.sorted().map(String.init).joined(separator: ", ")
            throw .mergeIncomplete("manifests of different splits (N = \(list)); delete the stale ones")
        }
        let missing = (0..<count).filter { index in !shards.contains { $0.index == index } }
        guard missing.isEmpty else {
            throw .mergeIncomplete("missing " + missing.map { "manifest.shard-\($0)-of-\(count).jsonl" }
                .joined(separator: ", ") + "; run those shards first")
        }
        let state = root + "/" + BatchOutputNames.stateFolder + "/"
        let unfinished = shards.filter {
            PosixFiles.kind(state + BatchRunner.finishedMarkerName(for: $0)) == .missing
        }
        guard unfinished.isEmpty else {
            throw .mergeIncomplete("shard " + unfinished.sorted { $0.index < $1.index }.map(\.description)
                .joined(separator: ", ") + " has not finished (still running, or interrupted: run it again)")
        }
        var records: [ManifestRecord] = []
        do {
            for shard in shards.sorted(by: { $0.index < $1.index }) {
                let manifest = try BatchManifest.load(path: root + "/" + BatchManifest.fileName(for: shard))
                records += manifest.records.values.filter { shard.contains($0.path) }
            }
            records.sort { $0.path < $1.path }
            let naming = TemporaryFileName(shard: .whole)
            try BatchManifest.write(records, to: root + "/" + BatchManifest.fileName(for: .whole), naming: naming)
            if hasCorpusParts {
                try CorpusFileWriter.write(records, outputRoot: root,
                                           destination: root + "/" + CorpusFileWriter.fileName(for: .whole),
                                           naming: naming)
            }
        } catch {
            throw .fileSystem(error)
        }
        return BatchReport(shard: .whole, outcomes: records.map { BatchOutcome(record: $0, reused: false) })
    }

    /// `manifest.shard-2-of-4.jsonl` → shard 2/4.
    static func parseShard(_ name: String, prefix: String) -> BatchShard? {
        guard name.hasPrefix(prefix + "shard-"), name.hasSuffix(".jsonl") else { return nil }
        let middle = name.dropFirst(prefix.count + "shard-".count).dropLast(".jsonl".count)
        let parts = middle.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[1] == "of", let index = Int(parts[0]), let count = Int(parts[2]) else {
            return nil
        }
        return try? BatchShard(index: index, count: count)
    }
}
