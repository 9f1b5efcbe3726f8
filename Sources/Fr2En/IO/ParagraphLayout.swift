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
        append(text, continues: continues, to: &out)
        return out
    }

    /// Appends what `place(text, continues:)` returns to `out`, without building it first.
    public mutating func append(_ text: String, continues: Bool, to out: inout String) {
        appendSeparator(beforeEmpty: text.isEmpty, to: &out)
        out += text
        end(continues: continues, to: &out)
    }

    /// Appends what `place(lines.joined(separator: "\n"), continues:)` returns to `out`, without building it first.
    public mutating func append(lines: [String], continues: Bool, to out: inout String) {
        appendSeparator(beforeEmpty: lines.isEmpty || (lines.count == 1 && lines[0].isEmpty), to: &out)
        for (index, line) in lines.enumerated() {
            if index > 0 { out += "\n" }
            out += line
        }
        end(continues: continues, to: &out)
    }

    private func appendSeparator(beforeEmpty isEmpty: Bool, to out: inout String) {
        if previousContinues {
            if !isEmpty { out += " " }
        } else if started, style == .blankLineBetween {
            out += "\n"
        }
    }

    private mutating func end(continues: Bool, to out: inout String) {
        if !continues { out += "\n" }
        started = true
        previousContinues = continues
    }
}
