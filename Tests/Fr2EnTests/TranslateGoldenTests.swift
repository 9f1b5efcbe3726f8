// Licensed under the Apache License, Version 2.0.

import Foundation
import Fr2En
import Testing

/// Golden files under `Golden/translate/`: one file per phenomenon, `<phenomenon>.tsv`, each line
/// `french<TAB>expected english`, translated with the shipped `Lexicons/`. A `<phenomenon>.glossary.tsv` beside a
/// case file is applied as a user glossary first (with an empty built-in glossary), to test term protection.
@Suite struct TranslateGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden/translate")

    static var phenomena: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".tsv") && !$0.hasSuffix(".glossary.tsv") }
            .map { String($0.dropLast(".tsv".count)) }.sorted()
    }

    static func cases(_ phenomenon: String) throws -> [(french: String, english: String, line: Int)] {
        let text = try String(contentsOfFile: folder.appendingPathComponent(phenomenon + ".tsv").path, encoding: .utf8)
        var result: [(String, String, Int)] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.isEmpty && !line.hasPrefix("#") {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 2 else { continue }
            result.append((String(columns[0]), String(columns[1]), offset + 1))
        }
        return result
    }

    @Test func thereAreAtLeastTwoHundredCasesAcrossFifteenPhenomena() throws {
        let counts = try Self.phenomena.map { try Self.cases($0).count }
        #expect(Self.phenomena.count >= 15)
        #expect(counts.reduce(0, +) >= 200)
    }

    @Test(arguments: phenomena)
    func golden(_ phenomenon: String) throws {
        let translator = try TranslateFixtures.shippedTranslator()
        let glossaryPath = Self.folder.appendingPathComponent(phenomenon + ".glossary.tsv").path
        let glossary: GlossaryTranslator? = FileManager.default.fileExists(atPath: glossaryPath)
            ? GlossaryTranslator(glossary: try Glossary.load(builtIn: TranslateFixtures.emptyFile, user: [glossaryPath]))
            : nil
        for (french, english, line) in try Self.cases(phenomenon) {
            let sentence = TranslateFixtures.sentence(french)
            let glossed = try glossary?.process(sentence)
                ?? TranslatedSentence(source: sentence, segments: [.passthrough(french)])
            let output = try translator.process(glossed).english
            #expect(output == english, "\(phenomenon).tsv:\(line): \(french)")
        }
    }
}
