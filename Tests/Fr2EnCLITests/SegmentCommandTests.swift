// Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

/// `fr2en segment` end to end: text and JSON Lines output on standard input.
@Suite struct SegmentCommandTests {
    static let input = """
        M. Roux est arrivé. « Enfin ! » Ensuite, il a parlé.

        Le Dr. Lenoir signe l’acte\u{A0}: voilà… Tout est réglé.

        Un titre sans point
        """

    @Test func printsOneSentencePerLineAndABlankLineBetweenParagraphs() throws {
        let result = try CLIRunner.run(["segment"], stdin: Self.input)
        #expect(result.exitCode == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout == """
            M. Roux est arrivé.
            « Enfin ! »
            Ensuite, il a parlé.

            Le Dr. Lenoir signe l’acte\u{A0}: voilà…
            Tout est réglé.

            Un titre sans point

            """)
    }

    @Test func jsonLinesGiveCodePointOffsetsIntoTheParagraph() throws {
        let result = try CLIRunner.run(["segment", "--format", "jsonl"], stdin: Self.input)
        #expect(result.exitCode == 0)
        let records = try result.stdout.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        let summary = records.map { record in
            "\(record["paragraph"] as? Int ?? -1)/\(record["sentence"] as? Int ?? -1) "
                + "\(record["start"] as? Int ?? -1)..<\(record["end"] as? Int ?? -1)"
        }
        #expect(summary == ["0/0 0..<19", "0/1 20..<31", "0/2 32..<52",
                            "1/0 0..<35", "1/1 36..<51",
                            "2/0 0..<19"])
        #expect(records.allSatisfy { $0["document"] as? String == "<stdin>" })
        // Offsets count code points (the no-break space, "’" and "…" are one each) into the normalised paragraph.
        let paragraphs = Self.input.components(separatedBy: "\n\n")
        for record in records {
            let paragraph = Array(paragraphs[record["paragraph"] as! Int].unicodeScalars)
            let range = (record["start"] as! Int)..<(record["end"] as! Int)
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: paragraph[range])
            #expect(record["text"] as? String == String(slice))
        }
    }

    @Test func segmentsTheReferenceArticle() throws {
        let article = CLIRunner.repositoryRoot.appendingPathComponent("Corpus/fr/reference-article.txt").path
        let result = try CLIRunner.run(["segment", article])
        #expect(result.exitCode == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.contains("Selon Sergueï Ivanov, porte-parole médiatique du service russe de renseignement "
                               + "extérieur (SVR), des directeurs du renseignement de Russie, de Chine, d'Iran et du "
                               + "Pakistan se sont réunis mardi pour discuter de la coopération régionale, notamment "
                               + "en ce qui concerne la lutte contre l'État."))
        #expect(lines.contains("L'État islamique a annoncé la formation de sa province afghane (wilayah en arabe) en "
                               + "janvier 2015, en utilisant le terme «province du Khorasan»."))
    }
}
