// Licensed under the Apache License, Version 2.0.

import Foundation
import Fr2En
import Testing

/// The glossary file format: what parses, and every error with its file:line.
@Suite struct GlossaryLoadingTests {
    private func parse(_ text: String, name: String = "g.tsv") throws -> [GlossaryEntry] {
        try Glossary(parsing: Array(text.utf8), name: name, priority: 3).entries
    }

    private func error(_ bytes: [UInt8]) -> GlossaryError? {
        do {
            _ = try Glossary(parsing: bytes, name: "g.tsv", priority: 0)
            return nil
        } catch let error as GlossaryError {
            return error
        } catch {
            return nil
        }
    }

    private func error(_ text: String) -> GlossaryError? { error(Array(text.utf8)) }

    @Test func parsesTermsTranslationsNotesAndLines() throws {
        let entries = try parse("""
            # comment
            État islamique\tIslamic State

              # indented comment
            OCS\tSCO\tOrganisation de coopération de Shanghai
            C#\tC sharp\t
            """)
        #expect(entries.map(\.term) == ["État islamique", "OCS", "C#"])
        #expect(entries.map(\.translation) == ["Islamic State", "SCO", "C sharp"])
        #expect(entries.map(\.note) == [nil, "Organisation de coopération de Shanghai", nil])
        #expect(entries.map(\.origin.line) == [2, 5, 6])
        #expect(entries.allSatisfy { $0.origin.file == "g.tsv" && $0.origin.priority == 3 })
    }

    @Test func trimsFieldsAndAcceptsCRLFAndBOM() throws {
        let bytes = [0xEF, 0xBB, 0xBF] + Array(" Pékin \t Beijing\u{A0}\r\nMoscou\tMoscow\r\n".utf8)
        let entries = try Glossary(parsing: bytes, name: "g.tsv", priority: 0).entries
        #expect(entries.map(\.term) == ["Pékin", "Moscou"])
        #expect(entries.map(\.translation) == ["Beijing", "Moscow"])
        #expect(entries.map(\.origin.line) == [1, 2])
    }

    @Test func composesDecomposedFields() throws {
        let entries = try parse("pre\u{301}fet\tpre\u{301}fet\n")
        #expect(entries.first?.term.unicodeScalars.count == 6)
        #expect(entries.first?.translation == "préfet")
    }

    @Test func skipsAHeaderOnlyOnTheFirstDataLine() throws {
        let entries = try parse("# my terms\nFrench\tEnglish\tNotes\nPékin\tBeijing\n")
        #expect(entries.map(\.term) == ["Pékin"])
        let shortHeader = try parse("FR\tEN\nPékin\tBeijing\n")
        #expect(shortHeader.map(\.term) == ["Pékin"])
        let late = try parse("Pékin\tBeijing\nfr\ten\n")
        #expect(late.map(\.term) == ["Pékin", "fr"])
    }

    @Test func emptyFileHasNoEntries() throws {
        #expect(try parse("").isEmpty)
        #expect(try parse("# only a comment\n\n   \n").isEmpty)
    }

    @Test func missingTab() {
        let failure = error("Pékin\tBeijing\nMoscou Moscow\n")
        #expect(failure == .missingTab(file: "g.tsv", line: 2))
        #expect(failure?.description.hasPrefix("g.tsv:2: no tab") == true)
    }

    @Test func emptyFrenchField() {
        let failure = error("\tBeijing\n")
        #expect(failure == .emptyField(file: "g.tsv", line: 1, column: .french))
        #expect(failure?.description.hasPrefix("g.tsv:1: empty French term") == true)
    }

    @Test func emptyEnglishField() {
        let failure = error("# x\nPékin\t\n")
        #expect(failure == .emptyField(file: "g.tsv", line: 2, column: .english))
        #expect(failure?.description.hasPrefix("g.tsv:2: empty English term") == true)
    }

    @Test func whitespaceOnlyFrenchTerm() {
        let failure = error("Pékin\tBeijing\n\u{A0} \tnothing\n")
        #expect(failure == .whitespaceOnlyField(file: "g.tsv", line: 2, column: .french))
        #expect(failure?.description == "g.tsv:2: the French term (column 1) is only whitespace")
    }

    @Test(arguments: ["\u{A0}", "\u{202F}", "\u{2003}", "\u{3000}", " \u{2009} "])
    func anyUnicodeSpaceIsWhitespace(_ space: String) throws {
        #expect(error("\(space)\tx\n") == .whitespaceOnlyField(file: "g.tsv", line: 1, column: .french))
        let entries = try parse("\(space)Pékin\(space)\t\(space)Beijing\(space)\t\(space)\n")
        #expect(entries.map(\.term) == ["Pékin"])
        #expect(entries.map(\.translation) == ["Beijing"])
        #expect(entries.map(\.note) == [nil])
    }

