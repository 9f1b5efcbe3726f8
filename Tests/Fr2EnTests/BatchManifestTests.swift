// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

/// Manifest records: JSON round trip, tolerance of torn lines, refusal of unsafe paths; the JSON reader.
@Suite struct BatchManifestTests {
    static func record(_ path: String, status: BatchStatus = .done, error: String? = nil) -> ManifestRecord {
        ManifestRecord(path: try! RelativePath(validating: path), sha256: String(repeating: "ab", count: 32),
                       options: "opts", lexicons: "lex", status: status,
                       outputs: status == .done ? [try! RelativePath(validating: path + ".en")] : [],
                       error: error, notes: status == .done ? ["décodé \"ainsi\"\n"] : [])
    }

    @Test func recordsRoundTrip() throws {
        let records = [
            Self.record("a/b.txt"),
            Self.record("c.md", status: .failed, error: "invalid UTF-8 at byte offset 3 (line 1)"),
            Self.record("é/ß.txt", status: .skipped, error: "binary file"),
            Self.record("vide.txt", status: .empty),
        ]
        let text = BatchManifest.render(records)
        let manifest = BatchManifest.parse(Array(text.utf8))
        #expect(manifest.ignoredLines == 0)
        #expect(manifest.records.count == records.count)
        for record in records { #expect(manifest.records[record.path] == record) }
        #expect(BatchManifest.render(manifest.records.values) == text, "rendering is sorted and stable")
    }

    @Test func laterRecordsWinAndTornLinesAreIgnored() {
        let first = Self.record("a.txt", status: .failed, error: "x")
        let second = Self.record("a.txt")
        var text = first.json.rendered + "\n" + second.json.rendered + "\n"
        text += String(Self.record("b.txt").json.rendered.prefix(40))  // torn by a crash mid-write
        let manifest = BatchManifest.parse(Array(text.utf8))
        #expect(manifest.records.count == 1)
        #expect(manifest.records[second.path]?.status == .done)
        #expect(manifest.ignoredLines == 1)
    }

    @Test(arguments: ["../escape.txt", "/etc/passwd", "a/../../b.txt", "a//b.txt", "./a.txt", ""])
    func unsafePathsAreRejected(path: String) {
        let line = #"{"path":"# + JSONValue.string(path).rendered.dropFirst().dropLast()
            + #"","sha256":null,"options":"o","lexicons":"l","status":"done","outputs":[],"error":null,"notes":[]}"#
        let manifest = BatchManifest.parse(Array(line.utf8))
        #expect(manifest.records.isEmpty)
        #expect(manifest.ignoredLines == 1)
    }

    @Test func unsafeOutputPathsAreRejected() {
        let line = #"{"path":"a.txt","sha256":null,"options":"o","lexicons":"l","status":"done","#
            + #""outputs":["../../etc/cron.d/x"],"error":null,"notes":[]}"#
        #expect(BatchManifest.parse(Array(line.utf8)).records.isEmpty)
    }

    @Test func manifestFileNames() throws {
        #expect(BatchManifest.fileName(for: .whole) == "manifest.jsonl")
        #expect(BatchManifest.fileName(for: try BatchShard(index: 1, count: 3)) == "manifest.shard-1-of-3.jsonl")
    }

    @Test func jsonReaderHandlesEscapesAndNumbers() throws {
        let value = try JSONParser.parse(#" {"a": [1, -2.5e1, true, false, null], "s": "\u00e9\ud83d\ude00\n\"\\/"} "#)
        #expect(value["a"] == .array([.int(1), .double(-25), .bool(true), .bool(false), .null]))
        #expect(value["s"]?.stringValue == "é😀\n\"\\/")
    }

    @Test(arguments: [#"{"a":1"#, #"{"a":1}x"#, #"[1,]"#, #""\x""#, "tru", #""\ud800""#, "01x"])
    func jsonReaderRejectsMalformedText(text: String) {
        #expect(throws: JSONParser.ParseError.self) { try JSONParser.parse(text) }
    }

    @Test func jsonReaderLimitsDepth() {
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(throws: JSONParser.ParseError.self) { try JSONParser.parse(deep) }
    }
}
