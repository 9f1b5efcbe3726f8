// Licensed under the Apache License, Version 2.0.

/// Cuts Markdown into blocks, line by line, so that prose is translated and structure is kept.
///
/// Input: lines (without terminators), in order. Output: `MarkdownBlock`s in document order.
///
/// - Headings (`# …`, closing `#`s kept), list items (`-`, `*`, `+`, `1.`, `1)`, task boxes), block quotes
///   (`>`, nested) and paragraphs become text blocks whose markers are kept verbatim; a paragraph's lines are
///   joined with spaces (Markdown soft breaks).
/// - Fenced code (```` ``` ```` / `~~~`), indented code (4 columns, not inside a list), YAML front matter (a first
///   line `---` closed by `---` or `...` within `maxFrontMatterBytes`), blank lines, thematic breaks, setext
///   underlines, HTML lines, table rows (`|…`) and link reference definitions are kept byte for byte.
/// - Nesting (block-quote levels plus list indentation levels of two columns) deeper than `maxDepth` throws
///   `MarkdownError.nestingTooDeep`, so hostile input cannot make prefixes or work grow without bound.
///
/// This is a line-oriented subset of CommonMark, not a full parser: multi-line HTML blocks and tables without a
/// leading `|` are treated as prose. Memory is bounded: a text block is emitted in parts once it reaches
/// `maxBlockBytes` (so a part holds at most that plus one input line), and front matter is given up past
/// `maxFrontMatterBytes`.
///
/// ```swift
/// var splitter = MarkdownBlockSplitter()
/// try splitter.feed("## Le titre")   // [.text(heading, prefix "## ", text "Le titre")]
/// ```
public struct MarkdownBlockSplitter: Sendable {
    public let maxDepth: Int
    public let maxBlockBytes: Int
    public let maxFrontMatterBytes: Int

    private enum Mode: Sendable {
        case start
        case frontMatter(lines: [String], bytes: Int)
        case normal
        case fence(marker: UInt8, length: Int)
    }

    private struct Pending: Sendable {
        var block: MarkdownTextBlock
        var quoteDepth: Int
        var acceptsContinuation: Bool
        var bytes: Int
    }

    private enum LineSink: Sendable {
        case text
        case verbatim
    }

    private var mode = Mode.start
    private var pending: Pending?
    private var inList = false
    private var lineNumber = 0
    /// Set while the previous line was cut: the next input continues it.
    private var continuingLine: LineSink?
    /// Whether the cut part ended with a space (ParagraphReader cuts after one), which trimming drops.
    private var cutAfterSpace = false

    public init(maxDepth: Int = 16, maxBlockBytes: Int = 1 << 20, maxFrontMatterBytes: Int = 1 << 16) {
        precondition(maxDepth >= 1 && maxBlockBytes >= 1)
        self.maxDepth = maxDepth
        self.maxBlockBytes = maxBlockBytes
        self.maxFrontMatterBytes = maxFrontMatterBytes
    }

    /// Takes the next line. `isPartial` says the line was cut (to bound memory) and the next call continues it.
    /// - Returns: the blocks completed by this line (often none: a paragraph waits for its end).
    /// - Throws: `MarkdownError.nestingTooDeep`.
    public mutating func feed(_ line: String, isPartial: Bool = false) throws(MarkdownError) -> [MarkdownBlock] {
        var out: [MarkdownBlock] = []
        defer { cutAfterSpace = isPartial && (line.hasSuffix(" ") || line.hasSuffix("\t")) }
        if let sink = continuingLine {
            continuingLine = isPartial ? sink : nil
            switch sink {
            case .verbatim:
                out.append(.verbatim(line, endsLine: !isPartial))
            case .text:
                if pending != nil {
                    appendToPending(line, separator: cutAfterSpace ? " " : "", out: &out)
                    if !isPartial { closeHeadingIfAny(out: &out) }
                } else {
                    out.append(.verbatim(line, endsLine: !isPartial))
                }
            }
            return out
        }
        lineNumber += 1
        switch mode {
        case .start:
            mode = .normal
            if !isPartial, Self.trimmedTrailing(line) == "---" {
                mode = .frontMatter(lines: [line], bytes: line.utf8.count)
                return out
            }
            try feedNormal(line, isPartial: isPartial, out: &out)
        case .frontMatter(var lines, let bytes):
            let trimmed = Self.trimmedTrailing(line)
            if !isPartial, trimmed == "---" || trimmed == "..." {
                out += lines.map { .verbatim($0, endsLine: true) }
                out.append(.verbatim(line, endsLine: true))
                mode = .normal
            } else if isPartial || bytes + line.utf8.count > maxFrontMatterBytes {
                // Not front matter after all: the opening `---` is a thematic break; read the rest as Markdown.
                try abandonFrontMatter(lines, out: &out)
                try feedNormal(line, isPartial: isPartial, out: &out)
            } else {
                lines.append(line)
                mode = .frontMatter(lines: lines, bytes: bytes + line.utf8.count)
            }
        case .normal:
            try feedNormal(line, isPartial: isPartial, out: &out)
        case .fence(let marker, let length):
            if Self.closesFence(Array(line.utf8), marker: marker, length: length) { mode = .normal }
            out.append(.verbatim(line, endsLine: !isPartial))
            if isPartial { continuingLine = .verbatim }
        }
        return out
    }

