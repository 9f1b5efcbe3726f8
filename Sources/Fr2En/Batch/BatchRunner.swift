// Licensed under the Apache License, Version 2.0.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Translates (and summarises) every document of a folder tree into an output tree: concurrent, resumable, and
/// safe to kill at any moment.
///
/// ```
///  walk INPUT (paths only) ─▶ shard filter ─▶ bounded task group (jobs) ─▶ BatchDocumentProcessor per input
///                                                   │ outcome, one at a time, in completion order
///                                                   ▼
///                       manifest log (append + fsync) ─▶ progress ─▶ report (path order) ─▶ compacted manifest
/// ```
///
/// - Resuming: an input whose bytes, options and lexicon version match its manifest record, and whose outputs all
///   exist, is not redone (`force` redoes everything). Failed and skipped inputs are always retried.
/// - Crash safety: outputs are renamed into place only when complete; a record is logged only after its outputs
///   are in place; on start the run deletes its shard's temporary files and compacts the manifest. So after a
///   SIGKILL at any moment, the next run sees a consistent state and finishes with the same outputs as an
///   uninterrupted run.
/// - Isolation: one input's failure is recorded and never affects another's outputs; nothing is read outside the
///   input folder (symlinks leaving it are skipped) or written outside the output folder (manifest paths are
///   validated, existing folder components must not be symlinks).
/// - Concurrency: at most `jobs` documents are in flight; each streams its file with bounded memory, so peak memory
///   depends on `jobs`, not on the number of documents.
public struct BatchRunner: Sendable {
    public let configuration: BatchConfiguration
    public let pipeline: TranslationPipeline
    public let summarizer: (any DocumentSummarizing)?
    public let lexiconVersion: String

    /// - Parameters:
    ///   - summarizer: required when `configuration.summarize` is set.
    ///   - lexiconVersion: `LexiconVersion.compute(directory:)` of the data the pipeline was built from.
    /// - Throws: `BatchError.summarizerUnavailable` when summaries are asked for without a summariser.
    public init(configuration: BatchConfiguration, pipeline: TranslationPipeline,
                summarizer: (any DocumentSummarizing)?, lexiconVersion: String) throws(BatchError) {
        if configuration.summarize, summarizer == nil { throw .summarizerUnavailable }
        self.configuration = configuration
        self.pipeline = pipeline
        self.summarizer = summarizer
        self.lexiconVersion = lexiconVersion
    }

    /// The fingerprint recorded for this configuration and summariser.
    public var optionsFingerprint: String {
        configuration.optionsFingerprint(summarizerName: summarizer.map { String(reflecting: type(of: $0)) })
    }

    /// Runs the batch.
    /// - Throws: `BatchError` when the batch itself cannot run (folders, lock, manifest); problems with single
    ///   documents are in the report instead.
    public func run(progress: inout BatchProgress) async throws(BatchError) -> BatchReport {
        let folders = try BatchFolders.prepare(input: configuration.inputDirectory,
                                               output: configuration.outputDirectory)
        let shard = configuration.shard
        let naming = TemporaryFileName(shard: shard)
        let lock = try FolderLock(path: folders.state + "/lock.\(shard.tag)")
        defer { withExtendedLifetime(lock) {} }

        // Until this run finishes, its shard counts as unfinished (`--merge-manifests` waits for the marker).
        let finishedMarker = folders.state + "/" + Self.finishedMarkerName(for: shard)
        PosixFiles.remove(finishedMarker)
        let removed = Self.removeTemporaryFiles(in: folders.output, naming: naming)

        // Load what earlier runs recorded: the merged manifest (if any) first, then this shard's own log.
        let manifestPath = folders.output + "/" + BatchManifest.fileName(for: shard)
        var known: [RelativePath: ManifestRecord] = [:]
        var ignoredLines = 0
        do {
            if shard.count > 1 {
                let merged = try BatchManifest.load(path: folders.output + "/" + BatchManifest.fileName(for: .whole))
                known = merged.records
                ignoredLines += merged.ignoredLines
            }
            let own = try BatchManifest.load(path: manifestPath)
            known.merge(own.records) { _, new in new }
            ignoredLines += own.ignoredLines
            // Compact now, so that appending never continues a line torn by a crash.
            if PosixFiles.kind(manifestPath) != .missing {
                try BatchManifest.write(own.records.values, to: manifestPath, naming: naming)
            }
        } catch {
            throw .fileSystem(error)
        }

        let walk: CorpusWalker.Result
        do {
            walk = try CorpusWalker(root: folders.input, excluding: folders.outputInsideInput ? folders.output : nil)
                .walk()
        } catch {
            throw .fileSystem(error)
        }
        let collisions = Self.outputCollisions(walk.entries)
        var jobs: [BatchJob] = []
        for entry in walk.entries where shard.contains(entry.path) {
            jobs.append(BatchJob(index: jobs.count, entry: entry, previous: known[entry.path],
                                 collision: collisions[entry.path]))
        }
        known.removeAll()

        let processor = BatchDocumentProcessor(
            configuration: configuration, pipeline: pipeline, summarizer: summarizer, outputRoot: folders.output,
            naming: naming, optionsFingerprint: optionsFingerprint, lexiconVersion: lexiconVersion,
            processID: getpid())
        let appender: ManifestAppender
        do { appender = try ManifestAppender(path: manifestPath) } catch { throw .fileSystem(error) }

        progress.begin(total: jobs.count)
        var outcomes = [BatchOutcome?](repeating: nil, count: jobs.count)
        var appendFailure: FileSystemError?
        let parallel = max(1, configuration.jobs)
        await withTaskGroup(of: (Int, BatchOutcome).self) { group in
            var next = 0
            func addNext(_ group: inout TaskGroup<(Int, BatchOutcome)>) {
                guard next < jobs.count, appendFailure == nil else { return }
                let job = jobs[next]
                next += 1
                group.addTask { (job.index, await processor.process(job)) }
            }
            for _ in 0..<parallel { addNext(&group) }
            while let (index, outcome) = await group.next() {
                if !outcome.reused, appendFailure == nil {
                    do throws(FileSystemError) {
                        let record = outcome.record
                        try await BlockingIO.run { () throws(FileSystemError) in
                            try appender.append(record)
                        }
                    } catch {
                        appendFailure = error
                    }
                }
                if appendFailure == nil {
                    outcomes[index] = outcome
                    progress.record(outcome)
                }
                addNext(&group)
            }
        }
        progress.end()
        if let appendFailure { throw .fileSystem(appendFailure) }

        let finished = outcomes.compactMap { $0 }
        do {
            try BatchManifest.write(finished.map(\.record), to: manifestPath, naming: naming)
            if configuration.format == .jsonl {
                try CorpusFileWriter.write(finished.map(\.record), outputRoot: folders.output,
                                           destination: folders.output + "/" + CorpusFileWriter.fileName(for: shard),
                                           naming: naming)
            }
            PosixFiles.syncDirectory(folders.output)
            let marker = try AtomicFileWriter(destination: finishedMarker, naming: naming, unique: "finished")
            try marker.write("\(finished.count) inputs\n")
            try marker.commit()
        } catch {
            throw .fileSystem(error)
        }

        var report = BatchReport(shard: shard, outcomes: finished)
        report.removedTemporaryFiles = removed
        report.ignoredManifestLines = ignoredLines
        report.leftOutOutputFolder = walk.leftOutOutputFolder
        return report
    }

