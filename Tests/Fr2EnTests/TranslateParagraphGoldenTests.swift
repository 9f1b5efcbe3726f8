// Licensed under the Apache License, Version 2.0.

import Foundation
import Fr2En
import Testing

/// Golden files under `Golden/paragraph/`: `<phenomenon>.tsv`, each line `french paragraph<TAB>expected english`,
/// translated as one paragraph by the standard pipeline over the shipped `Lexicons/`, for what crosses sentence
/// boundaries (a pronoun whose referent the previous sentence names). The English sentences are joined by a space.
@Suite struct TranslateParagraphGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden/paragraph")

    static var phenomena: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".tsv") }.map { String($0.dropLast(".tsv".count)) }.sorted()
    }

    static func pipeline() throws -> TranslationPipeline {
        try TranslationPipeline.standard(
            lexicons: LexiconDirectory(path: TranslateFixtures.repositoryRoot.appendingPathComponent("Lexicons").path))
    }

    static func english(_ french: String, _ pipeline: TranslationPipeline) throws -> String {
        try pipeline.translate(Paragraph(index: 0, text: french)).sentences.map(\.english).joined(separator: " ")
    }

    @Test func thereIsAtLeastOnePhenomenon() {
        #expect(!Self.phenomena.isEmpty)
    }

    @Test(arguments: phenomena)
    func golden(_ phenomenon: String) throws {
        let pipeline = try Self.pipeline()
        let text = try String(contentsOfFile: Self.folder.appendingPathComponent(phenomenon + ".tsv").path,
                              encoding: .utf8)
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.isEmpty && !line.hasPrefix("#") {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            try #require(columns.count == 2, "\(phenomenon).tsv:\(offset + 1): two columns")
            let output = try Self.english(String(columns[0]), pipeline)
            #expect(output == String(columns[1]), "\(phenomenon).tsv:\(offset + 1): \(columns[0])")
        }
    }

    /// A paragraph starts with no referents: the second sentence alone reads as it would at the start of a text,
    /// whatever paragraph came before it.
    @Test func everyParagraphStartsAfresh() throws {
        let pipeline = try Self.pipeline()
        let alone = try Self.english("Elle est rapide.", pipeline)
        _ = try Self.english("La voiture est rouge.", pipeline)
        #expect(try Self.english("Elle est rapide.", pipeline) == alone)
        #expect(alone == "She is fast.")
        #expect(try Self.english("La voiture est rouge. Elle est rapide.", pipeline) == "The car is red. It is fast.")
    }
}
