// Licensed under the Apache License, Version 2.0.

/// Processes one input of a batch: decides whether its outputs are up to date, and if not translates (and
/// summarises) it into new outputs, written atomically. Never throws: every problem becomes the document's status.
///
/// Input: a `BatchJob`. Output: a `BatchOutcome` (the manifest record to log).
///
/// Steps: (1) read the file once to hash it and spot NUL bytes (binary); (2) reuse the previous outputs when the
/// manifest says they were made from the same bytes, options and lexicons and they all still exist; (3) otherwise
/// stream the file through `ParagraphReader` → `TranslationPipeline` (Markdown through `MarkdownBlockSplitter`)
/// into temporary files, collect up to `summaryInputLimit` bytes of translated paragraphs for the summariser, and
/// rename the files into place when the whole document succeeded.
struct BatchDocumentProcessor: Sendable {
    let configuration: BatchConfiguration
    let pipeline: TranslationPipeline
    let summarizer: (any DocumentSummarizing)?
    /// Canonical output folder.
    let outputRoot: String
    let naming: TemporaryFileName
    let optionsFingerprint: String
    let lexiconVersion: String
    let processID: Int32

    /// The outputs a document gets under the configuration, relative to the output folder.
    func expectedOutputs(for path: RelativePath) -> [RelativePath] {
        let names = BatchOutputNames(input: path)
        switch configuration.format {
        case .text:
            return (configuration.translate ? [names.translation] : [])
                + (configuration.summarize ? [names.summary] : [])
        case .jsonl:
            return [names.record]
        }
    }

    func process(_ job: BatchJob) async -> BatchOutcome {
        let path = job.entry.path
        func outcome(_ status: BatchStatus, sha: String? = nil, outputs: [RelativePath] = [], error: String? = nil,
                     notes: [String] = []) -> BatchOutcome {
            BatchOutcome(record: ManifestRecord(path: path, sha256: sha, options: optionsFingerprint,
                                                lexicons: lexiconVersion, status: status, outputs: outputs,
                                                error: error, notes: notes), reused: false)
        }
        let format: DocumentFormat
        let source: String
        switch job.entry.kind {
        case .skipped(let reason): return outcome(.skipped, error: reason)
        case .failed(let reason): return outcome(.failed, error: reason)
        case .document(let documentFormat, let documentSource):
            format = documentFormat
            source = documentSource
        }
        if let collision = job.collision { return outcome(.failed, error: collision) }

        let scan: InputScan
        do {
            scan = try await BlockingIO.run { () throws(InputError) in try InputScan.read(source) }
        } catch {
            return outcome(.failed, error: Self.reason(error))
        }
        if let nul = scan.firstNUL {
            return outcome(.skipped, sha: scan.sha256, error: "binary file (NUL byte at offset \(nul))")
        }
        let outputs = expectedOutputs(for: path)
        if !configuration.force, let previous = job.previous, previous.status.isComplete,
           previous.sha256 == scan.sha256, previous.options == optionsFingerprint,
           previous.lexicons == lexiconVersion, previous.outputs == outputs,
           outputs.allSatisfy({ PosixFiles.isRegularFile(outputRoot + "/" + $0.string) }) {
            return BatchOutcome(record: previous, reused: true)
        }
        do {
            let result = try await produce(path: path, format: format, source: source, sha: scan.sha256,
                                           job: job.index)
            return outcome(result.empty ? .empty : .done, sha: scan.sha256, outputs: outputs, notes: result.notes)
        } catch {
            return outcome(.failed, sha: scan.sha256, error: Self.reason(error))
        }
    }

    /// A one-line reason for the report, without the absolute input path (the report names the relative one).
    static func reason(_ error: any Error) -> String {
        switch error {
        case let error as InputError:
            switch error {
            case .cannotOpen(_, let reason): return "cannot open (\(reason))"
            case .readFailed(_, let reason): return "read failed (\(reason))"
            case .invalidUTF8(_, let offset, let line):
                return "invalid UTF-8 at byte offset \(offset) (line \(line)); convert it to UTF-8 "
                    + "or rerun with --encoding auto (or windows-1252, latin1)"
            case .binary(_, let offset): return "binary file (NUL byte at offset \(offset))"
            }
        default:
            return String(describing: error).split(separator: "\n").joined(separator: " ")
        }
    }

    // MARK: - Producing the outputs

    private struct Produced {
        var empty: Bool
        var notes: [String]
    }

    /// Where a document's rendered translation goes: the translation file, the JSON record, or both.
    private struct Sinks {
        var translation: AtomicFileWriter?
        var record: AtomicFileWriter?

        func write(_ text: String) throws(FileSystemError) {
            try translation?.write(text)
            if let record, !text.isEmpty {
                let escaped = JSONValue.string(text).rendered
                try record.write(String(escaped.dropFirst().dropLast()))
            }
        }
    }

