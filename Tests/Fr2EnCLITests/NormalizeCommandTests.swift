// Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

/// `fr2en normalize` end to end, on standard input.
@Suite struct NormalizeCommandTests {
    /// Windows line endings, a hard-wrapped paragraph, no-break spaces and zero-width characters.
    static let input = "Le maire a dit\u{A0}: «\u{A0}Nous\u{200B} verrons\u{A0}»\r\nlors du conseil\u{FEFF}.\r\n"
        + "\r\n" + "Qu’en pense\u{200D}-t-on\u{202F}?\r\n"

    @Test func writesDisplayFormParagraphByParagraph() throws {
        let result = try CLIRunner.run(["normalize"], stdin: Self.input)
        #expect(result.exitCode == 0)
        #expect(result.stderr.isEmpty)
        let expected = "Le maire a dit\u{A0}: «\u{A0}Nous verrons\u{A0}» lors du conseil.\n"
            + "\n" + "Qu’en pense-t-on\u{202F}?\n"
        #expect(Array(result.stdout.unicodeScalars) == Array(expected.unicodeScalars),
                "\(result.stdout.debugDescription)")
    }

    @Test func jsonlCarriesTheAnalysisForm() throws {
        let result = try CLIRunner.run(["normalize", "--format", "jsonl"], stdin: Self.input)
        #expect(result.exitCode == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let objects = try lines.map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects.map { $0["paragraph"] as? Int } == [0, 1])
        #expect(objects.map { $0["line"] as? Int } == [1, 4])
        let analysis = objects.map { ($0["analysis"] as? String).map { Array($0.unicodeScalars) } }
        #expect(analysis == [
            Array("Le maire a dit : « Nous verrons » lors du conseil.".unicodeScalars),
            Array("Qu'en pense-t-on ?".unicodeScalars),
        ])
        let text = objects.map { ($0["text"] as? String).map { Array($0.unicodeScalars) } }
        #expect(text[1] == Array("Qu’en pense-t-on\u{202F}?".unicodeScalars))
    }
}
