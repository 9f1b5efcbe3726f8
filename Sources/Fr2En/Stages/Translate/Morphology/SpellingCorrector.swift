// Licensed under the Apache License, Version 2.0.

/// Repairs a lower-case word that no lexicon knows but that is a typing slip: one letter deleted, inserted,
/// replaced or two letters swapped (`sytème` → système, `troisème` → troisième, `maintienent` → maintiennent),
/// or two words that lost the space between them (`dansle` → dans le, `écoliersont` → écoliers ont, `26ans` →
/// 26 ans).
///
/// Conservative by design, since a wrong repair replaces a word the reader could still recognise:
/// - the repair must be a form the morphology knows that French writes often (`FrenchWordFrequencies`, Zipf ≥
///   `minimumFrequency`; for two words, the rarer of them), far more often than the word as typed
///   (`minimumGain`), since a rare real word the lexicon lacks is written often enough to count;
/// - a one-letter repair must beat the next best one clearly (`minimumMargin`), or the word is left alone;
/// - frequent English words (`drain`, `start`, `quarter`) are left alone: they are quoted, not mistyped;
/// - a split is only tried on a word wordfreq does not list (« jeun » is no « je un »), never leaves a word of
///   one or two letters that is only a content word (« analphabétisation » is no « an alphabétisation ») or of one
///   letter that is no preposition (« acool » is no « a cool », but « faisaità » is « faisait à »), never
///   splits into two content words shorter than `minimumContentLength` (« fernet » is no « fer net »), and never
///   cuts off a listed prefix (« préannonce » is no « pré annonce »);
/// - a split must be more frequent than every one-letter repair, unless that repair just drops one of its
///   words (`faisaità` → faisait à, not faisait; `quité` → neither « qui té » nor a guess between quitte and
///   quitté).
///
/// A hyphenated compound the lexicons do not list whose parts are all frequent known words is read as those words
/// (« histoire-géographie » → histoire géographie, « face-à-face » → face à face), unless it is a number
/// (« soixante-douze »).
///
/// Capitalised words are never repaired (names); the caller also leaves alone words an expression knows.
struct SpellingCorrector: Sendable {
    /// A repair of a word.
    enum Repair: Equatable, Sendable {
        /// The word is a slip for this form.
        case word(String)
        /// The word is these two words without the space between them.
        case words(String, String)
        /// The word is a compound of these words joined by hyphens.
        case parts([String])

        /// The words the repaired word stands for.
        var words: [String] {
            switch self {
            case .word(let form): [form]
            case .words(let first, let second): [first, second]
            case .parts(let parts): parts
            }
        }
    }

    /// Zipf frequency a repaired word must have (a common word of the news).
    static let minimumFrequency = 3.0
    /// How much more frequent (Zipf units: ×10 each) the repair must be than the word as typed.
    static let minimumGain = 1.5
    /// How much more frequent the best one-letter repair must be than the second best.
    static let minimumMargin = 1.0
    /// English words seen at least this often (Google Books counts) are left alone.
    static let englishCount = 1_000_000.0
    /// Shorter words get no one-letter repair (too many real words are one letter apart); splits need four.
    static let minimumLength = 5
    static let minimumSplitLength = 4
    /// Words of one or two letters a split leaves must be function words; two content words need this many
    /// letters each.
    static let maximumShortWordLength = 2
    static let minimumContentLength = 4
    /// Longer words are left alone (the number of one-letter variants grows with the length).
    static let maximumLength = 30
    /// Letters a one-letter repair may insert or substitute.
    private static let alphabet: [Character] = Array("abcdefghijklmnopqrstuvwxyzàâçéèêëîïôùûüœ")
    /// The letters of `alphabet` as UTF-8.
    private static let alphabetUTF8: [[UInt8]] = alphabet.map { Array($0.utf8) }

    let frequencies: FrenchWordFrequencies
    let morphology: MorphLexicon
    /// English word counts (`en.unigrams.tsv`).
    let english: EnglishBigrams
    let prefixes: PrefixRules

    /// The repair of a lower-case word the lexicons lack, or nil when there is none or it is not clear.
    func repair(_ word: String) -> Repair? {
        if word.contains("-") { return hyphenatedParts(word).map(Repair.parts) }
        let characters = Array(word)
        guard frequencies.count > 0, characters.count >= Self.minimumSplitLength,
              characters.count <= Self.maximumLength,
              characters.allSatisfy({ ($0.isLetter && $0.isLowercase) || $0.isASCII && $0.isNumber }),
              characters.contains(where: \.isLetter)
        else { return nil }
        if let count = english.count(word), count >= Self.englishCount { return nil }
        let listed = frequencies.zipf(word)
        let own = listed ?? 0
        if let digits = characters.firstIndex(where: \.isLetter), digits > 0 {
            // « 26ans »: a number glued to the word after it.
            let rest = String(characters[digits...])
            guard characters[..<digits].allSatisfy(\.isNumber), rest.count >= 3,
                  let zipf = frequency(rest), zipf >= Self.minimumFrequency else { return nil }
            return .words(String(characters[..<digits]), rest)
        }
        guard characters.allSatisfy(\.isLetter) else { return nil }
        let split = listed == nil ? bestSplit(characters, word: word) : nil
        let correction = characters.count >= Self.minimumLength ? bestCorrection(characters) : nil
        if let split, split.zipf >= Self.minimumFrequency, split.zipf - own >= Self.minimumGain {
            guard let correction, correction.zipf >= split.zipf,
                  correction.form != split.first, correction.form != split.second
            else { return .words(split.first, split.second) }
        }
        guard let correction, correction.zipf >= Self.minimumFrequency, correction.zipf - own >= Self.minimumGain,
              correction.zipf - correction.second >= Self.minimumMargin else { return nil }
        return .word(correction.form)
    }

