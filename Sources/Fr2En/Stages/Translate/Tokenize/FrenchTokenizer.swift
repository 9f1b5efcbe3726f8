// Licensed under the Apache License, Version 2.0.

/// Splits French text into tokens: words with elisions and contractions undone, hyphenated clitics split,
/// numbers rewritten the English way, URLs and e-mail addresses kept whole.
///
/// ```
/// "L'armée a-t-elle 1 000 chars ?"  →  L' | armée | a | elle(enclitic) | 1,000 | chars | ?
/// "du pain"                          →  de(contracted) | le(contracted) | pain
/// ```
/// Whole forms the morphological lexicon knows (`aujourd'hui`, `peut-être`) are never split.
public struct FrenchTokenizer: Sendable {
    private let rules: TokenizationRules
    private let morphology: MorphLexicon
    /// A cheap test before looking a word up in `rules.contractions`: bit `n` set when some contraction is `n`
    /// UTF-8 bytes long, and bit `c - 0x61` when one starts with the ASCII letter `c`. Nil when a contraction is
    /// not plain ASCII (then every word is looked up).
    private let contractionShape: (lengths: UInt64, initials: UInt32)?

    public init(rules: TokenizationRules, morphology: MorphLexicon) {
        self.rules = rules
        self.morphology = morphology
        var lengths: UInt64 = 0
        var initials: UInt32 = 0
        var plain = true
        for key in rules.contractions.keys {
            let bytes = Array(key.utf8)
            guard let first = bytes.first, bytes.count < 64, first >= 0x61, first <= 0x7A,
                  bytes.allSatisfy({ $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) }) else {
                plain = false
                break
            }
            lengths |= 1 << UInt64(bytes.count)
            initials |= 1 << UInt32(first - 0x61)
        }
        contractionShape = plain ? (lengths, initials) : nil
    }

    /// Whether `word` lower-cased may be a listed contraction (false only when it surely is not).
    @inline(__always)
    private func mayBeContraction(_ word: String) -> Bool {
        guard let shape = contractionShape else { return true }
        let utf8 = word.utf8
        // Lower-casing keeps an ASCII word's length and maps its first letter alone; other words are looked up.
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return true }
        let count = utf8.count
        guard let first = utf8.first, count < 64, shape.lengths & (1 << UInt64(count)) != 0 else { return false }
        let lower = first >= 0x41 && first <= 0x5A ? first + 0x20 : first
        guard lower >= 0x61, lower <= 0x7A else { return false }
        return shape.initials & (1 << UInt32(lower - 0x61)) != 0
    }

    /// Tokenises one piece of a sentence.
    /// - Parameter atSentenceStart: whether the piece begins the sentence (marks its first word).
    public func tokenize(_ text: String, atSentenceStart: Bool = false) -> [SourceToken] {
        let scalars = Array(text.unicodeScalars)
        // UTF-8 offset of each scalar, to cut strings out of the text without rebuilding them scalar by scalar.
        let utf8 = Array(text.utf8)
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        let slice = { (start: Int, end: Int) -> String in
            utf8.withUnsafeBufferPointer {
                String(decoding: UnsafeBufferPointer(rebasing: $0[offsets[start]..<offsets[end]]), as: UTF8.self)
            }
        }
        var tokens: [SourceToken] = []
        var index = 0
        var space = true
        var firstWordPending = atSentenceStart
        while index < scalars.count {
            let scalar = scalars[index]
            if Self.isSpace(scalar) {
                space = true
                index += 1
                continue
            }
            let start = index
            let firstProduced = tokens.count
            if let end = Self.verbatimEnd(scalars, from: index) {
                tokens.append(SourceToken(text: slice(start, end), kind: .verbatim))
                index = end
            } else if Self.isDigit(scalar), let end = Self.colonNumberEnd(scalars, from: index) {
                // Clock times and scores: 15:05, 2:1.
                tokens.append(SourceToken(text: slice(start, end), kind: .number))
                index = end
            } else if Self.isDigit(scalar), let end = Self.joinedDigitsEnd(scalars, from: index) {
                // ISO dates, numeric dates, year ranges: 2024-03-12, 12/03/2024, 2014-2018 stay one token.
                tokens.append(SourceToken(text: slice(start, end), kind: .number))
                index = end
            } else if Self.isDigit(scalar), let (number, end) = Self.number(scalars, from: index) {
                tokens.append(SourceToken(text: number, kind: .number))
                index = end
            } else if Self.isWordScalar(scalar) {
                var end = index
                var quasiApostrophe: Int?
                // How many characters the typed apostrophe stands for: 2 when a space follows it (`d" usagers`).
                var quasiWidth = 1
                while end < scalars.count {
                    let current = scalars[end]
                    if Self.isWordScalar(current) {
                        end += 1
                    } else if (Self.isApostrophe(current) || current == "-" || current == "."),
                              end + 1 < scalars.count, Self.isWordScalar(scalars[end + 1]) {
                        // Inner full stops only inside abbreviations such as "U.S.".
                        if current == "." && !(end + 2 <= scalars.count && Self.isUpper(scalars[end + 1])
                                               && Self.isUpper(scalars[end - 1])) { break }
                        end += 1
                    } else if Self.isApostrophe(current) {
                        // The trailing apostrophe of an elision ("l'" before a space); after any other word it is
                        // a closing single quotation mark (« les 'indignés' ») and stays punctuation.
                        if rules.elisions.contains(slice(start, end).lowercased() + "'") { end += 1 }
                        break
                    } else if Self.isQuasiApostrophe(current), end + 1 < scalars.count,
                              Self.isWordScalar(scalars[end + 1]),
                              rules.elisions.contains(slice(start, end).lowercased() + "'") {
                        // A typing slip for the apostrophe: l"immeuble, d´un, l‘homme.
                        quasiApostrophe = end
                        end += 1
                    } else if Self.isQuasiApostrophe(current), end + 2 < scalars.count, scalars[end + 1] == " ",
                              Self.isElidable(scalars[end + 2]), start == 0 || scalars[start - 1] != current,
                              rules.elisions.contains(slice(start, end).lowercased() + "'") {
                        // The same slip with a space after it: « le transport d" usagers », « en tant qu" exploitation »
                        // (only before a vowel or h, where French elides; a quoted letter, « le "d" est », is no slip).
                        quasiApostrophe = end
                        quasiWidth = 2
                        end += 2
                    } else {
                        break
                    }
                }
                if quasiApostrophe == nil, let glued = gluedEnd(scalars, from: start, to: end, slice) { end = glued }
                var word = slice(start, end)
                if let quasiApostrophe {
                    word = slice(start, quasiApostrophe) + "'" + slice(quasiApostrophe + quasiWidth, end)
                } else if end < scalars.count, scalars[end] == ".", rules.abbreviations.contains(word + ".") {
                    word += "."
                    end += 1
                }
                index = end
                splitWord(word, into: &tokens)
            } else {
                var end = index + 1
                if scalar == "." {
                    while end < scalars.count && scalars[end] == "." { end += 1 }
                }
                end = Self.clusterEnd(scalars, after: index, end: end)
                tokens.append(SourceToken(text: slice(start, end), kind: .punctuation))
                index = end
            }
            if firstProduced < tokens.count { tokens[firstProduced].spaceBefore = space }
            if firstWordPending {
                for position in firstProduced..<tokens.count {
                    guard firstWordPending else { break }
                    if tokens[position].kind == .word {
                        tokens[position].origin.insert(.sentenceInitial)
                        firstWordPending = false
                    } else if tokens[position].kind != .punctuation {
                        firstWordPending = false
                    }
                }
            }
            space = false
        }
        return tokens
    }

    /// Undoes elisions, contractions and hyphenated clitics in one word, appending its tokens.
    func splitWord(_ raw: String, into tokens: inout [SourceToken]) {
        let word = Self.normalizeApostrophes(raw)
        if !word.utf8.contains(where: { $0 == 39 || $0 == 45 }) {
            // The common case: a plain word, at most a contraction; no array of its own.
            if mayBeContraction(word), let parts = rules.contractions[word.lowercased()] {
                tokens += contraction(word, parts)
            } else {
                tokens.append(SourceToken(text: word, kind: .word))
            }
            return
        }
        tokens += splitWord(word)
    }

    /// Undoes elisions, contractions and hyphenated clitics in one word.
    func splitWord(_ raw: String) -> [SourceToken] {
        let word = Self.normalizeApostrophes(raw)
        let hasApostrophe = word.utf8.contains(39)
        let hasHyphen = word.utf8.contains(45)
        if !hasApostrophe && !hasHyphen { return expandContraction(word) }
        // A listed contraction with an apostrophe ("s'il" → "si il") comes before the elision rule.
        if isKnown(word) || (hasApostrophe && rules.contractions[word.lowercased()] != nil) {
            return expandContraction(word)
        }
        // Elision: "l'homme" → "l'" "homme"; "jusqu'à" → "jusqu'" "à".
        if let apostrophe = word.firstIndex(of: "'") {
            let prefix = String(word[...apostrophe])
            let rest = String(word[word.index(after: apostrophe)...])
            if rules.elisions.contains(prefix.lowercased()) {
                var head = SourceToken(text: prefix, kind: .word, spaceBefore: true, origin: .elided)
                head.spaceBefore = true
                if rest.isEmpty { return [head] }
                var tail = splitWord(rest)
                if !tail.isEmpty { tail[0].spaceBefore = false }
                return [head] + tail
            }
        }
        // Demonstrative particles: "ce jour-là" → "jour" marked distal; "cette fois-ci" → "fois".
        if let hyphen = word.lastIndex(of: "-"), hyphen != word.startIndex {
            let particle = word[word.index(after: hyphen)...].lowercased()
            let head = String(word[..<hyphen])
            if particle == "là" || particle == "ci", isKnown(head) {
                var tokens = splitWord(head)
                if particle == "là", !tokens.isEmpty { tokens[tokens.count - 1].origin.insert(.distal) }
                return tokens
            }
        }
        // Hyphenated clitics: "dit-il", "a-t-elle", "donne-le-moi".
        if word.contains("-") {
            var parts = word.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            var clitics: [SourceToken] = []
            while parts.count > 1, let last = parts.last, rules.enclitics.contains(last.lowercased()) {
                clitics.insert(SourceToken(text: last, kind: .word, spaceBefore: true, origin: .enclitic), at: 0)
                parts.removeLast()
                if parts.count > 1, let linking = parts.last, rules.euphonics.contains(linking.lowercased()) {
                    parts.removeLast()
                }
            }
            if !clitics.isEmpty {
                let head = parts.joined(separator: "-")
                return splitWord(head) + clitics
            }
        }
        return expandContraction(word)
    }

    private func expandContraction(_ word: String) -> [SourceToken] {
        if mayBeContraction(word), let parts = rules.contractions[word.lowercased()] { return contraction(word, parts) }
        return [SourceToken(text: word, kind: .word)]
    }

    /// The words a contraction stands for, the first capitalised like the contraction.
    private func contraction(_ word: String, _ parts: [String]) -> [SourceToken] {
        parts.enumerated().map { offset, part in
            var text = part
            if offset == 0, word.first?.isUppercase == true { text = part.prefix(1).uppercased() + part.dropFirst() }
            return SourceToken(text: text, kind: .word, spaceBefore: true, origin: parts.count > 1 ? .contracted : [])
        }
    }

    /// Where a word glued to the next one by a lost space ends: « àWashington » → "à" + "Washington", « avait30 »
    /// → "avait" + "30". The run splits at its first change from a small letter to a capital after a function word
    /// the lexicon knows (`iPhone`, `eBay`, `microSD` stay whole), or to a digit after a function word or a verb
    /// (`cm2`, `Mazda3` stay whole); a run the lexicon knows whole never splits.
    private func gluedEnd(_ scalars: [Unicode.Scalar], from start: Int, to end: Int,
                          _ slice: (Int, Int) -> String) -> Int? {
        var split = start
        while split < end, Self.isLower(scalars[split]) { split += 1 }
        guard split > start, split + 1 < end, Self.isUpper(scalars[split]) || Self.isDigit(scalars[split]) else {
            return nil
        }
        let whole = slice(start, end)
        guard !isKnown(whole) else { return nil }
        let readings = morphology.analyses(exact: slice(start, split))
        guard !readings.isEmpty else { return nil }
        if Self.isDigit(scalars[split]) {
            return readings.allSatisfy({ !$0.pos.isContentWord || $0.pos.isVerb }) ? split : nil
        }
        return readings.allSatisfy({ !$0.pos.isContentWord }) ? split : nil
    }

    private func isKnown(_ word: String) -> Bool {
        morphology.contains(word) || morphology.contains(word.lowercased())
    }

    // MARK: - Character classes

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x202F, 0x2009, 0x2007, 0x200A, 0x2002, 0x2003, 0x3000: true
        default: false
        }
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    /// Whether a scalar is a lower-case letter (Unicode's property, which ASCII answers without a table look-up).
    static func isLower(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar.value >= 0x61 && scalar.value <= 0x7A : scalar.properties.isLowercase
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}"
    }

    /// Characters typed in place of an apostrophe after an elided word (`l"`, `d´`, `l‘`, `` d` ``).
    static func isQuasiApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\"" || scalar == "\u{00B4}" || scalar == "\u{2018}" || scalar == "`"
    }

    static func isUpper(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isUppercase }

    /// Whether a word starting with this letter takes an elided article or pronoun: a vowel (accented or not) or h.
    static func isElidable(_ scalar: Unicode.Scalar) -> Bool {
        elidableInitials.contains(String(scalar).lowercased())
    }

    private static let elidableInitials: Set<String> = [
        "a", "à", "â", "ä", "æ", "e", "é", "è", "ê", "ë", "i", "î", "ï", "o", "ô", "ö", "œ", "u", "ù", "û", "ü", "y", "h",
    ]

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let value = scalar.value
            return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39)
        }
        return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
    }

    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }

    static func normalizeApostrophes(_ word: String) -> String {
        // ’ and ʼ start with the UTF-8 bytes E2 and CA.
        guard word.utf8.contains(where: { $0 == 0xE2 || $0 == 0xCA }),
              word.unicodeScalars.contains(where: { $0 == "\u{2019}" || $0 == "\u{02BC}" }) else { return word }
        var result = String.UnicodeScalarView()
        for scalar in word.unicodeScalars { result.append(isApostrophe(scalar) ? "'" : scalar) }
        return String(result)
    }

    /// End of a URL or e-mail address starting at `index`, or nil.
    /// The end of a run of digit groups joined by `-` or `/` with no space (at least two groups), or nil.
    static func joinedDigitsEnd(_ scalars: [Unicode.Scalar], from index: Int) -> Int? {
        var end = index
        var groups = 0
        while true {
            let groupStart = end
            while end < scalars.count && isDigit(scalars[end]) { end += 1 }
            guard end > groupStart else { return nil }
            groups += 1
            guard end + 1 < scalars.count, scalars[end] == "-" || scalars[end] == "/", isDigit(scalars[end + 1]) else {
                break
            }
            end += 1
        }
        if groups < 2 || (end < scalars.count && isWordScalar(scalars[end])) { return nil }
        return end
    }

    /// The end of a clock time or score written with a colon and no space (`15:05`, `2:1`), or nil.
    static func colonNumberEnd(_ scalars: [Unicode.Scalar], from index: Int) -> Int? {
        var end = index
        while end < scalars.count && isDigit(scalars[end]) { end += 1 }
        guard end - index <= 2, end + 1 < scalars.count, scalars[end] == ":", isDigit(scalars[end + 1]) else { return nil }
        end += 1
        let minutes = end
        while end < scalars.count && isDigit(scalars[end]) { end += 1 }
        guard end - minutes <= 2, end >= scalars.count || !isWordScalar(scalars[end]) else { return nil }
        return end
    }

    /// Extends a one-symbol token over the scalars that continue its grapheme cluster, so that an emoji sequence
    /// (👩‍💻, 👍🏽, ❤️, flags 🇫🇷) stays one token instead of falling apart into spaced pieces.
    static func clusterEnd(_ scalars: [Unicode.Scalar], after start: Int, end: Int) -> Int {
        var end = end
        var regionalIndicators = isRegionalIndicator(scalars[start]) ? 1 : 0
        while end < scalars.count {
            let next = scalars[end]
            let value = next.value
            if value == 0x200D, end + 1 < scalars.count {
                end += 2  // zero width joiner and the scalar it joins
            } else if (0xFE00...0xFE0F).contains(value) || (0x1F3FB...0x1F3FF).contains(value)
                        || (0xE0020...0xE007F).contains(value) || next.properties.generalCategory == .nonspacingMark
                        || next.properties.generalCategory == .enclosingMark {
                end += 1
            } else if isRegionalIndicator(next), regionalIndicators % 2 == 1 {
                regionalIndicators += 1
                end += 1
            } else {
                break
            }
        }
        return end
    }

    private static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    static func verbatimEnd(_ scalars: [Unicode.Scalar], from index: Int) -> Int? {
        // Cheap test first: URLs start with h/w, addresses contain '@' before the next space.
        let first = scalars[index]
        var end = index
        var sawAt = false
        while end < scalars.count && !isSpace(scalars[end]) {
            if scalars[end] == "@" { sawAt = true; break }
            end += 1
        }
        guard sawAt || first == "h" || first == "w" || first == "H" || first == "W" else { return nil }
        end = index
        var hasAt = false
        while end < scalars.count && !isSpace(scalars[end]) {
            if scalars[end] == "@" { hasAt = true }
            end += 1
        }
        let candidate = string(scalars[index..<end]).lowercased()
        let isURL = candidate.hasPrefix("http://") || candidate.hasPrefix("https://") || candidate.hasPrefix("www.")
        guard isURL || (hasAt && candidate.contains(".") && scalars[index] != "@") else { return nil }
        // Trailing punctuation belongs to the sentence.
        while end > index, let last = scalars[end - 1] as Unicode.Scalar?,
              ".,;:!?)»\"'".unicodeScalars.contains(last) {
            end -= 1
        }
        return end
    }

    /// A number starting at `index`, rewritten the English way, and where it ends; nil when digits run into
    /// letters (`1er`, `G20` are words).
    static func number(_ scalars: [Unicode.Scalar], from index: Int) -> (String, Int)? {
        var end = index
        var digits = String.UnicodeScalarView()
        while end < scalars.count && isDigit(scalars[end]) {
            digits.append(scalars[end])
            end += 1
        }
        if end < scalars.count && isWordScalar(scalars[end]) { return nil }
        var groups = [String(digits)]
        // Thousands groups separated by (no-break) spaces or full stops: exactly three digits each.
        while end + 3 < scalars.count + 0, end < scalars.count,
              isSpace(scalars[end]) || (scalars[end] == "." && groups[0].count <= 3),
              groups.count > 1 || groups[0].count <= 3 {
            let groupStart = end + 1
            var groupEnd = groupStart
            while groupEnd < scalars.count && isDigit(scalars[groupEnd]) { groupEnd += 1 }
            guard groupEnd - groupStart == 3 else { break }
            if groupEnd < scalars.count && isWordScalar(scalars[groupEnd]) { break }
            groups.append(string(scalars[groupStart..<groupEnd]))
            end = groupEnd
        }
        var text = groups.joined(separator: ",")
        // A plain four-digit number without separators stays as it is (years).
        // A decimal point, as text copied from English has it (« 99.80$ »): one, two or four digits or more
        // after it (three are a thousands group, above), and no further point-and-digit on either side (« 1.2.3 »).
        let afterPoint = index >= 2 && scalars[index - 1] == "." && isDigit(scalars[index - 2])
        if groups.count == 1, !afterPoint, end + 1 < scalars.count, scalars[end] == ".", isDigit(scalars[end + 1]) {
            var cursor = end + 1
            while cursor < scalars.count && isDigit(scalars[cursor]) { cursor += 1 }
            let followedByMore = cursor < scalars.count && (isWordScalar(scalars[cursor])
                || scalars[cursor] == "." && cursor + 1 < scalars.count && isDigit(scalars[cursor + 1]))
            if cursor - end - 1 != 3, !followedByMore {
                return (text + "." + string(scalars[(end + 1)..<cursor]), cursor)
            }
        }
        // Decimal comma.
        if end + 1 < scalars.count, scalars[end] == ",", isDigit(scalars[end + 1]) {
            var fraction = String.UnicodeScalarView()
            var cursor = end + 1
            while cursor < scalars.count && isDigit(scalars[cursor]) {
                fraction.append(scalars[cursor])
                cursor += 1
            }
            if !(cursor < scalars.count && isWordScalar(scalars[cursor])) {
                text += "." + String(fraction)
                end = cursor
            }
        }
        return (text, end)
    }
}
