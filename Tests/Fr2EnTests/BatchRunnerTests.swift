// Licensed under the Apache License, Version 2.0.

import Foundation
import Fr2En
import Testing

/// A summariser for tests only: the document's first sentence.
struct FirstSentenceSummarizer: DocumentSummarizing {
    func summarize(_ paragraphs: [TranslatedParagraph]) throws -> DocumentSummary {
        DocumentSummary(sentences: Array(paragraphs.lazy.flatMap(\.sentences).prefix(1)))
    }
}

/// A folder under the system's temporary folder, deleted when the test ends.
final class BatchTemporaryFolder {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("fr2en-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, Data(text.utf8))
    }

    func write(_ relative: String, _ data: Data) throws {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
    }

    func read(_ relative: String) -> String? {
        try? String(contentsOf: url.appendingPathComponent(relative), encoding: .utf8)
    }

    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(relative).path)
    }

    /// Every file below the folder, relative, sorted.
    func files() -> [String] {
        let base = url.resolvingSymlinksInPath().path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return [] }
        return walker.compactMap { item -> String? in
            guard let relative = item as? String else { return nil }
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: base + "/" + relative, isDirectory: &isFolder)
            return isFolder.boolValue ? nil : relative
        }.sorted()
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}

/// End-to-end runs of the batch engine over small corpora built in a temporary folder.
@Suite struct BatchRunnerTests {
    static let pipeline: TranslationPipeline = {
        try! TranslationPipeline.standard(lexicons: LexiconDirectory(path: LexiconDirectory.packageLexiconsPath))
    }()

    static func run(_ input: String, _ output: String, configure: (inout BatchConfiguration) -> Void = { _ in })
        async throws -> BatchReport
    {
        var configuration = BatchConfiguration(inputDirectory: input, outputDirectory: output)
        configuration.jobs = 2
        configure(&configuration)
        let runner = try BatchRunner(configuration: configuration, pipeline: pipeline,
                                     summarizer: configuration.summarize ? FirstSentenceSummarizer() : nil,
                                     lexiconVersion: "test-lexicons")
        var progress = BatchProgress(style: .silent)
        return try await runner.run(progress: &progress)
    }

    static func statuses(_ report: BatchReport) -> [String: BatchStatus] {
        Dictionary(uniqueKeysWithValues: report.outcomes.map { ($0.record.path.string, $0.record.status) })
    }

    static func reasons(_ report: BatchReport) -> [String: String] {
        Dictionary(uniqueKeysWithValues: report.outcomes.compactMap { outcome in
            outcome.record.error.map { (outcome.record.path.string, $0) }
        })
    }

    static let article = """
        Le conseil municipal s'est réuni lundi soir. Il a voté le budget de l'année prochaine.

        Les habitants du quartier ont demandé une nouvelle bibliothèque.
        """

