// Licensed under the Apache License, Version 2.0.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits a `ByteSource` into paragraphs (or lines), decoding as it goes.
///
/// Input: bytes. Output: `Paragraph`s in input order, produced as soon as their last line has arrived.
///
/// - Paragraph mode: a paragraph is a run of non-blank lines; blank lines (only whitespace) separate paragraphs.
/// - Line mode: every input line, blank or not, is one paragraph — the MT evaluation convention.
///
/// Memory stays bounded: a line longer than `maxLineBytes` is cut at a space (or a character boundary) and a
/// paragraph longer than `maxParagraphBytes` is emitted in parts; each part but the last has `continues` set so
/// that writers can join the parts back on one line or paragraph. CR before LF is dropped.
public struct ParagraphReader: AsyncSequence, Sendable {
    public typealias Element = Paragraph

    /// How lines group into paragraphs.
    public enum Mode: Sendable {
        case paragraphs
        case lines
    }

    public let source: ByteSource
    public let mode: Mode
    public let encoding: InputEncoding
    public let chunkSize: Int
    public let maxLineBytes: Int
    public let maxParagraphBytes: Int

    /// Called once when `.auto` decoding falls back to Windows-1252, with the input's name and the line number.
    public let onEncodingFallback: (@Sendable (_ file: String, _ line: Int) -> Void)?

    /// Line mode only: when set, a line that cannot be decoded (invalid UTF-8, NUL bytes) is reported through it and
    /// kept, NUL bytes dropped and invalid bytes shown as U+FFFD, instead of ending the input. This is what keeps
    /// "one output line per input line" true for MT evaluation files with a few broken lines; the caller still
    /// treats the input as failed. Without it, such a line throws the `InputError`.
    public let onUndecodableLine: (@Sendable (InputError) -> Void)?

    public init(source: ByteSource, mode: Mode, encoding: InputEncoding = .utf8, chunkSize: Int = 64 * 1024,
                maxLineBytes: Int = 1 << 20, maxParagraphBytes: Int = 1 << 20,
                onEncodingFallback: (@Sendable (_ file: String, _ line: Int) -> Void)? = nil,
                onUndecodableLine: (@Sendable (InputError) -> Void)? = nil) {
        precondition(chunkSize > 0 && maxLineBytes >= 4 && maxParagraphBytes > 0)
        self.source = source
        self.mode = mode
        self.encoding = encoding
        self.chunkSize = chunkSize
        self.maxLineBytes = maxLineBytes
        self.maxParagraphBytes = maxParagraphBytes
        self.onEncodingFallback = onEncodingFallback
        self.onUndecodableLine = onUndecodableLine
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(reader: self)
    }

    public struct Iterator: AsyncIteratorProtocol {
        private let reader: ParagraphReader
        private var decoder: LineDecoder
        private var buffer: [UInt8] = []
        private var position = 0
        private var bufferOffset = 0          // input byte offset of buffer[0]
        private var atEnd = false
        private var nextLineNumber = 1
        private var paragraphIndex = 0
        /// The pending paragraph's bytes: its lines joined with "\n", not yet validated in UTF-8 mode and
        /// already decoded (so valid) in the others.
        private var pendingBytes: [UInt8] = []
        /// Where each pending line starts in `pendingBytes` and in the input, to locate decoding errors.
        private var pendingLines: [LineDecoder.LineStart] = []

        init(reader: ParagraphReader) {
            self.reader = reader
            self.decoder = LineDecoder(encoding: reader.encoding, file: reader.source.name)
        }

        /// The line at which `--encoding auto` switched to Windows-1252, if it did.
        public var fellBackToWindows1252AtLine: Int? { decoder.fellBackToWindows1252AtLine }

        public mutating func next() async throws -> Paragraph? {
            while true {
                if let paragraph = try nextBufferedParagraph() { return paragraph }
                if atEnd { return try flushPending(continues: false) }
                try await fill()
            }
        }

        /// All paragraphs that can be completed from what has been read so far, reading more only when none can
        /// (at most `limit`); `nil` at the end. Batching keeps per-paragraph overhead low without delaying output:
        /// a batch is returned as soon as one read has completed at least one paragraph.
        public mutating func nextBatch(limit: Int = 256) async throws -> [Paragraph]? {
            var batch: [Paragraph] = []
            while true {
                while batch.count < limit, let paragraph = try nextBufferedParagraph() { batch.append(paragraph) }
                if !batch.isEmpty { return batch }
                if atEnd { return try flushPending(continues: false).map { [$0] } }
                try await fill()
            }
        }

        /// The next paragraph whose end is already in the buffer, if any.
        private mutating func nextBufferedParagraph() throws -> Paragraph? {
            while let line = nextBufferedLine() {
                switch reader.mode {
                case .lines:
                    try appendLine(line)
                    if !line.isPartial { nextLineNumber += 1 }
                    return try flushPending(continues: line.isPartial)
                case .paragraphs:
                    if !line.isPartial, isBlank(line.bytes) {
                        nextLineNumber += 1
                        if let paragraph = try flushPending(continues: false) { return paragraph }
                        continue
                    }
                    try appendLine(line)
                    if !line.isPartial { nextLineNumber += 1 }
                    if line.isPartial || pendingBytes.count >= reader.maxParagraphBytes {
                        return try flushPending(continues: true)
                    }
                }
            }
            return nil
        }

        private func isBlank(_ range: Range<Int>) -> Bool {
            buffer.withUnsafeBufferPointer { bytes in
                for index in range {
                    let byte = bytes[index]
                    if !(byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C || byte == 0x0D) { return false }
                }
                return true
            }
        }

