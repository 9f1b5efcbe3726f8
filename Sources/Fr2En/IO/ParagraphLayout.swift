// Licensed under the Apache License, Version 2.0.

/// Decides what goes between paragraphs when they are written back as text.
///
/// Paragraph mode separates paragraphs with one blank line; line mode writes one line per paragraph. Parts of
/// a paragraph that was cut to bound memory (`continues`) are joined with a single space on the same line.
/// Every complete paragraph ends with a newline, so each write leaves whole lines behind.
public struct ParagraphLayout: Sendable {
    public enum Style: Sendable {
        case blankLineBetween
        case linePerParagraph
    }

    public let style: Style
    private var started = false
    private var previousContinues = false

    public init(style: Style) {
        self.style = style
    }

    /// The text to write for one paragraph's rendering, separators included.
    public mutating func place(_ text: String, continues: Bool) -> String {
        var out = ""
        if previousContinues {
            if !text.isEmpty { out += " " }
        } else if started, style == .blankLineBetween {
            out += "\n"
        }
        out += text
        if !continues { out += "\n" }
        started = true
        previousContinues = continues
        return out
    }
}
