// Licensed under the Apache License, Version 2.0.

import Foundation
import Fr2En
import Testing

/// Golden files for the normalisation stage, in `Golden/normalize/`.
///
/// Each `<case>.input.txt` is read as the CLI reads it (`ParagraphReader` in paragraph mode), normalised, and laid
/// out with a blank line between paragraphs; the `display` rendering must equal `<case>.expected.txt`, and the
/// `analysis` rendering `<case>.analysis.expected.txt` when that file exists.
@Suite struct NormalizeGoldenTests {
    static let golden = GoldenFolder(stage: "normalize")
    static let cases: [String] = golden.cases

    @Test func thereAreEnoughCases() {
        #expect(Self.cases.count >= 8)
    }

    @Test(arguments: cases)
    func golden(name: String) async throws {
        let input = Self.golden.path(name, "input.txt")
        let reader = ParagraphReader(source: try ByteSource.open(path: input), mode: .paragraphs)
        let normalizer = TextNormalizer()
        var display = ParagraphLayout(style: .blankLineBetween), analysis = display
        var shown = "", analysed = ""
        for try await paragraph in reader {
            let normalized = try normalizer.process(paragraph)
            shown += display.place(normalized.display, continues: normalized.continues)
            analysed += analysis.place(normalized.analysis, continues: normalized.continues)
        }
        expectSameScalars(shown, try expected(name, "expected"))
        let analysisFile = Self.golden.path(name, "analysis.expected.txt")
        if FileManager.default.fileExists(atPath: analysisFile) {
            expectSameScalars(analysed, try expected(name, "analysis.expected"))
        }
    }

    /// Scalar by scalar: String's == would accept text that is only canonically equivalent (not in NFC).
    private func expectSameScalars(_ actual: String, _ expected: String,
                                   sourceLocation: SourceLocation = #_sourceLocation) {
        let same = actual.unicodeScalars.elementsEqual(expected.unicodeScalars)
        #expect(same, "\(actual.debugDescription) is not \(expected.debugDescription)", sourceLocation: sourceLocation)
    }

    private func expected(_ name: String, _ suffix: String) throws -> String {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.golden.path(name, "\(suffix).txt")))
        return String(decoding: data, as: UTF8.self)
    }
}
