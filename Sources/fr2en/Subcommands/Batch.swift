// Licensed under the Apache License, Version 2.0.

import ArgumentParser
import Fr2En

#if canImport(Glibc)
import Glibc
#endif

extension Fr2EnCommand {
    /// `fr2en batch`: a whole folder tree of documents, concurrently, resumably.
    struct Batch: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Translate and summarise every .txt and .md file of a folder tree into an output folder.",
            usage: """
                fr2en batch INPUT_DIR OUTPUT_DIR [options]
                fr2en batch --merge-manifests OUTPUT_DIR
                """,
            discussion: """
                For each input a/b.txt it writes OUTPUT_DIR/a/b.en.txt (translation) and a/b.summary.en.txt \
                (summary); a/b.md gives a/b.en.md and a/b.summary.en.md, with headings, list items and quotes \
                translated and their markers, code blocks and YAML front matter kept. Other files are skipped with \
                a reason. With --format jsonl it writes OUTPUT_DIR/corpus.jsonl instead: one record per document \
                (path, sha256, translation, summary, unknown_words, glossary_terms, status, error, notes).

                OUTPUT_DIR/manifest.jsonl records each input (sha256, options, lexicon version, status, outputs, \
                error). A rerun skips inputs whose bytes, options and lexicons are unchanged and whose outputs \
                exist, and redoes the rest (--force redoes all). Outputs appear atomically; a run killed at any \
                moment is finished by running the same command again. Empty inputs get empty outputs (status \
                empty); binary files are skipped; unreadable or undecodable files fail without stopping the batch.

                Cluster: --shard K/N processes only the inputs whose path hashes to shard K (0 ≤ K < N); each shard \
                writes manifest.shard-K-of-N.jsonl (and corpus.shard-K-of-N.jsonl). When all shards are done, \
                `fr2en batch --merge-manifests OUTPUT_DIR` writes manifest.jsonl (and corpus.jsonl).

                Progress goes to standard error: a live line on a terminal, plain lines otherwise, JSON Lines \
                events with --progress jsonl. The final report (one line per input that did not simply succeed, \
                in path order) goes to standard output.

                Exit codes: 0 every input succeeded (or was skipped or empty), 3 some inputs failed (see the \
                report), 2 usage error, 1 the batch could not run (e.g. the output folder is not writable).

                Examples:
                  fr2en batch corpus/ out/
                  fr2en batch --jobs 4 --encoding auto corpus/ out/
                  fr2en batch --format jsonl --progress jsonl corpus/ out/
                  fr2en batch --shard 0/4 corpus/ /shared/out/ && fr2en batch --merge-manifests /shared/out/
                """
        )

        enum ProgressOption: String, ExpressibleByArgument, CaseIterable {
            case auto
            case jsonl
            case none
        }

        @Argument(help: ArgumentHelp("INPUT_DIR and OUTPUT_DIR (only OUTPUT_DIR with --merge-manifests).",
                                     valueName: "folder"))
        var folders: [String] = []

        @Flag(help: "Write translations (by default both translations and summaries are written).")
        var translate = false

        @Flag(help: "Write summaries (by default both translations and summaries are written).")
        var summarize = false

        @Option(help: "Output format: text (files beside each other) or jsonl (OUTPUT_DIR/corpus.jsonl).")
        var format: BatchFormat = .text

        @Option(help: "Input encoding: utf8, windows-1252, latin1 or auto (UTF-8, else Windows-1252).")
        var encoding: InputEncoding = .utf8

        @Option(help: ArgumentHelp("Folder of linguistic data.", valueName: "dir"))
        var lexicons: String?

        @OptionGroup var glossary: GlossaryOptions

        @Option(help: "Documents processed at once (default: the number of cores).")
        var jobs: Int?

        @Flag(help: "Redo every document, even those whose outputs are up to date.")
        var force = false

        @Option(help: ArgumentHelp("Process only shard K of N (0 ≤ K < N), by a stable hash of each path.",
                                   valueName: "K/N"))
        var shard: String?

        @Option(help: "Progress on standard error: auto (live line on a terminal, plain lines otherwise), jsonl, none.")
        var progress: ProgressOption = .auto

        @Flag(help: "Merge the shard manifests in OUTPUT_DIR into manifest.jsonl (and corpus.jsonl), then exit.")
        var mergeManifests = false

        func validate() throws {
            if mergeManifests {
                guard folders.count == 1 else { throw ValidationError("--merge-manifests takes exactly OUTPUT_DIR") }
                return
            }
            guard folders.count == 2 else { throw ValidationError("expected INPUT_DIR and OUTPUT_DIR") }
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
            if let shard {
                do { _ = try BatchShard(parsing: shard) } catch { throw ValidationError(error.description) }
            }
        }

        func run() async throws {
            if mergeManifests {
                let report = try Self.reportingBatchErrors { () throws(BatchError) in
                    try ManifestMerger.merge(outputDirectory: folders[0])
                }
                try OutputSink.standardOutput.write(report.rendered)
                if report.hasFailures { throw ExitCode(3) }
                return
            }
            let lexiconDirectory = try LexiconDirectory.locate(explicit: lexicons)
            let pipeline = try TranslationPipeline.standard(lexicons: lexiconDirectory,
                                                            userGlossaries: glossary.glossaries)
            var configuration = BatchConfiguration(inputDirectory: folders[0], outputDirectory: folders[1])
            let both = !translate && !summarize
            configuration.translate = both || translate
            configuration.summarize = both || summarize
            configuration.format = format
            configuration.encoding = encoding
            configuration.jobs = jobs ?? Self.coreCount()
            configuration.force = force
            configuration.shard = try shard.map { try BatchShard(parsing: $0) } ?? .whole
            configuration.extraFingerprint = try glossary.glossaries.map {
                "glossary:" + (try LexiconVersion.hashFile($0))
            }
            let summarizer: (any DocumentSummarizing)? = configuration.summarize
                ? try Self.makeSummarizer(lexicons: lexiconDirectory) : nil
            let lexiconVersion = try LexiconVersion.compute(directory: lexiconDirectory.path)
            let runner = try Self.reportingBatchErrors { () throws(BatchError) in
                try BatchRunner(configuration: configuration, pipeline: pipeline, summarizer: summarizer,
                                lexiconVersion: lexiconVersion)
            }
            var progressReporter = BatchProgress(style: progressStyle)
            let report: BatchReport
            do {
                report = try await runner.run(progress: &progressReporter)
            } catch {
                try? OutputSink.standardError.write("fr2en: \(error)\n")
                throw ExitCode(1)
            }
            try OutputSink.standardOutput.write(report.rendered)
            if report.hasFailures { throw ExitCode(3) }
        }

        /// The summariser batch mode uses: extractive, choosing French sentences.
        static func makeSummarizer(lexicons: LexiconDirectory) throws -> any DocumentSummarizing {
            ExtractiveSummarizer(lexicon: try SummaryLexicon.load(lexicons: lexicons, language: .fr))
        }

        private var progressStyle: BatchProgress.Style {
            switch progress {
            case .auto: isatty(STDERR_FILENO) == 1 ? .terminal : .plain
            case .jsonl: .jsonl
            case .none: .silent
            }
        }

        private static func coreCount() -> Int {
            max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        }

        /// Runs `body`; a `BatchError` is printed and becomes exit code 1.
        private static func reportingBatchErrors<T>(_ body: () throws(BatchError) -> T) throws -> T {
            do {
                return try body()
            } catch {
                try? OutputSink.standardError.write("fr2en: \(error)\n")
                throw ExitCode(1)
            }
        }
    }
}

extension BatchFormat: ExpressibleByArgument {}
