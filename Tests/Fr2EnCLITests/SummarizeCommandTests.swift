// Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

/// `fr2en summarize` and `fr2en translate --summary` end to end.
@Suite struct SummarizeCommandTests {
    static let article = CLIRunner.repositoryRoot.appendingPathComponent("Corpus/fr/reference-article.txt").path

    static let story = """
        Le conseil régional a adopté mardi un plan de deux milliards d'euros pour rénover les lycées. \
        Les travaux commenceront en septembre.

        Selon le président de la région, le plan concerne quatre-vingts établissements. \
        Il sera financé par un emprunt. Les syndicats d'enseignants saluent un effort attendu depuis longtemps.

        Les premiers chantiers toucheront les lycées les plus anciens de la région.
        """

    static func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    static func json(_ line: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
    }

    @Test func defaultIsOneEnglishParagraphOfThreeSentences() throws {
        let result = try CLIRunner.run(["summarize", Self.article])
        #expect(result.exitCode == 0)
        #expect(Self.lines(result.stdout).count == 1)
        #expect(!result.stdout.contains("  "))
        let jsonl = try CLIRunner.run(["summarize", "--format", "jsonl", Self.article])
        #expect(Self.lines(jsonl.stdout).count == 3)
    }

    @Test func readsStandardInputAsOneDocument() throws {
        let result = try CLIRunner.run(["summarize", "--sentences", "2", "--output-language", "fr"], stdin: Self.story)
        #expect(result.exitCode == 0)
        #expect(Self.lines(result.stdout).count == 1)
        #expect(result.stdout.hasPrefix("Le conseil régional a adopté mardi"))
    }

    @Test(arguments: [1, 2, 4])
    func sentencesBudget(count: Int) throws {
        let result = try CLIRunner.run(["summarize", "--sentences", "\(count)", "--format", "jsonl",
                                        "--output-language", "fr"], stdin: Self.story)
        #expect(Self.lines(result.stdout).count == count)
    }

    @Test func wordsBudget() throws {
        let result = try CLIRunner.run(["summarize", "--words", "25", "--output-language", "fr"], stdin: Self.story)
        #expect(result.exitCode == 0)
        let words = result.stdout.split(whereSeparator: \.isWhitespace).count
        #expect(words > 0 && words <= 25)
    }

    @Test func jsonlGivesIndexScoreAndParts() throws {
        let result = try CLIRunner.run(["summarize", "--format", "jsonl", "--output-language", "fr",
                                        "--sentences", "2"], stdin: Self.story)
        let records = try Self.lines(result.stdout).map(Self.json)
        #expect(records.count == 2)
        let indices = records.map { $0["index"] as! Int }
        #expect(indices == indices.sorted())
        for record in records {
            let parts = record["parts"] as! [String: Any]
            #expect(parts["textRank"] != nil && parts["positionInverse"] != nil)
            let sum = parts.values.map { ($0 as! NSNumber).doubleValue }.reduce(0, +)
            #expect(abs(sum - (record["logit"] as! NSNumber).doubleValue) < 1e-4)
            #expect((record["score"] as! NSNumber).doubleValue > 0)
            #expect(record["document"] as? String == "<stdin>")
        }
    }

    @Test func englishInputIsSummarisedWithoutTranslation() throws {
        let text = "the harbour bridge will close to cars next spring, the council said on monday. "
            + "the bridge carries 20,000 vehicles a day. cyclists will still be allowed to cross it. "
            + "shop owners in the old town fear a drop in trade."
        let result = try CLIRunner.run(["summarize", "--input-language", "en", "--sentences", "2",
                                        "--format", "jsonl"], stdin: text)
        let records = try Self.lines(result.stdout).map(Self.json)
        #expect(records.count == 2)  // the lowercased text is still split into sentences
        #expect((records[0]["text"] as! String).hasPrefix("the harbour bridge will close"))
    }