    /// The Zipf frequency of a form the morphology knows, or nil.
    private func frequency(_ form: String) -> Double? {
        guard let zipf = frequencies.zipf(form), morphology.contains(form) else { return nil }
        return zipf
    }

    /// The parts of a lower-case hyphenated compound when each is a known word of Zipf ≥ `minimumFrequency`
    /// and the first is no number word.
    private func hyphenatedParts(_ word: String) -> [String]? {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard frequencies.count > 0, parts.count >= 2, parts.count <= 4,
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter && $0.isLowercase } }),
              !morphology.analyses(exact: parts[0]).contains(where: { $0.pos == .numeral }),
              parts.allSatisfy({ (frequency($0) ?? 0) >= Self.minimumFrequency }) else { return nil }
        return parts
    }

    /// Whether some reading of a form is a preposition.
    private func isPreposition(_ form: String) -> Bool {
        morphology.analyses(exact: form).contains { $0.pos == .preposition }
    }

    /// Whether every reading of a form is a noun, adjective or verb (« la » is an article too, « an » is not).
    private func isContentWord(_ form: String) -> Bool {
        morphology.analyses(exact: form).allSatisfy { $0.pos.isContentWord }
    }

    /// The two known words the word is glued from whose rarer word is the most frequent.
    private func bestSplit(_ characters: [Character], word: String) -> (first: String, second: String, zipf: Double)? {
        let prefixes = Set(self.prefixes.splits(word).map(\.prefix))
        var best: (first: String, second: String, zipf: Double)?
        for cut in 1..<characters.count {
            let first = String(characters[..<cut]), second = String(characters[cut...])
            guard !prefixes.contains(first), let firstZipf = frequency(first), let secondZipf = frequency(second)
            else { continue }
            let firstContent = isContentWord(first), secondContent = isContentWord(second)
            if firstContent && cut <= Self.maximumShortWordLength { continue }
            if secondContent && characters.count - cut <= Self.maximumShortWordLength { continue }
            // A one-letter word is too easily a slip of its own (« ypique », « acool »), except the preposition à.
            if cut == 1 && !isPreposition(first) || characters.count - cut == 1 && !isPreposition(second) { continue }
            if firstContent && secondContent
                && min(cut, characters.count - cut) < Self.minimumContentLength { continue }
            let zipf = min(firstZipf, secondZipf)
            if zipf > best?.zipf ?? -1 { best = (first, second, zipf) }
        }
        return best
    }

    /// The most frequent known form one edit away, with the frequency of the second most frequent (0 if none).
    private func bestCorrection(_ characters: [Character]) -> (form: String, zipf: Double, second: Double)? {
        // Known forms already counted: two edits may give the same form (deleting either letter of a doubled one),
        // which must not count as its own second best. Unknown forms count for nothing: only known ones are kept.
        var seen: Set<String> = []
        var best: (form: String, zipf: Double)?
        var second = 0.0
        // Candidates are built as UTF-8 (the word's bytes up to a character, new bytes, the word's bytes from a
        // character on) and looked up as bytes: only a known one becomes a `String`.
        var word: [UInt8] = []
        var starts: [Int] = []
        for character in characters {
            starts.append(word.count)
            word += character.utf8
        }
        starts.append(word.count)
        var candidate: [UInt8] = []
        candidate.reserveCapacity(word.count + 4)
        func consider(upTo prefixEnd: Int, _ middle: ArraySlice<UInt8>, from suffixStart: Int) {
            candidate.removeAll(keepingCapacity: true)
            candidate += word[..<prefixEnd]
            candidate += middle
            candidate += word[suffixStart...]
            let known = candidate.withUnsafeBufferPointer { bytes in
                frequencies.zipf(utf8: bytes).flatMap { morphology.contains(utf8: bytes) ? $0 : nil }
            }
            guard let zipf = known else { return }
            let form = String(decoding: candidate, as: UTF8.self)
            guard seen.insert(form).inserted else { return }
            if let current = best, zipf <= current.zipf {
                second = max(second, zipf)
            } else {
                if let current = best { second = max(second, current.zipf) }
                best = (form, zipf)
            }
        }
        for index in characters.indices {
            // Deletion.
            consider(upTo: starts[index], [], from: starts[index + 1])
            // Transposition.
            if index + 1 < characters.count, characters[index] != characters[index + 1] {
                let swapped = word[starts[index + 1]..<starts[index + 2]] + word[starts[index]..<starts[index + 1]]
                consider(upTo: starts[index], swapped, from: starts[index + 2])
            }
            // Substitution.
            for (letter, bytes) in zip(Self.alphabet, Self.alphabetUTF8) where letter != characters[index] {
                consider(upTo: starts[index], bytes[...], from: starts[index + 1])
            }
        }
        // Insertion.
        for index in 0...characters.count {
            for bytes in Self.alphabetUTF8 {
                consider(upTo: starts[index], bytes[...], from: starts[index])
            }
        }
        guard let best else { return nil }
        return (best.form, best.zipf, second)
    }
}