    /// The file (in `.fr2en/`) whose presence says a shard's last run finished: `finished.shard-K-of-N`.
    static func finishedMarkerName(for shard: BatchShard) -> String {
        "finished.\(shard.tag)"
    }

    /// For each document whose output names another document's outputs already take (e.g. `b.summary.txt`'s
    /// translation and `b.txt`'s summary are both `b.summary.en.txt`), why it cannot be processed. Decided over
    /// the whole corpus in path order, before sharding, so every shard agrees.
    static func outputCollisions(_ entries: [CorpusEntry]) -> [RelativePath: String] {
        var owners: [RelativePath: RelativePath] = [:]
        var collisions: [RelativePath: String] = [:]
        for entry in entries {
            guard case .document = entry.kind else { continue }
            let names = BatchOutputNames(input: entry.path)
            let outputs = [names.translation, names.summary]
            if let clash = outputs.lazy.compactMap({ owners[$0] }).first {
                collisions[entry.path] = "its output names collide with those of \(clash); rename one of them"
                continue
            }
            for output in outputs { owners[output] = entry.path }
        }
        return collisions
    }

    /// Deletes this shard's temporary files anywhere in the output folder (left by a killed run). Symlinks are
    /// not followed.
    static func removeTemporaryFiles(in root: String, naming: TemporaryFileName) -> Int {
        var removed = 0
        var stack = [root]
        while let folder = stack.popLast() {
            guard let listing = try? PosixFiles.listDirectory(folder) else { continue }
            for name in listing.names {
                let path = folder + "/" + name
                switch PosixFiles.kind(path) {
                case .directory:
                    stack.append(path)
                case .regular where naming.isOurs(name):
                    PosixFiles.remove(path)
                    removed += 1
                default:
                    continue
                }
            }
        }
        return removed
    }
}

/// The canonical input and output folders of a batch, checked and created.
struct BatchFolders {
    let input: String
    let output: String
    /// `.fr2en` inside the output folder.
    let state: String
    let outputInsideInput: Bool

    static func prepare(input: String, output: String) throws(BatchError) -> BatchFolders {
        guard let inputPath = PosixFiles.realPath(input), PosixFiles.kind(inputPath) == .directory else {
            throw .inputNotAFolder(input)
        }
        try createPath(output)
        guard let outputPath = PosixFiles.realPath(output), PosixFiles.kind(outputPath) == .directory else {
            throw .outputNotWritable(output, reason: "not a folder")
        }
        if inputPath == outputPath { throw .outputIsInput(output) }
        if PosixFiles.isInside(inputPath, folder: outputPath) {
            throw .inputInsideOutput(input: input, output: output)
        }
        let state = outputPath + "/" + BatchOutputNames.stateFolder
        if mkdir(state, 0o755) != 0, errno != EEXIST {
            throw .outputNotWritable(output, reason: PosixFiles.errorText())
        }
        guard access(outputPath, W_OK) == 0, PosixFiles.kind(state) == .directory else {
            throw .outputNotWritable(output, reason: "permission denied")
        }
        return BatchFolders(input: inputPath, output: outputPath, state: state,
                            outputInsideInput: PosixFiles.isInside(outputPath, folder: inputPath))
    }

    /// `mkdir -p`: the user's own path may go through symlinks.
    private static func createPath(_ path: String) throws(BatchError) {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o755) == 0 { continue }
            let code = errno
            if code == EEXIST, PosixFiles.kind(current, followLinks: true) == .directory { continue }
            throw .outputNotWritable(path, reason: PosixFiles.errorText(code))
        }
    }
}
