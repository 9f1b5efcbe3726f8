// Licensed under the Apache License, Version 2.0.

/// Writes `corpus.jsonl` (or one shard's `corpus.shard-K-of-N.jsonl`): one record per document, in path order.
///
/// Records of documents that were processed are copied from their staged files (`.fr2en/records/…`), written
/// when each document finished; failed and skipped documents get a record made from their manifest entry
/// (`translation` and `summary` null, `error` set). Files that are not `.txt`/`.md` are not documents and are left
/// out. The file is written to a temporary name and renamed into place.
enum CorpusFileWriter {
    static func fileName(for shard: BatchShard) -> String {
        shard.count == 1 ? "corpus.jsonl" : "corpus.\(shard.tag).jsonl"
    }

    static func write(_ records: some Sequence<ManifestRecord>, outputRoot: String, destination: String,
                      naming: TemporaryFileName) throws(FileSystemError) {
        let writer = try AtomicFileWriter(destination: destination, naming: naming, unique: "corpus")
        for record in records.sorted(by: { $0.path < $1.path }) {
            guard DocumentFormat(fileName: record.path.name) != nil else { continue }
            let staged = outputRoot + "/" + BatchOutputNames(input: record.path).record.string
            if record.status.isComplete, PosixFiles.isRegularFile(staged) {
                try writer.append(contentsOf: staged)
                continue
            }
            var status = record.status
            var error = record.error
            if record.status.isComplete {
                status = .failed
                error = "its staged record is missing; rerun the batch"
            }
            try writer.write(JSONValue.object([
                ("path", .string(record.path.string)),
                ("sha256", record.sha256.map(JSONValue.string) ?? .null),
                ("translation", .null),
                ("summary", .null),
                ("unknown_words", .array([])),
                ("glossary_terms", .array([])),
                ("status", .string(status.rawValue)),
                ("error", error.map(JSONValue.string) ?? .null),
                ("notes", .array(record.notes.map(JSONValue.string))),
            ]).rendered + "\n")
        }
        try writer.commit()
    }
}
