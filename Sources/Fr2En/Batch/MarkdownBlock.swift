// Licensed under the Apache License, Version 2.0.

/// One piece of a Markdown document, as `MarkdownBlockSplitter` cuts it: either kept as it is, or prose to
/// translate between markers that are kept.
public enum MarkdownBlock: Sendable, Hashable {
    /// Text written back byte for byte: code blocks, YAML front matter, blank lines, thematic breaks, HTML lines,
    /// table rows, link reference definitions. `endsLine` is false for the first parts of a line that was cut
    /// to bound memory.
    case verbatim(String, endsLine: Bool)
    /// Prose to translate.
    case text(MarkdownTextBlock)

    /// Writes the block back, with `translated` in place of a text block's prose.
    public func rendered(translated: String) -> String {
        switch self {
        case .verbatim(let line, let endsLine):
            return endsLine ? line + "\n" : line
        case .text(let block):
            var out = block.isContinuation ? (translated.isEmpty ? "" : " ") : block.prefix
            out += translated
            if !block.continues { out += block.suffix + "\n" }
            return out
        }
    }
}

/// A paragraph, heading or list item's prose with the markers around it.
///
/// Rendering is `prefix + translation + suffix`, on one line: Markdown joins a paragraph's lines with spaces
/// anyway. A block longer than the splitter's byte limit comes in parts: every part but the last has `continues`
/// set, and every part but the first has `isContinuation` set (no prefix; joined to the previous part by a space).
public struct MarkdownTextBlock: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case paragraph
        case heading(level: Int)
        case listItem
    }

    public var kind: Kind
    /// Markers before the prose, exactly as written: block-quote `>`s, indentation, `#`s, list marker, task box.
    public var prefix: String
    /// The prose (lines joined with single spaces).
    public var text: String
    /// Kept after the prose: a heading's closing `#`s.
    public var suffix: String
    /// 1-based number of the block's first line.
    public var line: Int
    public var continues: Bool
    public var isContinuation: Bool

    public init(kind: Kind, prefix: String, text: String, suffix: String = "", line: Int, continues: Bool = false,
                isContinuation: Bool = false) {
        self.kind = kind
        self.prefix = prefix
        self.text = text
        self.suffix = suffix
        self.line = line
        self.continues = continues
        self.isContinuation = isContinuation
    }
}
