// Licensed under the Apache License, Version 2.0.

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

    public init(source: ByteSource, mode: Mode, encoding: InputEncoding = .utf8, chunkSize: Int = 64 * 1024,
                maxLineBytes: Int = 1 << 20, maxParagraphBytes: Int = 1 << 20,
                onEncodingFallback: (@Sendable (_ file: String, _ line: Int) -> Void)? = nil) {
        precondition(chunkSize > 0 && maxLineBytes >= 4 && maxParagraphBytes > 0)
        self.source = source
        self.mode = mode
        self.encoding = encoding
        self.chunkSize = chunkSize
        self.maxLineBytes = maxLineBytes
        self.maxParagraphBytes = maxParagraphBytes
        self.onEncodingFallback = onEncodingFallback
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
        private var pendingLines: [String] = []
        private var pendingBytes = 0
        private var pendingFirstLine = 1

        init(reader: ParagraphReader) {
            self.reader = reader
            self.decoder = LineDecoder(encoding: reader.encoding, file: reader.source.name)
        }

        /// The line at which `--encoding auto` switched to Windows-1252, if it did.
        public var fellBackToWindows1252AtLine: Int? { decoder.fellBackToWindows1252AtLine }

        public mutating func next() async throws -> Paragraph? {
            while true {
                if let paragraph = try nextBufferedParagraph() { return paragraph }
                if atEnd { return flushPending(continues: false) }
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
                if atEnd { return flushPending(continues: false).map { [$0] } }
                try await fill()
            }
        }

        /// The next paragraph whose end is already in the buffer, if any.
        private mutating func nextBufferedParagraph() throws -> Paragraph? {
            while let line = try nextBufferedLine() {
                switch reader.mode {
                case .lines:
                    return makeParagraph(lines: [line.text], firstLine: line.number, continues: line.isPartial)
                case .paragraphs:
                    if !line.isPartial, line.text.utf8.allSatisfy(Self.isASCIIWhitespace) {
                        if let paragraph = flushPending(continues: false) { return paragraph }
                        continue
                    }
                    if pendingLines.isEmpty { pendingFirstLine = line.number }
                    pendingLines.append(line.text)
                    pendingBytes += line.text.utf8.count
                    if line.isPartial || pendingBytes >= reader.maxParagraphBytes {
                        return flushPending(continues: true)
                    }
                }
            }
            return nil
        }

        private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C || byte == 0x0D
        }

        private mutating func flushPending(continues: Bool) -> Paragraph? {
            guard !pendingLines.isEmpty else { return nil }
            let paragraph = makeParagraph(lines: pendingLines, firstLine: pendingFirstLine, continues: continues)
            pendingLines.removeAll(keepingCapacity: true)
            pendingBytes = 0
            return paragraph
        }

        private mutating func makeParagraph(lines: [String], firstLine: Int, continues: Bool) -> Paragraph {
            defer { paragraphIndex += 1 }
            return Paragraph(index: paragraphIndex, firstLine: firstLine, text: lines.joined(separator: "\n"),
                             continues: continues)
        }

        private struct Line {
            var text: String
            var number: Int
            var isPartial: Bool
        }

        /// The next line whose end is in the buffer (or the remainder at end of input); `nil` if more must be read.
        private mutating func nextBufferedLine() throws -> Line? {
            if let newline = buffer[position...].firstIndex(of: UInt8(ascii: "\n")),
               newline - position <= reader.maxLineBytes {
                var end = newline
                if end > position, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = try decodeLine(position..<end, isPartial: false)
                position = newline + 1
                return line
            }
            if buffer.count - position > reader.maxLineBytes {
                let cut = cutPoint()
                let line = try decodeLine(position..<cut, isPartial: true)
                position = cut
                return line
            }
            if atEnd, position < buffer.count {
                var end = buffer.count
                if buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = try decodeLine(position..<end, isPartial: false)
                position = buffer.count
                return line
            }
            return nil
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

        private mutating func decodeLine(_ range: Range<Int>, isPartial: Bool) throws -> Line {
            let number = nextLineNumber
            let fellBackBefore = decoder.fellBackToWindows1252AtLine != nil
            let text = try decoder.decode(buffer[range], byteOffset: bufferOffset + range.lowerBound,
                                          lineNumber: number)
            if !fellBackBefore, let line = decoder.fellBackToWindows1252AtLine {
                reader.onEncodingFallback?(reader.source.name, line)
            }
            if !isPartial { nextLineNumber += 1 }
            return Line(text: text, number: number, isPartial: isPartial)
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
