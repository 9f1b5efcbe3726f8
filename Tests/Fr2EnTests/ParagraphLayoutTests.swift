// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

@Suite struct ParagraphLayoutTests {
    @Test func paragraphsAreSeparatedByABlankLine() {
        var layout = ParagraphLayout(style: .blankLineBetween)
        let out = layout.place("One.", continues: false) + layout.place("Two.", continues: false)
        #expect(out == "One.\n\nTwo.\n")
    }

    @Test func linesStayOnePerLineEvenWhenEmpty() {
        var layout = ParagraphLayout(style: .linePerParagraph)
        let out = ["a", "", "b"].map { layout.place($0, continues: false) }.joined()
        #expect(out == "a\n\nb\n")
    }

    @Test func continuedPartsShareTheirLine() {
        var layout = ParagraphLayout(style: .linePerParagraph)
        let out = layout.place("first part", continues: true) + layout.place("second", continues: false)
            + layout.place("next", continues: false)
        #expect(out == "first part second\nnext\n")
    }

    /// Appending pieces gives what placing their join gives, for every style and continuation.
    @Test(arguments: [ParagraphLayout.Style.blankLineBetween, .linePerParagraph])
    func appendingPiecesEqualsPlacingTheirJoin(style: ParagraphLayout.Style) {
        let paragraphs: [([String], Bool)] = [
            (["Un.", "Deux."], false), ([], false), ([""], true), (["suite"], true), (["a", ""], false),
            (["fin"], false), ([""], false),
        ]
        var placing = ParagraphLayout(style: style), appending = ParagraphLayout(style: style)
        var placed = "", appended = ""
        for (pieces, continues) in paragraphs {
            placed += placing.place(pieces.joined(separator: "\n"), continues: continues)
            appending.append(lines: pieces, continues: continues, to: &appended)
        }
        #expect(appended == placed)
    }
}