    /// Ends the document: returns the last pending block.
    public mutating func finish() throws(MarkdownError) -> [MarkdownBlock] {
        var out: [MarkdownBlock] = []
        if case .frontMatter(let lines, _) = mode {
            lineNumber += 1  // as if a line after the last had arrived
            try abandonFrontMatter(lines, out: &out)
        }
        flushPending(out: &out)
        return out
    }

    private mutating func abandonFrontMatter(_ lines: [String], out: inout [MarkdownBlock]) throws(MarkdownError) {
        mode = .normal
        let savedNumber = lineNumber
        lineNumber -= lines.count + 1
        for line in lines {
            lineNumber += 1
            try feedNormal(line, isPartial: false, out: &out)
        }
        lineNumber = savedNumber
    }

    // MARK: - One line in normal mode

    private mutating func feedNormal(_ line: String, isPartial: Bool, out: inout [MarkdownBlock])
        throws(MarkdownError)
    {
        let bytes = Array(line.utf8)
        // Block-quote markers: up to three spaces, `>`, one optional space; repeated.
        var position = 0
        var quoteDepth = 0
        while true {
            var probe = position
            while probe < bytes.count, probe - position < 3, bytes[probe] == UInt8(ascii: " ") { probe += 1 }
            guard probe < bytes.count, bytes[probe] == UInt8(ascii: ">") else { break }
            quoteDepth += 1
            if quoteDepth > maxDepth { throw .nestingTooDeep(line: lineNumber, limit: maxDepth) }
            position = probe + 1
            if position < bytes.count, bytes[position] == UInt8(ascii: " ") { position += 1 }
        }
        var indentWidth = 0
        var contentStart = position
        while contentStart < bytes.count, bytes[contentStart] == UInt8(ascii: " ") || bytes[contentStart] == 0x09 {
            indentWidth += bytes[contentStart] == 0x09 ? 4 - indentWidth % 4 : 1
            contentStart += 1
        }
        let content = bytes[contentStart...]
        func verbatim(_ out: inout [MarkdownBlock]) {
            out.append(.verbatim(line, endsLine: !isPartial))
        }
        if isPartial { continuingLine = .verbatim }  // changed below when the line starts prose

        // Blank line (possibly inside a quote): ends a paragraph.
        if content.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == 0x09 }) {
            flushPending(out: &out)
            verbatim(&out)
            return
        }
        let listDepth = indentWidth / 2
        if quoteDepth + listDepth > maxDepth { throw .nestingTooDeep(line: lineNumber, limit: maxDepth) }

        // Indented code: four columns, not continuing prose, not inside a list.
        if indentWidth >= 4, pending == nil, !inList {
            verbatim(&out)
            return
        }
        // Lazy continuation of a paragraph: an indented line, or any line that starts no other block.
        if indentWidth >= 4, let current = pending, current.acceptsContinuation {
            appendToPending(Self.string(content), separator: " ", out: &out)
            if isPartial { continuingLine = .text }
            return
        }
        if let marker = Self.fenceOpening(content) {
            flushPending(out: &out)
            mode = .fence(marker: marker.byte, length: marker.length)
            verbatim(&out)
            return
        }
        if Self.isThematicBreak(content) || (pending != nil && Self.isSetextUnderline(content)) {
            flushPending(out: &out)
            verbatim(&out)
            return
        }
        if let heading = Self.heading(content) {
            flushPending(out: &out)
            inList = inList && indentWidth > 0
            let prefix = Self.string(bytes[0..<(contentStart + heading.markerLength)])
            startPending(.heading(level: heading.level), prefix: prefix, text: heading.text, suffix: heading.suffix,
                         quoteDepth: quoteDepth, acceptsContinuation: false, out: &out)
            if isPartial { continuingLine = .text } else { closeHeadingIfAny(out: &out) }
            return
        }
        if Self.isRawLine(content) {
            flushPending(out: &out)
            verbatim(&out)
            return
        }
        if let markerLength = Self.listMarkerLength(content) {
            flushPending(out: &out)
            if quoteDepth + listDepth + 1 > maxDepth { throw .nestingTooDeep(line: lineNumber, limit: maxDepth) }
            inList = true
            let textStart = contentStart + markerLength
            if textStart >= bytes.count {
                verbatim(&out)  // an empty item: nothing to translate
                return
            }
            startPending(.listItem, prefix: Self.string(bytes[0..<textStart]),
                         text: Self.string(bytes[textStart...]), suffix: "", quoteDepth: quoteDepth,
                         acceptsContinuation: true, out: &out)
            if isPartial { continuingLine = .text }
            return
        }
        // Prose.
        if let current = pending, current.acceptsContinuation, quoteDepth == current.quoteDepth || quoteDepth == 0 {
            appendToPending(Self.string(content), separator: " ", out: &out)
        } else {
            flushPending(out: &out)
            if indentWidth == 0, quoteDepth == 0 { inList = false }
            startPending(.paragraph, prefix: Self.string(bytes[0..<contentStart]), text: Self.string(content),
                         suffix: "", quoteDepth: quoteDepth, acceptsContinuation: true, out: &out)
        }
        if isPartial { continuingLine = .text }
    }

    // MARK: - Pending text block

    private mutating func startPending(_ kind: MarkdownTextBlock.Kind, prefix: String, text: String, suffix: String,
                                       quoteDepth: Int, acceptsContinuation: Bool, out: inout [MarkdownBlock]) {
        let block = MarkdownTextBlock(kind: kind, prefix: prefix, text: "", suffix: suffix, line: lineNumber)
        pending = Pending(block: block, quoteDepth: quoteDepth, acceptsContinuation: acceptsContinuation, bytes: 0)
        appendToPending(text, separator: "", out: &out)
    }

    private mutating func appendToPending(_ text: String, separator: String, out: inout [MarkdownBlock]) {
        guard var current = pending else { return }
        let piece = Self.trimmedTrailing(text)
        if !current.block.text.isEmpty, !piece.isEmpty { current.block.text += separator }
        current.block.text += piece
        current.bytes += piece.utf8.count
        if current.bytes >= maxBlockBytes {
            var part = current.block
            part.continues = true
            out.append(.text(part))
            current.block.text = ""
            current.block.isContinuation = true
            current.bytes = 0
        }
        pending = current
    }

    private mutating func closeHeadingIfAny(out: inout [MarkdownBlock]) {
        if let current = pending, !current.acceptsContinuation { flushPending(out: &out) }
    }

    private mutating func flushPending(out: inout [MarkdownBlock]) {
        guard let current = pending else { return }
        pending = nil
        out.append(.text(current.block))
    }

    // MARK: - Line classification (ASCII markers on UTF-8 bytes)

    private static func string(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    static func trimmedTrailing(_ text: some StringProtocol) -> String {
        var scalars = Substring(text).unicodeScalars
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }

    private static func fenceOpening(_ content: ArraySlice<UInt8>) -> (byte: UInt8, length: Int)? {
        guard let first = content.first, first == UInt8(ascii: "`") || first == UInt8(ascii: "~") else { return nil }
        let length = content.prefix { $0 == first }.count
        guard length >= 3 else { return nil }
        if first == UInt8(ascii: "`"), content.dropFirst(length).contains(UInt8(ascii: "`")) { return nil }
        return (first, length)
    }

    private static func closesFence(_ bytes: [UInt8], marker: UInt8, length: Int) -> Bool {
        // Strip block-quote markers and indentation, then look for the fence alone on its line.
        var position = 0
        while position < bytes.count,
              bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: ">") || bytes[position] == 0x09 {
            position += 1
        }
        let rest = bytes[position...]
        let run = rest.prefix { $0 == marker }.count
        return run >= length && rest.dropFirst(run).allSatisfy { $0 == UInt8(ascii: " ") || $0 == 0x09 }
    }

    private static func isThematicBreak(_ content: ArraySlice<UInt8>) -> Bool {
        guard let first = content.first,
              first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "_") else {
            return false
        }
        var count = 0
        for byte in content {
            if byte == first { count += 1 } else if byte != UInt8(ascii: " ") && byte != 0x09 { return false }
        }
        return count >= 3
    }

    private static func isSetextUnderline(_ content: ArraySlice<UInt8>) -> Bool {
        let trimmed = content.prefix { $0 != UInt8(ascii: " ") && $0 != 0x09 }
        guard let first = trimmed.first, first == UInt8(ascii: "=") || first == UInt8(ascii: "-") else { return false }
        return trimmed.allSatisfy { $0 == first }
            && content.dropFirst(trimmed.count).allSatisfy { $0 == UInt8(ascii: " ") || $0 == 0x09 }
    }

    private static func heading(_ content: ArraySlice<UInt8>)
        -> (level: Int, markerLength: Int, text: String, suffix: String)?
    {
        let level = content.prefix { $0 == UInt8(ascii: "#") }.count
        guard (1...6).contains(level) else { return nil }
        var markerEnd = content.startIndex + level
        if markerEnd < content.endIndex {
            guard content[markerEnd] == UInt8(ascii: " ") || content[markerEnd] == 0x09 else { return nil }
        }
        while markerEnd < content.endIndex, content[markerEnd] == UInt8(ascii: " ") || content[markerEnd] == 0x09 {
            markerEnd += 1
        }
        var body = content[markerEnd...]
        while let last = body.last, last == UInt8(ascii: " ") || last == 0x09 { body = body.dropLast() }
        // A closing sequence: spaces then `#`s at the end.
        var suffix = ""
        let closing = body.reversed().prefix { $0 == UInt8(ascii: "#") }.count
        if closing > 0 {
            let beforeClosing = body.dropLast(closing)
            if beforeClosing.isEmpty {
                body = beforeClosing
            } else if let last = beforeClosing.last, last == UInt8(ascii: " ") || last == 0x09 {
                var text = beforeClosing
                while let end = text.last, end == UInt8(ascii: " ") || end == 0x09 { text = text.dropLast() }
                suffix = string(body[text.endIndex...])
                body = text
            }
        }
        return (level, markerEnd - content.startIndex, string(body), suffix)
    }

    /// HTML, table rows and link reference definitions: kept as they are.
    private static func isRawLine(_ content: ArraySlice<UInt8>) -> Bool {
        guard let first = content.first else { return false }
        if first == UInt8(ascii: "|") { return true }
        if first == UInt8(ascii: "<"), content.count > 1 {
            let next = content[content.startIndex + 1]
            return next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || next == UInt8(ascii: "?")
                || (next | 0x20 >= UInt8(ascii: "a") && next | 0x20 <= UInt8(ascii: "z"))
        }
        if first == UInt8(ascii: "["), let close = content.firstIndex(of: UInt8(ascii: "]")),
           close + 1 < content.endIndex, content[close + 1] == UInt8(ascii: ":") {
            return true
        }
        return false
    }

    /// Length of a list marker and the spaces (and task box) after it, or nil.
    private static func listMarkerLength(_ content: ArraySlice<UInt8>) -> Int? {
        var index = content.startIndex
        guard index < content.endIndex else { return nil }
        let first = content[index]
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+") {
            index += 1
        } else {
            let digits = content.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
            guard (1...9).contains(digits) else { return nil }
            index += digits
            guard index < content.endIndex, content[index] == UInt8(ascii: ".") || content[index] == UInt8(ascii: ")")
            else { return nil }
            index += 1
        }
        if index == content.endIndex { return index - content.startIndex }
        guard content[index] == UInt8(ascii: " ") || content[index] == 0x09 else { return nil }
        while index < content.endIndex, content[index] == UInt8(ascii: " ") || content[index] == 0x09 { index += 1 }
        // Task-list box: "[ ] ", "[x] ".
        if content.endIndex - index >= 4, content[index] == UInt8(ascii: "["),
           [UInt8(ascii: " "), UInt8(ascii: "x"), UInt8(ascii: "X")].contains(content[index + 1]),
           content[index + 2] == UInt8(ascii: "]"), content[index + 3] == UInt8(ascii: " ") {
            index += 4
        }
        return index - content.startIndex
    }
}
