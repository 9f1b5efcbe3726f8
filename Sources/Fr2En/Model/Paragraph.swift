// Licensed under the Apache License, Version 2.0.

/// A paragraph of input text as read, before normalisation.
///
/// In paragraph mode a paragraph is a run of non-blank lines (joined with "\n"); in line mode it is exactly one
/// input line, possibly empty.
public struct Paragraph: Sendable, Hashable {
    /// 0-based position of the paragraph in its document.
    public var index: Int
    /// 1-based number of the paragraph's first line in its input, for error messages.
    public var firstLine: Int
    /// The decoded text, without the line terminator of its last line.
    public var text: String
    /// True when the input was cut here only to bound memory: the next paragraph continues the same input
    /// line (line mode) or paragraph, and writers join the two back.
    public var continues: Bool

    public init(index: Int, firstLine: Int = 1, text: String, continues: Bool = false) {
        self.index = index
        self.firstLine = firstLine
        self.text = text
        self.continues = continues
    }
}
