// Licensed under the Apache License, Version 2.0.

@testable import Fr2En
import Testing

/// `TSVTable`: the word-at-a-time field scan, rows of one key in file order, comments, blank lines and CRLF.
@Suite struct TSVTableTests {
    /// The index of the first tab or line feed at or after `start`, one byte at a time.
    private static func naiveScan(_ bytes: [UInt8], from start: Int) -> Int {
        var cursor = start
        while cursor < bytes.count && bytes[cursor] != 9 && bytes[cursor] != 10 { cursor += 1 }
        return cursor
    }

    @Test(arguments: [1, 2, 3, 4, 5])
    func theWordScanFindsWhatAByteScanFinds(seed: UInt64) {
        var generator = SeededGenerator(state: seed)
        // Tabs, line feeds, their neighbours and bytes whose high bit is set (UTF-8 continuations).
        let alphabet: [UInt8] = [9, 10, 8, 11, 13, 0x61, 0x89, 0x8A, 0xC3, 0xFF, 0x00, 0x20]
        for length in 0..<40 {
            let bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...length {
                    #expect(TSVTable.nextTabOrLineFeed(buffer, from: start) == Self.naiveScan(bytes, from: start))
                }
            }
        }
    }

    @Test func rowsOfOneKeyComeInFileOrder() throws {
        let text = "# header\nb\t1\na\t2\r\n\nb\t3\nc\t4\na\t5\nb\t6"
        let table = try TSVTable(path: "test.tsv", bytes: Array(text.utf8), columns: 2, keyColumns: 1)
        #expect(table.count == 6)
        #expect(table.rows(key: "b").map { table.string(row: $0, column: 1) } == ["1", "3", "6"])
        #expect(table.rows(key: "a").map { table.string(row: $0, column: 1) } == ["2", "5"])
        #expect(table.rows(key: "c").map { table.line(of: $0) } == [6])
        #expect(table.rows(key: "d").isEmpty)
        #expect(table.rows(key: "").isEmpty)
    }

    @Test func manyKeysAllFound() throws {
        let text = (0..<5000).map { "key\($0 % 1700)\tvalue\($0)" }.joined(separator: "\n")
        let table = try TSVTable(path: "test.tsv", bytes: Array(text.utf8), columns: 2, keyColumns: 1)
        for key in [0, 1, 999, 1699] {
            let values = table.rows(key: "key\(key)").map { table.string(row: $0, column: 1) }
            #expect(values == stride(from: key, to: 5000, by: 1700).map { "value\($0)" })
        }
        #expect(table.rows(key: "key1700").isEmpty)
    }

    /// Keys of every length around the eight-byte steps of the hash and the comparison, and keys that differ from
    /// them in one byte only (first, middle or last; the filter and the hash must not confuse them).
    @Test func keysOfEveryLengthAndTheirNearMissesAreTold() throws {
        let keys = (1..<26).map { length in String((0..<length).map { Character(UnicodeScalar(0x61 + $0 % 26)!) }) }
        let text = keys.enumerated().map { "\($1)\t\($0)" }.joined(separator: "\n")
        let table = try TSVTable(path: "test.tsv", bytes: Array(text.utf8), columns: 2, keyColumns: 1)
        for (index, key) in keys.enumerated() {
            #expect(table.rows(key: key).map { table.string(row: $0, column: 1) } == ["\(index)"])
            var bytes = Array(key.utf8)
            for position in Set([0, bytes.count / 2, bytes.count - 1]) {
                bytes[position] ^= 0x20
                #expect(table.firstRow(key: String(decoding: bytes, as: UTF8.self)) == -1)
                bytes[position] ^= 0x20
            }
            #expect(table.firstRow(key: key + "a") == -1)
        }
        #expect(table.firstRow(key: "") == -1)
    }

    @Test func missingOptionalColumnsAreEmptyAndExtraColumnsAreRejected() throws {
        let table = try TSVTable(path: "test.tsv", bytes: Array("x\ty\nz\n".utf8), columns: 3, required: 1,
                                 keyColumns: 1)
        #expect(table.string(row: 1, column: 0) == "z")
        #expect(table.string(row: 1, column: 2) == "")
        // The last line has no line feed: its missing columns are empty too, not past the bytes.
        let unterminated = try TSVTable(path: "test.tsv", bytes: Array("x\ty\nz".utf8), columns: 3, required: 1,
                                        keyColumns: 1)
        #expect(unterminated.string(row: 1, column: 0) == "z")
        #expect(unterminated.string(row: 1, column: 1) == "")
        #expect(unterminated.string(row: 1, column: 2) == "")
        #expect(unterminated.range(row: 1, column: 2).isEmpty)
        #expect(throws: LexiconFormatError.self) {
            try TSVTable(path: "test.tsv", bytes: Array("a\tb\nc\td\te\n".utf8), columns: 2, keyColumns: 1)
        }
    }
}
