// Licensed under the Apache License, Version 2.0.

import Fr2En
import Synchronization
import Testing

@Suite struct ParagraphReaderTests {
    func read(_ bytes: [UInt8], mode: ParagraphReader.Mode, encoding: InputEncoding = .utf8, chunkSize: Int = 7,
              maxLineBytes: Int = 1 << 20, maxParagraphBytes: Int = 1 << 20) async throws -> [Paragraph] {
        let file = try TemporaryFile(bytes)
        let reader = ParagraphReader(source: try ByteSource.open(path: file.path), mode: mode, encoding: encoding,
                                     chunkSize: chunkSize, maxLineBytes: maxLineBytes,
                                     maxParagraphBytes: maxParagraphBytes)
        var result: [Paragraph] = []
        for try await paragraph in reader { result.append(paragraph) }
        return result
    }

    func read(_ text: String, mode: ParagraphReader.Mode) async throws -> [Paragraph] {
        try await read(Array(text.utf8), mode: mode)
    }

    @Test func blankLinesSeparateParagraphs() async throws {
        let paragraphs = try await read("Un.\nDeux.\n\n  \nTrois.\n", mode: .paragraphs)
        #expect(paragraphs.map(\.text) == ["Un.\nDeux.", "Trois."])
        #expect(paragraphs.map(\.index) == [0, 1])
        #expect(paragraphs.map(\.firstLine) == [1, 5])
    }

    @Test func lineModeKeepsEveryLineIncludingBlankOnes() async throws {
        let paragraphs = try await read("a\n\nb\n", mode: .lines)
        #expect(paragraphs.map(\.text) == ["a", "", "b"])
    }

    @Test func lastLineWithoutNewlineIsKept() async throws {
        #expect(try await read("a\nb", mode: .lines).map(\.text) == ["a", "b"])
        #expect(try await read("", mode: .lines).isEmpty)
    }

    @Test func crlfAndBOMAreDropped() async throws {
        let paragraphs = try await read([0xEF, 0xBB, 0xBF] + Array("Été\r\nHiver\r\n".utf8), mode: .lines)
        #expect(paragraphs.map(\.text) == ["Été", "Hiver"])
    }

    @Test func multiByteCharactersSplitAcrossChunksSurvive() async throws {
        let text = String(repeating: "déjà vu — « œuvre » ", count: 50)
        for chunk in [1, 2, 3, 5, 64] {
            let file = try TemporaryFile(text)
            let reader = ParagraphReader(source: try ByteSource.open(path: file.path), mode: .lines,
                                         chunkSize: chunk)
            var lines: [String] = []
            for try await paragraph in reader { lines.append(paragraph.text) }
            #expect(lines == [text])
        }
    }

    @Test func invalidUTF8IsReportedWithFileLineAndOffset() async throws {
        let file = try TemporaryFile([0x61, 0x0A, 0x62, 0x62, 0xFF, 0x0A])
        let reader = ParagraphReader(source: try ByteSource.open(path: file.path), mode: .lines)
        await #expect(throws: InputError.invalidUTF8(file: file.path, byteOffset: 4, line: 2)) {
            for try await _ in reader {}
        }
    }

    @Test func windows1252IsDecodedOnRequest() async throws {
        // "Été – œuvre" in Windows-1252.
        let bytes: [UInt8] = [0xC9, 0x74, 0xE9, 0x20, 0x96, 0x20, 0x9C, 0x75, 0x76, 0x72, 0x65]
        #expect(try await read(bytes, mode: .lines, encoding: .windows1252).map(\.text) == ["Été – œuvre"])
        #expect(try await read(bytes, mode: .lines, encoding: .latin1).first?.text.hasPrefix("Été") == true)
        #expect(try await read(Array("déjà\n".utf8) + bytes, mode: .lines, encoding: .auto).map(\.text)
            == ["déjà", "Été – œuvre"])
    }

    @Test func lineModeCanKeepUndecodableLines() async throws {
        let file = try TemporaryFile(Array("un\n".utf8) + [0x64, 0x00, 0x65, 0x0A, 0x66, 0xFF, 0x0A] + Array("fin".utf8))
        let reported = Mutex<[InputError]>([])
        let reader = ParagraphReader(source: try ByteSource.open(path: file.path), mode: .lines,
                                     onUndecodableLine: { error in reported.withLock { $0.append(error) } })
        var texts: [String] = []
        for try await paragraph in reader { texts.append(paragraph.text) }
        #expect(texts == ["un", "de", "f\u{FFFD}", "fin"])
        #expect(reported.withLock { $0 } == [InputError.binary(file: file.path, byteOffset: 4),
                                             InputError.invalidUTF8(file: file.path, byteOffset: 8, line: 3)])
    }

    @Test func nulBytesMeanBinaryInput() async throws {
        let file = try TemporaryFile([0x61, 0x0A, 0x00, 0x01])
        let reader = ParagraphReader(source: try ByteSource.open(path: file.path), mode: .lines)
        await #expect(throws: InputError.binary(file: file.path, byteOffset: 2)) {
            for try await _ in reader {}
        }
    }

    @Test func overlongLinesAreCutAtSpacesAndMarkedAsContinuing() async throws {
        let line = (0..<40).map { "mot\($0)" }.joined(separator: " ")
        let parts = try await read(Array((line + "\nfin\n").utf8), mode: .lines, maxLineBytes: 32)
        #expect(parts.count > 2)
        #expect(parts.dropLast(2).allSatisfy { $0.continues })
        #expect(parts.last?.text == "fin" && parts.last?.continues == false)
        #expect(parts.dropLast().map(\.text).joined() == line)
        #expect(parts.allSatisfy { $0.text.utf8.count <= 32 })
    }

    @Test func overlongParagraphsAreEmittedInParts() async throws {
        let text = (0..<20).map { "Ligne \($0)." }.joined(separator: "\n")
        let parts = try await read(Array(text.utf8), mode: .paragraphs, maxParagraphBytes: 30)
        #expect(parts.count > 1)
        #expect(parts.dropLast().allSatisfy { $0.continues })
        #expect(parts.map(\.text).joined(separator: "\n") == text)
    }

    @Test func aDirectoryIsAReadError() async throws {
        let reader = ParagraphReader(source: try ByteSource.open(path: "/"), mode: .lines)
        await #expect(throws: InputError.self) { for try await _ in reader {} }
    }
}
