// Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

/// `fr2en translate --jobs N`: parallel workers change the speed, never the output.
@Suite struct ParallelTranslateTests {
    @Test func outputIsTheSameWhateverTheNumberOfWorkers() throws {
        let corpus = CLIRunner.repositoryRoot.appendingPathComponent("Corpus/fr")
        let articles = try FileManager.default.contentsOfDirectory(atPath: corpus.path)
            .filter { $0.hasSuffix(".txt") }.sorted().map { corpus.appendingPathComponent($0).path }
        let one = try CLIRunner.run(["translate", "--jobs", "1"] + articles, stdin: "")
        let three = try CLIRunner.run(["translate", "--jobs", "3"] + articles, stdin: "")
        #expect(one.exitCode == 0)
        #expect(three.exitCode == 0)
        #expect(!one.stdout.isEmpty)
        #expect(three.stdout == one.stdout)
    }

    @Test func lineModeKeepsOneLinePerLineWithManyWorkers() throws {
        // Enough lines for many reader batches, with blank and punctuation-only lines among them.
        let lines = (0..<2_000).map { k in
            k % 10 == 0 ? "" : k % 10 == 5 ? "…" : "Le ministre \(k) a parlé hier à Paris."
        }
        let result = try CLIRunner.run(["translate", "--line-mode", "--jobs", "4"],
                                       stdin: lines.joined(separator: "\n") + "\n")
        #expect(result.exitCode == 0)
        let output = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(output.count == lines.count)
        #expect(output[11].contains("11"))
        #expect(output[1_999].contains("1999"))
    }

    @Test func zeroJobsIsAUsageError() throws {
        let result = try CLIRunner.run(["translate", "--jobs", "0"], stdin: "Bonjour.\n")
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("--jobs"))
    }
}