        /// Adds a line to the pending paragraph: its raw bytes in UTF-8 mode (validated once per paragraph, which
        /// is what makes plain UTF-8 input cheap), its decoded text otherwise.
        private mutating func appendLine(_ line: Line) throws {
            if !pendingLines.isEmpty { pendingBytes.append(UInt8(ascii: "\n")) }
            let inputOffset = bufferOffset + line.bytes.lowerBound
            pendingLines.append(LineDecoder.LineStart(paragraphOffset: pendingBytes.count, inputOffset: inputOffset,
                                          number: line.number))
            if reader.encoding == .utf8 {
                buffer.withUnsafeBufferPointer { pendingBytes.append(contentsOf: $0[line.bytes]) }
                return
            }
            let fellBackBefore = decoder.fellBackToWindows1252AtLine != nil
            let text: String
            do {
                text = try decoder.decode(buffer[line.bytes], byteOffset: inputOffset, lineNumber: line.number)
            } catch let error as InputError where keepsUndecodableLines {
                reader.onUndecodableLine?(error)
                text = try decoder.decode(buffer[line.bytes].filter { $0 != 0 }[...], byteOffset: inputOffset,
                                          lineNumber: line.number)
            }
            if !fellBackBefore, let fallback = decoder.fellBackToWindows1252AtLine {
                reader.onEncodingFallback?(reader.source.name, fallback)
            }
            pendingBytes.append(contentsOf: text.utf8)
        }

        private mutating func flushPending(continues: Bool) throws -> Paragraph? {
            guard let first = pendingLines.first else { return nil }
            let text: String
            if reader.encoding == .utf8 {
                do {
                    text = try decoder.decodeUTF8(pendingBytes, lineStarts: pendingLines)
                } catch let error as InputError where keepsUndecodableLines {
                    reader.onUndecodableLine?(error)
                    text = String(decoding: pendingBytes.filter { $0 != 0 }, as: UTF8.self)
                }
            } else {
                text = String(decoding: pendingBytes, as: UTF8.self)
            }
            defer { paragraphIndex += 1 }
            let paragraph = Paragraph(index: paragraphIndex, firstLine: first.number, text: text, continues: continues)
            pendingBytes.removeAll(keepingCapacity: pendingBytes.capacity <= Self.keptCapacity)
            pendingLines.removeAll(keepingCapacity: true)
            return paragraph
        }

        private var keepsUndecodableLines: Bool { reader.mode == .lines && reader.onUndecodableLine != nil }

        /// Paragraph buffers up to this size are reused; a larger one (a huge paragraph) is given back.
        private static var keptCapacity: Int { 1 << 16 }

        /// One input line: its bytes in `buffer` (without terminator, CR or leading byte-order mark).
        private struct Line {
            var bytes: Range<Int>
            var number: Int
            var isPartial: Bool
        }

        /// The next line whose end is in the buffer (or the remainder at end of input); `nil` if more must be read.
        private mutating func nextBufferedLine() -> Line? {
            let available = buffer.count - position
            let newline: Int? = buffer.withUnsafeBufferPointer { bytes in
                guard available > 0,
                      let found = memchr(bytes.baseAddress! + position, 0x0A, Swift.min(available, reader.maxLineBytes + 1))
                else { return nil }
                return bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            let range: Range<Int>
            let isPartial: Bool
            if let newline {
                range = position..<newline
                isPartial = false
                position = newline + 1
            } else if available > reader.maxLineBytes {
                let cut = cutPoint()
                range = position..<cut
                isPartial = true
                position = cut
            } else if atEnd, available > 0 {
                range = position..<buffer.count
                isPartial = false
                position = buffer.count
            } else {
                return nil
            }
            var bytes = range
            if !isPartial, bytes.upperBound > bytes.lowerBound, buffer[bytes.upperBound - 1] == UInt8(ascii: "\r") {
                bytes = bytes.lowerBound..<(bytes.upperBound - 1)
            }
            if bufferOffset + bytes.lowerBound == 0 {
                bytes = (bytes.lowerBound + LineDecoder.byteOrderMarkLength(buffer[bytes]))..<bytes.upperBound
            }
            return Line(bytes: bytes, number: nextLineNumber, isPartial: isPartial)
        }

        /// Where to cut an over-long line: after the last space within the limit, else at a character boundary.
        private func cutPoint() -> Int {
            let limit = position + reader.maxLineBytes
            if let space = buffer[position..<limit].lastIndex(of: UInt8(ascii: " ")), space > position {
                return space + 1
            }
            var cut = limit
            while cut > position + 1, buffer[cut] & 0xC0 == 0x80 { cut -= 1 }
            return cut
        }

        private mutating func fill() async throws {
            if position > 0 {
                buffer.removeSubrange(0..<position)
                bufferOffset += position
                position = 0
            }
            let chunk = try await reader.source.read(maxBytes: reader.chunkSize)
            if chunk.isEmpty { atEnd = true } else { buffer.append(contentsOf: chunk) }
        }
    }
}

extension ParagraphReader {
    /// The same paragraphs grouped into batches of those that one read completes (see `Iterator.nextBatch`).
    public func batches(limit: Int = 256) -> ParagraphBatches {
        ParagraphBatches(reader: self, limit: limit)
    }
}

/// A `ParagraphReader`'s paragraphs in batches: fewer hand-offs between pipeline tasks, same latency.
public struct ParagraphBatches: AsyncSequence, Sendable {
    public typealias Element = [Paragraph]
    let reader: ParagraphReader
    let limit: Int

    public struct Iterator: AsyncIteratorProtocol {
        var base: ParagraphReader.Iterator
        let limit: Int
        public mutating func next() async throws -> [Paragraph]? { try await base.nextBatch(limit: limit) }
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(base: reader.makeAsyncIterator(), limit: limit)
    }
}