    @Test func whitespaceOnlyEnglishTerm() {
        #expect(error("Pékin\t   \n") == .whitespaceOnlyField(file: "g.tsv", line: 1, column: .english))
    }

    @Test func tooManyFields() {
        let failure = error("Pékin\tBeijing\tcapital\textra\n")
        #expect(failure == .tooManyFields(file: "g.tsv", line: 1, count: 4))
        #expect(failure?.description.hasPrefix("g.tsv:1: 4 tab-separated fields") == true)
    }

    @Test func duplicateTermInOneFileNamesTheFirstPair() {
        let failure = error("Pékin\tBeijing\n# again\nPékin\tPeking\nPékin\tBeiping\n")
        #expect(failure == .duplicateTerm(file: "g.tsv", line: 3, term: "Pékin", firstLine: 1))
        #expect(failure?.description.hasPrefix("g.tsv:3: duplicate term \"Pékin\" (first defined at line 1)") == true)
    }

    @Test func duplicatesAreFoundThroughTypographicVariants() {
        #expect(error("ministère de l'Intérieur\tA\nministère  de l’Intérieur\tB\n")
                == .duplicateTerm(file: "g.tsv", line: 2, term: "ministère  de l’Intérieur", firstLine: 1))
    }

    @Test func caseVariantsAreNotDuplicates() throws {
        #expect(try parse("Premier ministre\tPrime Minister\npremier ministre\tprime minister\n").count == 2)
    }

    @Test func invalidUTF8NamesLineAndByteOffset() {
        let bytes = Array("Pékin\tBeijing\nMo".utf8) + [0xC3, 0x28] + Array("cou\tMoscow\n".utf8)
        let failure = error(bytes)
        #expect(failure == .invalidUTF8(file: "g.tsv", line: 2, byteOffset: 17))
        #expect(failure?.description.hasPrefix("g.tsv:2: invalid UTF-8 at byte offset 17") == true)
    }

    @Test(arguments: [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xFF]] as [[UInt8]])
    func invalidUTF8Forms(_ sequence: [UInt8]) {
        #expect(error(Array("a\t".utf8) + sequence + [0x0A]) == .invalidUTF8(file: "g.tsv", line: 1, byteOffset: 2))
    }

    @Test func controlCharacter() {
        #expect(error("Pékin\tBei\u{1}jing\n") == .controlCharacter(file: "g.tsv", line: 1, byteOffset: 10))
    }

    @Test func missingFileNamesThePath() {
        #expect(throws: GlossaryError.self) { try Glossary.load(builtIn: "/no/such/glossary.tsv", user: []) }
        do {
            _ = try Glossary.load(builtIn: "/no/such/glossary.tsv", user: [])
        } catch {
            #expect("\(error)".hasPrefix("/no/such/glossary.tsv: cannot open glossary"))
        }
    }

    @Test func directoryIsAReadError() throws {
        let folder = FileManager.default.temporaryDirectory.path
        #expect(throws: GlossaryError.self) { try Glossary.load(builtIn: folder, user: []) }
    }

    @Test func loadErrorsNameTheUserFile() throws {
        let folder = try GlossaryTempFiles()
        let builtIn = try folder.write("builtin.tsv", "Pékin\tBeijing\n")
        let user = try folder.write("user.tsv", "Moscou\tMoscow\n\nLondres London\n")
        #expect(throws: GlossaryError.missingTab(file: user, line: 3)) {
            try Glossary.load(builtIn: builtIn, user: [user])
        }
    }

    @Test func loadsAHundredThousandEntriesQuickly() throws {
        var text = "# generated\n"
        for index in 0..<100_000 {
            text += "terme numéro \(index) de l'État\tterm number \(index) of the State\tnote \(index)\n"
        }
        let bytes = Array(text.utf8)
        let clock = ContinuousClock()
        var glossary = Glossary(entries: [])
        let elapsed = try clock.measure {
            glossary = try Glossary(parsing: bytes, name: "big.tsv", priority: 1)
        }
        #expect(glossary.count == 100_000)
        let sentence = GlossaryFixtures.sentence("Le terme numéro 99999 de l'Etat et le terme numéro 5 de l'État.")
        #expect(glossary.matches(in: sentence).map(\.target) == ["term number 99999 of the State",
                                                                 "term number 5 of the State"])
        // A release build parses and compiles this in about 100 ms; the bound here only catches quadratic
        // behaviour in a debug build on a busy machine.
        #expect(elapsed < .seconds(20))
    }
}

/// A temporary folder for glossary files, removed when the value goes away.
final class GlossaryTempFiles {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("fr2en-glossary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Writes `text` to `name` in the folder and returns its path.
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    func write(_ name: String, _ data: Data) throws -> String {
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }
}
