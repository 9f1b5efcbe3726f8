// Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

/// `fr2en translate --glossary`: user glossaries, their priority, the JSONL report of terms, and bad files.
@Suite struct GlossaryCommandTests {
    /// A temporary folder for glossary files, removed when the value goes away.
    final class Folder {
        let url: URL

        init() throws {
            url = FileManager.default.temporaryDirectory
                .appendingPathComponent("fr2en-cli-glossary-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }

        func write(_ name: String, _ bytes: [UInt8]) throws -> String {
            let file = url.appendingPathComponent(name)
            try Data(bytes).write(to: file)
            return file.path
        }

        func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

        deinit { try? FileManager.default.removeItem(at: url) }
    }

    private static let sentence = "Le porte-parole de l'OCS est arrivé à Pékin.\n"
    // Tests of bad glossaries send no input: fr2en stops before reading it, and writing to its closed standard
    // input would raise SIGPIPE in the test process.

    /// The `terms` arrays of the JSONL records in `output`.
    private func terms(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").flatMap { line -> [[String: Any]] in
            let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return try #require(record["terms"] as? [[String: Any]])
        }
    }

    @Test func builtInGlossaryAppliesWithoutFlags() throws {
        let result = try CLIRunner.run(["translate"], stdin: Self.sentence)
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("spokesperson"))
        #expect(result.stdout.contains("SCO"))
        #expect(result.stdout.contains("Beijing"))
    }

    @Test func userGlossaryWinsOverTheBuiltInOne() throws {
        let folder = try Folder()
        let user = try folder.write("mine.tsv", "# house style\nporte-parole\tpress officer\n")
        let result = try CLIRunner.run(["translate", "--glossary", user], stdin: Self.sentence)
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("press officer"))
        #expect(!result.stdout.contains("spokesperson"))
        #expect(result.stdout.contains("Beijing"))
    }

    @Test func laterGlossaryWinsOverEarlierOne() throws {
        let folder = try Folder()
        let first = try folder.write("first.tsv", "Pékin\tPeking\nOCS\tShanghai bloc\n")
        let second = try folder.write("second.tsv", "Pékin\tBeiping\n")
        let result = try CLIRunner.run(["translate", "--glossary", first, "--glossary", second], stdin: Self.sentence)
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("Beiping"))
        #expect(result.stdout.contains("Shanghai bloc"))
        #expect(!result.stdout.contains("Peking"))
        let swapped = try CLIRunner.run(["translate", "--glossary", second, "--glossary", first], stdin: Self.sentence)
        #expect(swapped.stdout.contains("Peking"))
        #expect(!swapped.stdout.contains("Beiping"))
    }

    @Test func jsonlReportsWhichTermMatchedWhere() throws {
        let folder = try Folder()
        let user = try folder.write("mine.tsv", "French\tEnglish\n\nOCS\tSCO bloc\n")
        let result = try CLIRunner.run(["translate", "--format", "jsonl", "--glossary", user], stdin: Self.sentence)
        #expect(result.exitCode == 0)
        let found = try terms(result.stdout)
        #expect(found.map { $0["fr"] as? String } == ["porte-parole", "OCS", "Pékin"])
        #expect(found.map { $0["en"] as? String } == ["spokesperson", "SCO bloc", "Beijing"])
        #expect(found.map { $0["start"] as? Int } == [3, 21, 38])
        #expect(found.map { $0["end"] as? Int } == [15, 24, 43])
        let ocs = try #require(found.dropFirst().first)
        #expect(ocs["glossary"] as? String == user)
        #expect(ocs["line"] as? Int == 3)
        #expect(ocs["term"] as? String == "OCS")
        #expect((found.first?["glossary"] as? String)?.hasSuffix("Lexicons/fr-en.glossary.tsv") == true)
    }

    @Test func jsonlShowsTheGlossarySpellingBesideTheTextsSpelling() throws {
        let result = try CLIRunner.run(["translate", "--format", "jsonl"], stdin: "Ils combattent l'ETAT ISLAMIQUE.\n")
        let found = try terms(result.stdout)
        #expect(found.first?["fr"] as? String == "ETAT ISLAMIQUE")
        #expect(found.first?["term"] as? String == "État islamique")
        #expect(found.first?["en"] as? String == "Islamic State")
    }

    @Test func badGlossaryLineExitsWithOneAndNamesFileAndLine() throws {
        let folder = try Folder()
        let bad = try folder.write("bad.tsv", "Pékin\tBeijing\nMoscou Moscow\n")
        let result = try CLIRunner.run(["translate", "--glossary", bad], stdin: "")
        #expect(result.exitCode == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("\(bad):2: no tab"))
        #expect(result.stderr.hasPrefix("fr2en: \(bad):2"), "errors are prefixed like input errors: \(result.stderr)")
    }

    @Test func invalidUTF8InAGlossaryNamesTheByteOffset() throws {
        let folder = try Folder()
        let latin1Line: [UInt8] = [0x50, 0xE9, 0x6B, 0x69, 0x6E, 0x09, 0x42, 0x0A]  // "Pékin\tB" in Latin-1
        let bad = try folder.write("latin1.tsv", Array("OCS\tSCO\n".utf8) + latin1Line)
        let result = try CLIRunner.run(["translate", "--glossary", bad], stdin: "")
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("\(bad):2: invalid UTF-8 at byte offset 9"))
    }

    @Test func duplicateTermInAGlossaryIsAnError() throws {
        let folder = try Folder()
        let bad = try folder.write("dup.tsv", "OCS\tSCO\nPékin\tBeijing\nOCS\tS.C.O.\n")
        let result = try CLIRunner.run(["translate", "--glossary", bad], stdin: "")
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("\(bad):3: duplicate term \"OCS\" (first defined at line 1)"))
    }

    @Test func missingGlossaryExitsWithOne() throws {
        let result = try CLIRunner.run(["translate", "--glossary", "no/such/terms.tsv"], stdin: "")
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("no/such/terms.tsv: cannot open glossary"))
    }
}
