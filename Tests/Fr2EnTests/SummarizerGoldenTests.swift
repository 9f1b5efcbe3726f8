// Licensed under the Apache License, Version 2.0.

import Foundation
import Fr2En
import Testing

/// Golden files for the summary stage: `Golden/summary/<case>.input.txt` (copies of the `Corpus/fr/` articles,
/// paragraphs separated by blank lines, plus a lowercased English story for the `en-` prefix) must give the
/// chosen sentences of `<case>.expected.txt`, one `index<TAB>source sentence` per line, with the shipped
/// weights and the default budget of 3 sentences — what `fr2en summarize --format jsonl --output-language fr`
/// reports. A retrained weight file is expected to change these files; review the new choices when it does.
@Suite struct SummarizerGoldenTests {
    static let golden = GoldenFolder(stage: "summary")
    static var caseNames: [String] { golden.cases }

    /// Segments a file as `fr2en summarize` does and returns the golden rendering of its summary.
    static func summarize(path: String, language: SummaryLanguage) async throws -> String {
        let lexicons = SummaryFixtures.lexicons
        let normalizer = TextNormalizer()
        let splitter = try SentenceSplitter(
            abbreviations: AbbreviationList.load(path: lexicons.file("fr.abbreviations.txt")))
        var sentences: [Sentence] = []
        for try await paragraph in ParagraphReader(source: try ByteSource.open(path: path), mode: .paragraphs) {
            sentences += try splitter.process(CaselessTextHint.apply(normalizer.process(paragraph)))
        }
        let summarizer = ExtractiveSummarizer(lexicon: try SummaryLexicon.load(lexicons: lexicons, language: language))
        return summarizer.select(sentences, title: nil)
            .map { "\($0.candidate.documentIndex)\t\($0.sentence.text)\n" }.joined()
    }

    @Test func coversTheCorpus() {
        #expect(Self.caseNames.count >= 5)
    }

    @Test(arguments: caseNames)
    func matchesGolden(_ name: String) async throws {
        let expected = try Self.golden.text(name, "expected.txt")
        let actual = try await Self.summarize(path: Self.golden.path(name, "input.txt"), language: name.hasPrefix("en-") ? .en : .fr)
        #expect(actual == expected)
    }

    @Test func referenceArticleSummaryNamesWhoWhereAndWhy() async throws {
        let path = Self.golden.path("reference-article", "input.txt")
        let summary = try await Self.summarize(path: path, language: .fr)
        for fact in ["directeurs du renseignement", "se sont réunis", "Pakistan", "lutte contre"] {
            #expect(summary.contains(fact), "missing: \(fact)")
        }
    }
}