    @Test func eachFileIsOneDocument() throws {
        let corpus = CLIRunner.repositoryRoot.appendingPathComponent("Corpus/fr").path
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".txt") }
            .sorted().map { corpus + "/" + $0 }
        let result = try CLIRunner.run(["summarize", "--output-language", "fr"] + files)
        #expect(result.exitCode == 0)
        #expect(result.stdout.components(separatedBy: "\n\n").count == files.count)
    }

    @Test func jsonlInputEvaluationMode() throws {
        let data = """
            {"id": "a", "text": "Le maire a inauguré lundi la nouvelle médiathèque du quartier nord. Elle a coûté trois millions d'euros.\\nLes habitants attendaient ce lieu depuis dix ans."}
            {"id": 7, "title": "Grève", "text": "Les cheminots sont en grève depuis mardi. Le trafic est très perturbé. La direction propose une réunion.", "sentences": 1}

            """
        let path = NSTemporaryDirectory() + "fr2en-summarize-\(UUID().uuidString).jsonl"
        try data.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CLIRunner.run(["summarize", "--jsonl-input", path, "--output-language", "fr",
                                        "--sentences", "2"])
        #expect(result.exitCode == 0)
        let records = try Self.lines(result.stdout).map(Self.json)
        #expect(records.map { $0["id"] as! String } == ["a", "7"])
        #expect((records[0]["sentences"] as! [String]).count == 2)
        #expect((records[1]["sentences"] as! [String]).count == 1)  // the record's own budget wins
        #expect(records[1]["summary"] as? String == "Les cheminots sont en grève depuis mardi.")

        let features = try CLIRunner.run(["summarize", "--jsonl-input", path, "--dump-features"])
        let rows = try Self.lines(features.stdout).map(Self.json)
        #expect(rows.count == 6)
        #expect((rows[0]["features"] as! [String: Any]).count > 10)
    }

    @Test func malformedJSONLineIsReportedWithItsLine() throws {
        let path = NSTemporaryDirectory() + "fr2en-summarize-\(UUID().uuidString).jsonl"
        try "{\"id\": \"a\", \"text\": \"Bonjour.\"}\n{\"id\": \n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CLIRunner.run(["summarize", "--jsonl-input", path])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("\(path):2:"))
    }

    @Test(arguments: [
        ["summarize", "--sentences", "2", "--words", "10"],
        ["summarize", "--sentences", "0"],
        ["summarize", "--input-language", "en", "--output-language", "fr"],
        ["summarize", "--input-language", "de"],
        ["summarize", "--dump-features"],
    ])
    func usageErrors(arguments: [String]) throws {
        let result = try CLIRunner.run(arguments, stdin: "")  // no input: the command stops before reading
        #expect(result.exitCode == 2)
        #expect(result.stdout.isEmpty)
    }

    @Test func missingFileExitsWithOneAndOthersAreStillSummarised() throws {
        let result = try CLIRunner.run(["summarize", "--output-language", "fr", "missing.txt", Self.article])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("missing.txt"))
        #expect(result.stdout.contains("Sergueï Ivanov"))
    }

    @Test func translateSummaryPrintsTheSummaryAfterTheTranslation() throws {
        let plain = try CLIRunner.run(["translate", Self.article])
        let withSummary = try CLIRunner.run(["translate", "--summary", Self.article])
        #expect(withSummary.exitCode == 0)
        #expect(withSummary.stdout.hasPrefix(plain.stdout))
        let summary = String(withSummary.stdout.dropFirst(plain.stdout.count))
        #expect(summary.hasPrefix("\n"))
        #expect(Self.lines(summary).count == 1)
        let alone = try CLIRunner.run(["summarize", Self.article])
        #expect(summary == "\n" + alone.stdout)
    }

    @Test func translateSummaryOncePerDocument() throws {
        let result = try CLIRunner.run(["translate", "--summary", "--format", "jsonl", Self.article, Self.article])
        let summaries = try Self.lines(result.stdout).map(Self.json).filter { $0["summary"] != nil }
        #expect(summaries.count == 2)
        #expect(summaries.allSatisfy { ($0["indices"] as! [Int]).count == 3 })
    }
}
