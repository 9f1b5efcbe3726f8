// Licensed under the Apache License, Version 2.0.

/// Turns English pieces into the segments of a translated sentence: a/an, a capital at sentence start, English
/// punctuation spacing (nothing before `, . ; : ? ! % ”`, nothing after `“ (`), a comma or full stop after a
/// closing quotation mark moved inside it as English prints it (`« oui », dit-il` → `"yes," he said`), glossary
/// terms kept as separate, unchanged segments, and a preposition said twice in a row said once (« provenir de »
/// → "come from" + de → "from": "come from Spain", not "come from from Spain").
struct EnglishGenerator: Sendable {
    let articles: IndefiniteArticles
    /// English prepositions (`ClosedClassLexicon.englishPrepositions`) that never stand twice in a row.
    let prepositions: Set<String>
    /// Wrap unknown words as `*word`.
    let markUnknown: Bool

    private static let noSpaceBefore: Set<String> = [",", ".", ";", ":", "?", "!", ")", "]", "}", "”", "%", "…",
                                                     "...", "'s", "’s", "'", "»"]
    private static let noSpaceAfter: Set<String> = ["(", "[", "{", "“", "«", "$", "£", "€"]

    func generate(_ input: [EnglishPiece]) -> [TargetSegment] {
        var pieces = Self.punctuationInsideQuotes(Self.pairingQuotes(withoutDoubledPrepositions(input.filter {
            !$0.text.isEmpty
        })))
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
        }) {
            if case .word(let text) = pieces[first], let letter = text.first, letter.isLowercase {
                pieces[first] = .word(letter.uppercased() + text.dropFirst())
            } else if case .term(var match) = pieces[first], let letter = match.target.first, letter.isLowercase {
                // A term that opens the English only (« Des conférences de presse » → "Press conferences"): the
                // glossary capitalises the terms that open the French sentence, this one too.
                match.target = letter.uppercased() + match.target.dropFirst()
                pieces[first] = .term(match)
            }
        }
        var segments: [TargetSegment] = []
        var current = ""
        var previous: String?
        var afterOpeningQuote = false
        for piece in pieces {
            var text = piece.text
            if case .unknown(let word) = piece, markUnknown { text = "*" + word }
            var space = previous != nil
            if let previousText = previous {
                if Self.noSpaceAfter.contains(previousText) || afterOpeningQuote
                    || previousText.hasSuffix("-") && previousText.count > 1 {
                    space = false
                }
            }
            let opening = if case .quote(_, .opening) = piece { true } else { false }
            // An opening single quotation mark is spaced as a quotation mark, not as an apostrophe (« les 'indignés' »).
            if !opening, Self.noSpaceBefore.contains(text) || text.hasPrefix("'s ") { space = false }
            if case .quote(_, .closing) = piece { space = false }
            afterOpeningQuote = opening
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

    /// The first space-separated word of a piece, or nil when it has none. Most pieces are one word: a text without
    /// a space byte has no space character either, and is its own first word.
    private static func firstWord(_ text: String) -> Substring? {
        let utf8 = text.utf8
        guard utf8.contains(0x20) else { return text.isEmpty ? nil : text[...] }
        // As `split(separator: " ").first`, without the array. In ASCII text every space byte is a space
        // character; elsewhere a space may carry a combining mark, so characters are compared.
        if utf8.allSatisfy({ $0 < 0x80 }) {
            guard let start = utf8.firstIndex(where: { $0 != 0x20 }) else { return nil }
            return text[start..<(utf8[start...].firstIndex(of: 0x20) ?? utf8.endIndex)]
        }
        guard let start = text.firstIndex(where: { $0 != " " }) else { return nil }
        return text[start..<(text[start...].firstIndex(of: " ") ?? text.endIndex)]
    }

    /// The last space-separated word of a piece, or nil when it has none (as `split(separator: " ").last`; bytes
    /// for ASCII text, as in `firstWord`).
    private static func lastWord(_ text: String) -> Substring? {
        let utf8 = text.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            guard let last = utf8.lastIndex(where: { $0 != 0x20 }) else { return nil }
            let end = utf8.index(after: last)
            return text[(utf8[..<end].lastIndex(of: 0x20).map { utf8.index(after: $0) } ?? utf8.startIndex)..<end]
        }
        guard let last = text.lastIndex(where: { $0 != " " }) else { return nil }
        let end = text.index(after: last)
        return text[(text[..<end].lastIndex(of: " ").map { text.index(after: $0) } ?? text.startIndex)..<end]
    }

    /// Drops the first word of a word piece when the word piece before it ends with the same preposition.
    private func withoutDoubledPrepositions(_ pieces: [EnglishPiece]) -> [EnglishPiece] {
        var result: [EnglishPiece] = []
        result.reserveCapacity(pieces.count)
        for piece in pieces {
            // The preposition test first: most words are none, and it needs only the first word lower-cased.
            if case .word(let text) = piece, let first = Self.firstWord(text),
               case let lowered = first.lowercased(), prepositions.contains(lowered),
               case .word(let previousText)? = result.last,
               let last = Self.lastWord(previousText), lowered == last.lowercased() {
                let rest = text.dropFirst(first.count).drop { $0 == " " }
                if !rest.isEmpty { result.append(.word(String(rest))) }
                continue
            }
            result.append(piece)
        }
        return result
    }

    /// Gives every quotation mark a side: curly marks by their shape, straight ones whose side the French spacing
    /// left open by alternation with the quotes before them.
    private static func pairingQuotes(_ pieces: [EnglishPiece]) -> [EnglishPiece] {
        var open = false
        return pieces.map { piece in
            switch piece {
            case .quote(_, let side):
                open = side == .opening
                return piece
            case .word("\""):
                defer { open.toggle() }
                return .quote("\"", open ? .closing : .opening)
            case .word("“"):
                open = true
                return .quote("“", .opening)
            case .word("”"):
                open = false
                return .quote("”", .closing)
            default:
                return piece
            }
        }
    }

    /// English puts a comma or full stop that follows a closing quotation mark inside it, and drops it when the
    /// quotation already ends in `? ! .`: `"oui", dit-il` → `"yes," he said`; `"Où ?", demande-t-il` → `"Where?" he asks`.
    private static func punctuationInsideQuotes(_ pieces: [EnglishPiece]) -> [EnglishPiece] {
        var result: [EnglishPiece] = []
        result.reserveCapacity(pieces.count)
        var index = 0
        while index < pieces.count {
            let piece = pieces[index]
            if case .quote(_, .closing) = piece, index + 1 < pieces.count,
               case .word(let mark) = pieces[index + 1], mark == "," || mark == "." {
                if let last = result.last?.text, last == "?" || last == "!" || last == "." || last == "…" {
                    result.append(piece)
                } else {
                    result.append(pieces[index + 1])
                    result.append(piece)
                }
                index += 2
                continue
            }
            result.append(piece)
            index += 1
        }
        return result
    }
}
