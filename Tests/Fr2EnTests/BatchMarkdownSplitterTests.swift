// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

/// The Markdown block splitter: what is translated, what is kept, and its limits.
@Suite struct BatchMarkdownSplitterTests {
    static func split(_ text: String, splitter: MarkdownBlockSplitter = MarkdownBlockSplitter()) throws
        -> [MarkdownBlock]
    {
        var splitter = splitter
        var blocks: [MarkdownBlock] = []
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if text.hasSuffix("\n") { lines.removeLast() }
        for line in lines { blocks += try splitter.feed(line) }
        return blocks + (try splitter.finish())
    }

    /// Renders with a visible stand-in for translation: prose upper-cased.
    static func render(_ blocks: [MarkdownBlock]) -> String {
        blocks.map { block in
            if case .text(let text) = block { return block.rendered(translated: text.text.uppercased()) }
            return block.rendered(translated: "")
        }.joined()
    }

    static func texts(_ blocks: [MarkdownBlock]) -> [MarkdownTextBlock] {
        blocks.compactMap { if case .text(let text) = $0 { text } else { nil } }
    }

    @Test func headingsListsAndQuotesKeepTheirMarkers() throws {
        let input = """
            # Le titre #
            ## Sous-titre

            Un paragraphe
            sur deux lignes.

            - premier point
            * second point
              qui continue
            1. numéro un
            2) numéro deux
            - [ ] tâche à faire

            > Une citation
            > en deux lignes.
            > > Citation imbriquée.
            > - liste dans une citation

            """
        let expected = """
            # LE TITRE #
            ## SOUS-TITRE

            UN PARAGRAPHE SUR DEUX LIGNES.

            - PREMIER POINT
            * SECOND POINT QUI CONTINUE
            1. NUMÉRO UN
            2) NUMÉRO DEUX
            - [ ] TÂCHE À FAIRE

            > UNE CITATION EN DEUX LIGNES.
            > > CITATION IMBRIQUÉE.
            > - LISTE DANS UNE CITATION

            """
        let blocks = try Self.split(input)
        #expect(Self.render(blocks) == expected)
        let kinds = Self.texts(blocks).map(\.kind)
        #expect(kinds.prefix(2) == [.heading(level: 1), .heading(level: 2)])
        #expect(kinds.filter { $0 == .listItem }.count == 6)
        #expect(Self.texts(blocks).first?.suffix == " #")
    }

    @Test func codeFrontMatterAndRawLinesAreKeptByteForByte() throws {
        let input = """
            ---
            titre: Mon document
            auteur: Quelqu'un
            ---
            Texte.

            ```swift
            let x = "pas traduit"

            # pas un titre
            ```

                code indenté
                encore du code

            ~~~
            > pas une citation
            ~~~
            ***
            <div class="note">bloc HTML</div>
            | colonne | autre |
            [lien]: https://example.org/page
            Fin.

            """
        let expected = """
            ---
            titre: Mon document
            auteur: Quelqu'un
            ---
            TEXTE.

            ```swift
            let x = "pas traduit"

            # pas un titre
            ```

                code indenté
                encore du code

            ~~~
            > pas une citation
            ~~~
            ***
            <div class="note">bloc HTML</div>
            | colonne | autre |
            [lien]: https://example.org/page
            FIN.

            """
        #expect(Self.render(try Self.split(input)) == expected)
    }

    @Test func unclosedFrontMatterIsReadAsMarkdown() throws {
        let input = "---\nUne ligne.\n# Titre\n"
        #expect(Self.render(try Self.split(input)) == "---\nUNE LIGNE.\n# TITRE\n")
        let lines = Self.texts(try Self.split(input)).map(\.line)
        #expect(lines == [2, 3])
    }

    @Test func setextUnderlinesAndBreaksEndParagraphs() throws {
        let input = "Grand titre\n===========\nPetit titre\n---\nTexte\n"
        #expect(Self.render(try Self.split(input)) == "GRAND TITRE\n===========\nPETIT TITRE\n---\nTEXTE\n")
    }

    @Test func indentedLinesInsideListsAreProseNotCode() throws {
        let input = "- point\n\n    suite du point\n"
        let blocks = try Self.split(input)
        #expect(Self.render(blocks) == "- POINT\n\n    SUITE DU POINT\n")
    }

    @Test func nestingDeeperThanTheLimitIsAnError() throws {
        let splitter = MarkdownBlockSplitter(maxDepth: 4)
        #expect(throws: MarkdownError.nestingTooDeep(line: 2, limit: 4)) {
            try Self.split("Bonjour.\n> > > > > trop profond\n", splitter: splitter)
        }
        #expect(throws: MarkdownError.self) {
            try Self.split("- a\n" + String(repeating: " ", count: 12) + "- trop indenté\n", splitter: splitter)
        }
        // At the limit is fine.
        #expect(try Self.split("> > > > assez\n", splitter: splitter).count == 1)
    }

    @Test func hostileQuoteRunIsRejectedQuickly() {
        let line = String(repeating: ">", count: 100_000) + " x"
        #expect(throws: MarkdownError.self) { try Self.split(line + "\n") }
    }

    @Test func longBlocksComeInBoundedParts() throws {
        let splitter = MarkdownBlockSplitter(maxBlockBytes: 100)
        let words = (0..<60).map { "mot\($0)" }
        let input = "> " + words[0..<30].joined(separator: " ") + "\n> " + words[30...].joined(separator: " ") + "\n"
        let blocks = try Self.split(input, splitter: splitter)
        let parts = Self.texts(blocks)
        #expect(parts.count > 2)
        // A part holds at most the limit plus one input line.
        let longestLine = input.split(separator: "\n").map(\.utf8.count).max()!
        #expect(parts.allSatisfy { $0.text.utf8.count < 100 + longestLine })
        #expect(parts.dropLast().allSatisfy(\.continues) && !parts.last!.continues)
        #expect(!parts[0].isContinuation && parts.dropFirst().allSatisfy(\.isContinuation))
        let rendered = Self.render(blocks)
        #expect(rendered == "> " + words.joined(separator: " ").uppercased() + "\n")
    }

    @Test func cutLinesContinueTheirBlock() throws {
        var splitter = MarkdownBlockSplitter()
        var blocks = try splitter.feed("## Un titre coupé ", isPartial: true)
        blocks += try splitter.feed("en deux", isPartial: false)
        blocks += try splitter.feed("    ```", isPartial: true)  // indented code, cut
        blocks += try splitter.feed(" suite du code", isPartial: false)
        blocks += try splitter.finish()
        #expect(Self.render(blocks) == "## UN TITRE COUPÉ EN DEUX\n    ``` suite du code\n")
    }

    @Test func blankDocumentHasNoProse() throws {
        #expect(Self.texts(try Self.split("\n   \n\n")).isEmpty)
    }
}
