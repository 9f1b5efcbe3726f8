// Licensed under the Apache License, Version 2.0.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A batch manifest: JSON Lines, one `ManifestRecord` per input, in an output folder.
///
/// While a batch runs, each finished input's record is appended with one `write(2)` and an `fsync` (an append-only
/// log). When it finishes, the log is compacted: the latest record per path, sorted by path, written to a
/// temporary file that is renamed over the manifest. Loading keeps the last record of each path and ignores lines
/// that do not parse (a line torn by a crash) or whose paths are unsafe, counting them. A run also compacts when
/// it starts, so it never appends after a torn line.
///
/// File names: `manifest.jsonl` for a whole corpus, `manifest.shard-K-of-N.jsonl` for one shard.
public struct BatchManifest: Sendable {
    /// The records, latest per path.
    public var records: [RelativePath: ManifestRecord]
    /// Lines that could not be read (torn by a crash, edited by hand, unsafe paths).
    public var ignoredLines: Int

    public init(records: [RelativePath: ManifestRecord] = [:], ignoredLines: Int = 0) {
        self.records = records
        self.ignoredLines = ignoredLines
    }

    /// The manifest's file name for a shard.
    public static func fileName(for shard: BatchShard) -> String {
        shard.count == 1 ? "manifest.jsonl" : "manifest.\(shard.tag).jsonl"
    }

    /// Parses manifest text; later lines win.
    public static func parse(_ bytes: [UInt8]) -> BatchManifest {
        var manifest = BatchManifest()
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            do {
                let record = try ManifestRecord(json: JSONParser.parse(Array(line)))
                manifest.records[record.path] = record
            } catch {
                manifest.ignoredLines += 1
            }
        }
        return manifest
    }

    /// Reads a manifest file; a missing file is an empty manifest.
    public static func load(path: String) throws(FileSystemError) -> BatchManifest {
        guard PosixFiles.kind(path) != .missing else { return BatchManifest() }
        return parse(try PosixFiles.readAll(path))
    }

    /// The records sorted by path, as manifest text.
    public static func render(_ records: some Sequence<ManifestRecord>) -> String {
        records.sorted { $0.path < $1.path }.map { $0.json.rendered + "\n" }.joined()
    }

    /// Replaces the manifest file atomically with `records`.
    static func write(_ records: some Sequence<ManifestRecord>, to path: String, naming: TemporaryFileName)
        throws(FileSystemError)
    {
        let writer = try AtomicFileWriter(destination: path, naming: naming, unique: "\(getpid())-manifest")
        for record in records.sorted(by: { $0.path < $1.path }) { try writer.write(record.json.rendered + "\n") }
        try writer.commit()
    }
}

/// Appends records to a manifest file, each durable before `append` returns. Used by one task at a time.
final class ManifestAppender: @unchecked Sendable {
    let path: String
    private let descriptor: Int32

    init(path: String) throws(FileSystemError) {
        self.path = path
        descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else {
            throw FileSystemError(operation: "open for appending", path: path, reason: PosixFiles.errorText())
        }
    }

    /// Appends one record as one line, with one `write(2)` followed by `fsync`.
    func append(_ record: ManifestRecord) throws(FileSystemError) {
        let line = Array((record.json.rendered + "\n").utf8)
        try PosixFiles.writeAll(descriptor, line[...], path: path)
        try PosixFiles.fsyncDescriptor(descriptor, path: path)
    }

    deinit {
        close(descriptor)
    }
}
