// Licensed under the Apache License, Version 2.0.

/// Turns English pieces into the segments of a translated sentence: a/an, a capital at sentence start, English
/// punctuation spacing (nothing before `, . ; : ? ! % ”`, nothing after `“ (`), glossary terms kept as
/// separate, unchanged segments.
struct EnglishGenerator: Sendable {
    let articles: IndefiniteArticles
    /// Wrap unknown words as `*word`.
    let markUnknown: Bool

    private static let noSpaceBefore: Set<String> = [",", ".", ";", ":", "?", "!", ")", "]", "}", "”", "%", "…",
                                                     "...", "'s", "’s", "'", "»"]
    private static let noSpaceAfter: Set<String> = ["(", "[", "{", "“", "«", "$", "£", "€"]

    func generate(_ input: [EnglishPiece]) -> [TargetSegment] {
        var pieces = input.filter { !$0.text.isEmpty }
        // a / an.
        for index in pieces.indices {
            guard case .word(let word) = pieces[index], word == "a" || word == "an" || word == "A" || word == "An" else { continue }
            guard let next = pieces[(index + 1)...].first(where: { !$0.text.isEmpty }) else { continue }
            let following = next.text.split(separator: " ").first.map(String.init) ?? next.text
            guard following.first?.isLetter == true || following.first?.isNumber == true else { continue }
            var article = articles.article(before: following)
            if word.first?.isUppercase == true { article = article.prefix(1).uppercased() + article.dropFirst() }
            pieces[index] = .word(article)
        }
        // Capital at sentence start (glossary terms already carry their own case).
        if let first = pieces.firstIndex(where: { piece in
            if case .word(let text) = piece { return text.first?.isLetter == true || text.first?.isNumber == true }
            if case .term = piece { return true }
            if case .unknown = piece { return true }
            return false
        }), case .word(let text) = pieces[first], let letter = text.first, letter.isLowercase {
            pieces[first] = .word(letter.uppercased() + text.dropFirst())
        }
        var segments: [TargetSegment] = []
        var current = ""
        var previous: String?
        var openStraightQuote = false
        for piece in pieces {
            var text = piece.text
            if case .unknown(let word) = piece, markUnknown { text = "*" + word }
            var space = previous != nil
            if let previousText = previous {
                if Self.noSpaceAfter.contains(previousText) || (previousText == "\"" && openStraightQuote)
                    || previousText.hasSuffix("-") && previousText.count > 1 {
                    space = false
                }
            }
            if Self.noSpaceBefore.contains(text) || text.hasPrefix("'s ") { space = false }
            if text == "\"" {
                if openStraightQuote { space = false }
                openStraightQuote.toggle()
            }
            if case .term(let match) = piece {
                if space { current += " " }
                if !current.isEmpty { segments.append(.translated(current)) }
                segments.append(.term(match))
                current = ""
            } else {
                if space { current += " " }
                current += text
            }
            previous = text
        }
        if !current.isEmpty { segments.append(.translated(current)) }
        return segments
    }
}
