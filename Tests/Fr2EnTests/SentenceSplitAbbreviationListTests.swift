// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

@Suite struct SentenceSplitAbbreviationListTests {
    static func parse(_ text: String) throws -> AbbreviationList {
        try AbbreviationList.parse(Array(text.utf8), file: "test.txt")
    }

    @Test func shippedListLoads() throws {
        let list = try AbbreviationList.load(path: SplitFixture.lexiconPath)
        #expect(list.entries.count >= 60)
        #expect(list.kind(of: "M.") == .neverFinal)
        #expect(list.kind(of: "etc.") == .mayEnd)
        #expect(list.kind(of: "p. ex.") == .neverFinal)
        #expect(list.kind(of: "c.-à-d.") == .neverFinal)
        #expect(list.kind(of: "janv.") == .mayEnd)
        #expect(list.kind(of: "Paris.") == nil)
    }

    @Test func acceptsCommentsBlankLinesAndCRLF() throws {
        let list = try Self.parse("# comment\r\n\r\nM.\tnever-final\r\n  \netc.\tmay-end")
        #expect(list.entries == [AbbreviationList.Entry(text: "M.", kind: .neverFinal),
                                 AbbreviationList.Entry(text: "etc.", kind: .mayEnd)])
    }

    @Test func lookupRules() throws {
        let list = try Self.parse("Dr\tnever-final\ncf.\tnever-final\np.\tnever-final\np. ex.\tnever-final\n"
                                  + "al.\tnever-final\net al.\tmay-end\n")
        #expect(list.kind(of: "Dr.") == .neverFinal)  // period-less entry, written with a period
        #expect(list.kind(of: "Dr") == .neverFinal)
        #expect(list.kind(of: "Cf.") == .neverFinal)  // capitalised at a sentence start
        #expect(list.kind(of: "P.") == nil)  // one-letter entries: the capital is an initial
        #expect(list.kind(of: "P. ex.") == nil)
        #expect(list.kind(of: "et al.") == .mayEnd)  // the whole entry, not its last token
        #expect(list.kind(of: "al.") == .neverFinal)
    }

    static let badLists: [(text: String, message: String)] = [
        ("M.\tnever-final\nMme never-final\n", "test.txt:2: no tab"),
        ("M.\tnever-final\tnote\n", "test.txt:1: 3 tab-separated fields"),
        ("# x\nM.\tsometimes\n", "test.txt:2: unknown kind \"sometimes\""),
        ("p.  ex.\tnever-final\n", "test.txt:1: malformed abbreviation \"p.  ex.\""),
        (" M.\tnever-final\n", "test.txt:1: malformed abbreviation \" M.\""),
        ("...\tnever-final\n", "test.txt:1: malformed abbreviation \"...\""),
        ("\tnever-final\n", "test.txt:1: malformed abbreviation \"\""),
        ("M.\tnever-final\netc.\tmay-end\nM.\tmay-end\n", "test.txt:3: duplicate abbreviation \"M.\" (first at line 1)"),
    ]

    @Test(arguments: badLists)
    func badLinesNameFileAndLine(_ bad: (text: String, message: String)) {
        #expect {
            try Self.parse(bad.text)
        } throws: { error in
            "\(error)".hasPrefix(bad.message)
        }
    }

    @Test func invalidUTF8NamesTheLine() {
        let bytes = Array("M.\tnever-final\n".utf8) + [0x65, 0xE9, 0x2E, 0x09] + Array("may-end\n".utf8)
        #expect(throws: AbbreviationListError.invalidUTF8(file: "x.txt", line: 2)) {
            try AbbreviationList.parse(bytes, file: "x.txt")
        }
    }

    @Test func missingFileNamesThePath() {
        #expect {
            try AbbreviationList.load(path: "/no/such/fr.abbreviations.txt")
        } throws: { error in
            "\(error)".hasPrefix("/no/such/fr.abbreviations.txt: cannot open abbreviation list")
        }
    }

    @Test func listEntriesChangeTheSplit() throws {
        let text = "Voir la réf. Martin pour la suite."
        let paragraph = SplitFixture.paragraph(text)
        let without = try SentenceSplitter(abbreviations: AbbreviationList())
        let with = try SentenceSplitter(abbreviations: Self.parse("réf.\tnever-final\n"))
        #expect(try without.process(paragraph).map(\.text) == ["Voir la réf.", "Martin pour la suite."])
        #expect(try with.process(paragraph).map(\.text) == [text])
    }
}