    private func produce(path: RelativePath, format: DocumentFormat, source: String, sha: String, job: Int)
        async throws -> Produced
    {
        let names = BatchOutputNames(input: path)
        let unique = "\(processID)-\(job)"
        func writer(_ output: RelativePath, _ kind: String) throws -> AtomicFileWriter {
            try PosixFiles.makeDirectories(root: outputRoot, relative: output.folder)
            return try AtomicFileWriter(destination: outputRoot + "/" + output.string, naming: naming,
                                        unique: unique + "-" + kind)
        }
        var sinks = Sinks()
        var summaryWriter: AtomicFileWriter?
        switch configuration.format {
        case .text:
            if configuration.translate { sinks.translation = try writer(names.translation, "t") }
            if configuration.summarize { summaryWriter = try writer(names.summary, "s") }
        case .jsonl:
            let record = try writer(names.record, "r")
            try record.write("{\"path\":" + JSONValue.string(path.string).rendered + ",\"sha256\":\"" + sha + "\""
                + ",\"translation\":" + (configuration.translate ? "\"" : "null"))
            sinks.record = configuration.translate ? record : nil
            summaryWriter = nil
            return try await translateDocument(path: path, format: format, source: source, sinks: sinks,
                                               summary: nil, record: record)
        }
        return try await translateDocument(path: path, format: format, source: source, sinks: sinks,
                                           summary: summaryWriter, record: nil)
    }

    private func translateDocument(path: RelativePath, format: DocumentFormat, source: String, sinks: Sinks,
                                   summary summaryWriter: AtomicFileWriter?, record: AtomicFileWriter?)
        async throws -> Produced
    {
        let reader = ParagraphReader(source: try ByteSource.open(path: source),
                                     mode: format == .markdown ? .lines : .paragraphs,
                                     encoding: configuration.encoding)
        var iterator = reader.makeAsyncIterator()
        var collected: [TranslatedParagraph] = []
        var collectedBytes = 0
        var summaryTruncated = false
        var statistics = DocumentStatistics()
        var hasText = false
        let wantsSummary = configuration.summarize
        let wantsStatistics = record != nil

        func take(_ translated: TranslatedParagraph, sourceBytes: Int) {
            if wantsStatistics { statistics.add(translated) }
            guard wantsSummary else { return }
            if collectedBytes + sourceBytes <= configuration.summaryInputLimit {
                collected.append(translated)
                collectedBytes += sourceBytes
            } else {
                summaryTruncated = true
            }
        }

        switch format {
        case .plainText:
            var layout = ParagraphLayout(style: .blankLineBetween)
            while let paragraph = try await iterator.next() {
                hasText = true
                let translated = try pipeline.translate(paragraph)
                try sinks.write(layout.place(translated.english, continues: translated.continues))
                take(translated, sourceBytes: paragraph.text.utf8.count)
            }
        case .markdown:
            var splitter = MarkdownBlockSplitter(maxDepth: configuration.maxMarkdownDepth)
            var index = 0
            func handle(_ blocks: [MarkdownBlock]) throws {
                for block in blocks {
                    switch block {
                    case .verbatim:
                        try sinks.write(block.rendered(translated: ""))
                    case .text(let textBlock):
                        let paragraph = Paragraph(index: index, firstLine: textBlock.line, text: textBlock.text,
                                                  continues: textBlock.continues)
                        index += 1
                        let translated = try pipeline.translate(paragraph)
                        try sinks.write(block.rendered(translated: translated.english))
                        take(translated, sourceBytes: textBlock.text.utf8.count)
                    }
                }
            }
            while let line = try await iterator.next() {
                if !hasText, line.text.contains(where: { !$0.isWhitespace }) { hasText = true }
                try handle(try splitter.feed(line.text, isPartial: line.continues))
            }
            try handle(try splitter.finish())
        }

        var notes: [String] = []
        if let line = iterator.fellBackToWindows1252AtLine {
            notes.append("not valid UTF-8: decoded as Windows-1252 from line \(line)")
        }
        var summaryText: String?
        if wantsSummary {
            if hasText {
                guard let summarizer else { throw BatchError.summarizerUnavailable }
                summaryText = try summarizer.summarize(collected).english
                if summaryTruncated {
                    notes.append("summary made from the first \(configuration.summaryInputLimit >> 20) MiB only")
                }
            } else {
                summaryText = ""
            }
        }
        collected.removeAll()
        if let summaryWriter, let summaryText {
            try summaryWriter.write(summaryText.isEmpty ? "" : summaryText + "\n")
        }
        if statistics.unknownWordsTruncated {
            notes.append("unknown_words lists the first \(DocumentStatistics.maxUnknownWords) distinct words only")
        }
        if let record {
            if configuration.translate { try record.write("\"") }
            var tail = ",\"summary\":" + (summaryText.map { JSONValue.string($0).rendered } ?? "null")
            tail += ",\"unknown_words\":" + statistics.unknownWordsJSON.rendered
            tail += ",\"glossary_terms\":" + statistics.glossaryTermsJSON.rendered
            tail += ",\"status\":\"" + (hasText ? BatchStatus.done : BatchStatus.empty).rawValue + "\""
            tail += ",\"error\":null"
            tail += ",\"notes\":" + JSONValue.array(notes.map(JSONValue.string)).rendered + "}\n"
            try record.write(tail)
        }
        let writers = [sinks.translation, summaryWriter, record].compactMap { $0 }
        try await BlockingIO.run { () throws(FileSystemError) in
            for writer in writers { try writer.commit() }
        }
        return Produced(empty: !hasText, notes: notes)
    }
}