    @Test func everyKindOfBadInputGetsAStatusAndNeverCostsAnotherDocument() async throws {
        let folder = try BatchTemporaryFolder()
        let input = folder.path + "/in"
        try folder.write("in/bon.txt", Self.article)
        try folder.write("in/dossier/autre.txt", "Une phrase simple.\n")
        try folder.write("in/latin1.txt", Data([0x43, 0x61, 0x66, 0xE9, 0x20, 0x63, 0x68, 0x61, 0x75, 0x64, 0x2E,
                                                0x0A]))
        try folder.write("in/vide.txt", "")
        try folder.write("in/blancs.txt", "  \n\n\t\n")
        try folder.write("in/binaire.txt", Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x41]))
        try folder.write("in/image.png", Data([0x89, 0x50, 0x4E, 0x47]))
        try folder.write("in/profond.md", "Bonjour.\n\n" + String(repeating: "> ", count: 40) + "trop profond\n")
        try folder.write("dehors/secret.txt", "Ne pas lire.\n")
        try FileManager.default.createSymbolicLink(atPath: input + "/lien-dehors.txt",
                                                   withDestinationPath: folder.path + "/dehors/secret.txt")
        try FileManager.default.createSymbolicLink(atPath: input + "/dossier/boucle", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: input + "/lien-dedans.txt", withDestinationPath: "bon.txt")
        try FileManager.default.createSymbolicLink(atPath: input + "/casse.txt", withDestinationPath: "nulle-part.txt")
        #expect(mkfifo(input + "/tube.txt", 0o644) == 0)

        let report = try await Self.run(input, folder.path + "/out")
        let statuses = Self.statuses(report)
        let reasons = Self.reasons(report)
        #expect(statuses["bon.txt"] == .done)
        #expect(statuses["dossier/autre.txt"] == .done)
        #expect(statuses["lien-dedans.txt"] == .done)
        #expect(statuses["latin1.txt"] == .failed)
        #expect(reasons["latin1.txt"]?.contains("invalid UTF-8 at byte offset 3 (line 1)") == true)
        #expect(statuses["vide.txt"] == .empty)
        #expect(statuses["blancs.txt"] == .empty)
        #expect(statuses["binaire.txt"] == .skipped)
        #expect(reasons["binaire.txt"] == "binary file (NUL byte at offset 4)")
        #expect(statuses["image.png"] == .skipped)
        #expect(statuses["profond.md"] == .failed)
        #expect(reasons["profond.md"]?.contains("nested more than 16 levels") == true)
        #expect(statuses["lien-dehors.txt"] == .skipped)
        #expect(reasons["lien-dehors.txt"] == "symlink points outside the input folder")
        #expect(statuses["dossier/boucle"] == .skipped)
        #expect(statuses["casse.txt"] == .skipped)
        #expect(statuses["tube.txt"] == .skipped)
        #expect(report.hasFailures)

        let files = folder.files()
        #expect(files.contains("out/bon.en.txt") && files.contains("out/bon.summary.en.txt"))
        #expect(files.contains("out/dossier/autre.en.txt"))
        #expect(folder.read("out/vide.en.txt") == "" && folder.read("out/vide.summary.en.txt") == "")
        #expect(!files.contains { $0.hasPrefix("out/latin1.") || $0.hasPrefix("out/profond.") })
        #expect(!files.contains { $0.contains("secret") && $0.hasPrefix("out/") })
        #expect(!files.contains { $0.contains(TemporaryFileName.marker) })
        // The summary is the test summariser's first sentence, rendered as one paragraph.
        let summary = try #require(folder.read("out/bon.summary.en.txt"))
        let translation = try #require(folder.read("out/bon.en.txt"))
        #expect(summary.hasSuffix("\n") && !summary.dropLast().contains("\n"))
        #expect(translation.hasPrefix(String(summary.dropLast())))
        #expect(translation.components(separatedBy: "\n\n").count == 2, "paragraphs kept")
        // The report names every problem, in path order.
        let lines = report.rendered.split(separator: "\n").dropFirst().filter { !$0.hasPrefix("note:") }
        #expect(lines.map { $0.split(separator: " ")[1] } == lines.map { $0.split(separator: " ")[1] }.sorted())
    }

    @Test func autoEncodingDecodesWindows1252AndSaysSo() async throws {
        let folder = try BatchTemporaryFolder()
        // "Zéphyrine." in Windows-1252: a name, which the translator passes through.
        try folder.write("in/latin1.txt", Data([0x5A, 0xE9, 0x70, 0x68, 0x79, 0x72, 0x69, 0x6E, 0x65, 0x2E, 0x0A]))
        let report = try await Self.run(folder.path + "/in", folder.path + "/out") { $0.encoding = .auto }
        #expect(Self.statuses(report)["latin1.txt"] == .done)
        #expect(report.outcomes[0].record.notes == ["not valid UTF-8: decoded as Windows-1252 from line 1"])
        #expect(report.rendered.contains("latin1.txt: not valid UTF-8: decoded as Windows-1252"))
        #expect(folder.read("out/latin1.en.txt")?.contains("Zéphyrine") == true)
        #expect(!report.hasFailures)
    }

    @Test func markdownKeepsItsStructure() async throws {
        let folder = try BatchTemporaryFolder()
        try folder.write("in/doc.md", """
            ---
            titre: essai
            ---
            # Les nouvelles du jour

            - Le maire a parlé.
            - Les élèves sont partis.

            > Une citation du maire.

            ```
            ne pas traduire
            ```

            """)
        let report = try await Self.run(folder.path + "/in", folder.path + "/out")
        #expect(Self.statuses(report)["doc.md"] == .done)
        let output = try #require(folder.read("out/doc.en.md"))
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 14)
        #expect(Array(lines[0...2]) == ["---", "titre: essai", "---"])
        #expect(lines[3].hasPrefix("# ") && lines[3].count > 4)
        #expect(lines[5].hasPrefix("- ") && lines[6].hasPrefix("- "))
        #expect(lines[8].hasPrefix("> "))
        #expect(Array(lines[10...12]) == ["```", "ne pas traduire", "```"])
        #expect(folder.exists("out/doc.summary.en.md"))
    }

    @Test func rerunRedoesOnlyWhatIsMissingOrChanged() async throws {
        let folder = try BatchTemporaryFolder()
        for index in 0..<6 { try folder.write("in/doc\(index).txt", "Document numéro \(index). " + Self.article) }
        let output = folder.path + "/out"
        let first = try await Self.run(folder.path + "/in", output)
        #expect(first.outcomes.allSatisfy { $0.record.status == .done && !$0.reused })
        let before = folder.read("out/doc3.en.txt")

        // Unchanged: nothing redone.
        let second = try await Self.run(folder.path + "/in", output)
        #expect(second.outcomes.allSatisfy { $0.reused })

        // One output deleted, one input changed: exactly those two redone, with the same result for the first.
        try FileManager.default.removeItem(atPath: output + "/doc3.en.txt")
        try folder.write("in/doc5.txt", "Un texte tout à fait différent.\n")
        let third = try await Self.run(folder.path + "/in", output)
        let redone = third.outcomes.filter { !$0.reused }.map(\.record.path.string)
        #expect(redone == ["doc3.txt", "doc5.txt"])
        #expect(folder.read("out/doc3.en.txt") == before)

        // Other options: everything redone; --force: everything redone.
        let fourth = try await Self.run(folder.path + "/in", output) { $0.summarize = false }
        #expect(fourth.outcomes.allSatisfy { !$0.reused })
        let fifth = try await Self.run(folder.path + "/in", output) { $0.summarize = false; $0.force = true }
        #expect(fifth.outcomes.allSatisfy { !$0.reused })
        // The manifest is compacted: one line per input.
        let manifest = try #require(folder.read("out/manifest.jsonl"))
        #expect(manifest.split(separator: "\n").count == 6)
        #expect(!folder.files().contains { $0.contains(TemporaryFileName.marker) })
    }

    @Test func staleTemporaryFilesAndTornManifestLinesAreCleanedUp() async throws {
        let folder = try BatchTemporaryFolder()
        try folder.write("in/a.txt", Self.article)
        let output = folder.path + "/out"
        _ = try await Self.run(folder.path + "/in", output)
        // Simulate a run killed mid-way: temporary files of ours (and one of another shard), a torn manifest line.
        let ours = TemporaryFileName(shard: .whole).make(for: "a.en.txt", unique: "999-0-t")
        let theirs = TemporaryFileName(shard: try BatchShard(index: 1, count: 2)).make(for: "b.en.txt", unique: "1")
        try folder.write("out/" + ours, "partial")
        try folder.write("out/sub/" + ours, "partial")
        try folder.write("out/" + theirs, "partial")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: output + "/manifest.jsonl"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"path":"a.txt","sha2"#.utf8))
        try handle.close()

        let report = try await Self.run(folder.path + "/in", output)
        #expect(report.removedTemporaryFiles == 2)
        #expect(report.ignoredManifestLines == 1)
        #expect(report.outcomes.allSatisfy { $0.reused })
        #expect(folder.exists("out/" + theirs), "another shard's temporary files are not ours to delete")
        let manifest = try #require(folder.read("out/manifest.jsonl"))
        #expect(manifest.split(separator: "\n").count == 1)
    }

    @Test func jsonlWritesOneRecordPerDocumentInPathOrder() async throws {
        let folder = try BatchTemporaryFolder()
        try folder.write("in/b.txt", Self.article)
        try folder.write("in/a/c.md", "# Titre\n\nUn texte \"cité\".\n")
        try folder.write("in/a/bad.txt", Data([0xFF, 0x0A]))
        try folder.write("in/photo.jpg", Data([0xFF]))
        let report = try await Self.run(folder.path + "/in", folder.path + "/out") { $0.format = .jsonl }
        #expect(report.hasFailures)
        let corpus = try #require(folder.read("out/corpus.jsonl"))
        let records = try corpus.split(separator: "\n").map { try JSONParser.parse(String($0)) }
        #expect(records.map { $0["path"]?.stringValue } == ["a/bad.txt", "a/c.md", "b.txt"])
        #expect(records.map { $0["status"]?.stringValue } == ["failed", "done", "done"])
        let keys: [String] = if case .object(let pairs) = records[2] { pairs.map(\.0) } else { [] }
        #expect(keys == ["path", "sha256", "translation", "summary", "unknown_words", "glossary_terms", "status",
                         "error", "notes"])
        #expect(records[2]["sha256"]?.stringValue == SHA256.hash(Self.article).hex)
        #expect(records[2]["translation"]?.stringValue?.contains("\n\n") == true)
        #expect(records[2]["summary"]?.stringValue?.isEmpty == false)
        #expect(records[1]["translation"]?.stringValue?.hasPrefix("# ") == true)
        #expect(records[0]["translation"] == .null && records[0]["error"]?.stringValue?.contains("UTF-8") == true)
        #expect(!folder.exists("out/b.en.txt"), "jsonl replaces the per-file outputs")
    }

    @Test func shardsCoverTheCorpusOnceAndMergeIntoOneManifest() async throws {
        let folder = try BatchTemporaryFolder()
        for index in 0..<25 { try folder.write("in/d\(index % 3)/f\(index).txt", "Texte \(index). " + Self.article) }
        let output = folder.path + "/out"
        var seen: [String] = []
        for index in 0..<3 {
            let report = try await Self.run(folder.path + "/in", output) {
                $0.shard = try! BatchShard(index: index, count: 3)
                $0.format = .jsonl
            }
            seen += report.outcomes.map(\.record.path.string)
            #expect(folder.exists("out/manifest.shard-\(index)-of-3.jsonl"))
        }
        #expect(seen.count == 25 && Set(seen).count == 25)
        let merged = try ManifestMerger.merge(outputDirectory: output)
        #expect(merged.outcomes.count == 25 && !merged.hasFailures)
        #expect(folder.read("out/manifest.jsonl")?.split(separator: "\n").count == 25)
        #expect(folder.read("out/corpus.jsonl")?.split(separator: "\n").count == 25)
        // A run over the whole corpus afterwards reuses everything the shards did.
        let whole = try await Self.run(folder.path + "/in", output) { $0.format = .jsonl }
        #expect(whole.outcomes.count == 25 && whole.outcomes.allSatisfy { $0.reused })
    }

    @Test func mergeRefusesAnIncompleteSetOfShards() async throws {
        let folder = try BatchTemporaryFolder()
        try folder.write("in/a.txt", Self.article)
        let output = folder.path + "/out"
        _ = try await Self.run(folder.path + "/in", output) { $0.shard = try! BatchShard(index: 0, count: 2) }
        #expect(throws: BatchError.self) { try ManifestMerger.merge(outputDirectory: output) }
        _ = try await Self.run(folder.path + "/in", output) { $0.shard = try! BatchShard(index: 1, count: 2) }
        #expect(throws: Never.self) { try ManifestMerger.merge(outputDirectory: output) }
        // A shard that was interrupted (its "finished" marker gone) blocks the merge until it is run again.
        try FileManager.default.removeItem(atPath: output + "/.fr2en/finished.shard-1-of-2")
        #expect(throws: BatchError.self) { try ManifestMerger.merge(outputDirectory: output) }
    }

    @Test func outputInsideInputIsLeftOutOfTheWalk() async throws {
        let folder = try BatchTemporaryFolder()
        try folder.write("in/a.txt", Self.article)
        let first = try await Self.run(folder.path + "/in", folder.path + "/in/out")
        #expect(first.outcomes.map(\.record.path.string) == ["a.txt"])
        #expect(first.leftOutOutputFolder)
        let second = try await Self.run(folder.path + "/in", folder.path + "/in/out")
        #expect(second.outcomes.map(\.record.path.string) == ["a.txt"] && second.outcomes[0].reused)
    }

    @Test func impossibleFoldersStopTheBatch() async throws {
        let folder = try BatchTemporaryFolder()
        try folder.write("in/a.txt", Self.article)
        try folder.write("fichier", "x")
        await #expect(throws: BatchError.self) { try await Self.run(folder.path + "/nulle-part", folder.path + "/o") }
        await #expect(throws: BatchError.self) { try await Self.run(folder.path + "/in", folder.path + "/in") }
        await #expect(throws: BatchError.self) { try await Self.run(folder.path + "/in", folder.path + "/fichier") }
        await #expect(throws: BatchError.self) { try await Self.run(folder.path + "/in", folder.path) }
    }

    @Test func collidingOutputNamesFailTheLaterInputInPathOrder() async throws {
        let folder = try BatchTemporaryFolder()
        try folder.write("in/b.txt", Self.article)
        try folder.write("in/b.summary.txt", "Autre texte.\n")  // its translation would be b.txt's summary
        let report = try await Self.run(folder.path + "/in", folder.path + "/out")
        // "b.summary.txt" sorts first (by bytes), so it keeps its names and "b.txt" fails.
        #expect(Self.statuses(report) == ["b.summary.txt": .done, "b.txt": .failed])
        #expect(Self.reasons(report)["b.txt"]?.contains("collide with those of b.summary.txt") == true)
        #expect(folder.read("out/b.summary.en.txt")?.isEmpty == false)
    }

    @Test func aLongSingleLineFileFinishesInParts() async throws {
        let folder = try BatchTemporaryFolder()
        let sentence = "Le petit chat dort sur le canapé du salon. "
        // Longer than ParagraphReader's 1 MiB line limit, so it is read in parts.
        let line = String(repeating: sentence, count: (5 << 18) / sentence.utf8.count)
        try folder.write("in/long.txt", line)
        try folder.write("in/long.md", line)
        let report = try await Self.run(folder.path + "/in", folder.path + "/out") { $0.summarize = false }
        #expect(Self.statuses(report) == ["long.md": .done, "long.txt": .done])
        for name in ["out/long.en.txt", "out/long.en.md"] {
            let output = try #require(folder.read(name))
            #expect(output.utf8.count > line.utf8.count / 2)
            #expect(output.split(separator: "\n").count == 1, "cut parts are joined back on one line")
        }
    }

    @Test func summariesNeedASummarizer() throws {
        let configuration = BatchConfiguration(inputDirectory: "/in", outputDirectory: "/out")
        #expect(throws: BatchError.summarizerUnavailable) {
            try BatchRunner(configuration: configuration, pipeline: Self.pipeline, summarizer: nil,
                            lexiconVersion: "v")
        }
    }
}
