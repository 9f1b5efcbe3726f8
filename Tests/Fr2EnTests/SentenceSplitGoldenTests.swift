// Licensed under the Apache License, Version 2.0.

import Foundation
import Fr2En
import Testing

/// Golden files for the split stage: `Golden/split/<case>.input.txt` (paragraphs separated by blank lines) must
/// segment into `<case>.expected.txt` (one sentence per line, a blank line between paragraphs), exactly what
/// `fr2en segment` prints.
@Suite struct SentenceSplitGoldenTests {
    static let golden = GoldenFolder(stage: "split")
    static var caseNames: [String] { golden.cases }

    /// Normalises and splits a file the way `fr2en segment` does, and renders the result the same way.
    static func segment(path: String) async throws -> String {
        let normalizer = TextNormalizer()
        let splitter = try SplitFixture.splitter()
        var layout = ParagraphLayout(style: .blankLineBetween)
        var output = ""
        for try await paragraph in ParagraphReader(source: try ByteSource.open(path: path), mode: .paragraphs) {
            let sentences = try splitter.process(normalizer.process(paragraph))
            output += layout.place(sentences.map(\.text).joined(separator: "\n"), continues: paragraph.continues)
        }
        return output
    }

    @Test func hasEnoughCases() {
        #expect(Self.caseNames.count >= 6)
    }

    @Test(arguments: caseNames)
    func matchesGolden(_ name: String) async throws {
        let expected = try Self.golden.text(name, "expected.txt")
        let actual = try await Self.segment(path: Self.golden.path(name, "input.txt"))
        #expect(actual == expected)
        if actual != expected {
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, pair) in zip(actualLines, expectedLines).enumerated() where pair.0 != pair.1 {
                let got = pair.0.debugDescription, wanted = pair.1.debugDescription
                Issue.record("\(name) line \(index + 1): got \(got), expected \(wanted)")
                break
            }
        }
    }
}
