// Licensed under the Apache License, Version 2.0.

/// What a sentence says about the time of its passé composé: a cue for the English present perfect (`depuis`,
/// `déjà`) and a cue for a finished time (`hier`, a month, another verb in a past tense).
///
/// The cues are the `perfect-cue` and `past-cue` words and phrases of `fr.word-classes.tsv`, found as French writes
/// them (no space after an apostrophe), and verbs in the imperfect or simple past (which includes a pluperfect's
/// auxiliary). A past cue inside the phrase a `since-cue` opens dates the start of a period that lasts until now, so
/// it is no past cue:
///
/// ```
/// Le loyer a augmenté hier.                       → the rent increased yesterday
/// Le loyer a augmenté depuis 2008.                → the rent has increased since 2008
/// Depuis janvier, le maire a visité vingt écoles. → since January, the mayor has visited twenty schools
/// ```
struct TenseContext: Sendable, Hashable {
    var perfectCue = false
    var pastCue = false

    /// Whether a passé composé with no cue of its own becomes a present perfect.
    var favoursPerfect: Bool { perfectCue && !pastCue }

    /// Longest cue looked for, in words.
    private static let longestCue = 4
    /// Longest since phrase (« depuis le mois de mars »), in units after the cue.
    private static let longestSincePhrase = 5

    /// No cues: a passé composé is a simple past.
    init() {}

    /// Reads the cues of a sentence.
    init(_ units: [TransferUnit], cues: TenseCues) {
        var words: [Substring] = []
        var owners: [Int] = []
        for (index, unit) in units.enumerated() {
            // A glossary term (`jusqu'à présent`) is read as the French it matched.
            let text = unit.isTerm ? unit.token.text.lowercased() : unit.lowered
            if text.isEmpty {
                words.append("")
                owners.append(index)
            } else if !text.utf8.contains(0x20) {
                // One word (no space byte, so no space character): no splitting.
                words.append(text[...])
                owners.append(index)
            } else {
                for word in text.split(separator: " ") {
                    words.append(word)
                    owners.append(index)
                }
            }
            if let analysis = unit.analysis, analysis.pos.isVerb,
               analysis.tags.has(.imperfect) || analysis.tags.has(.simplePast) {
                pastCue = true
            }
        }
        var sincePhrase = 0..<0
        for start in words.indices where !words[start].isEmpty {
            let first = String(words[start])
            guard cues.starts.contains(first) else { continue }
            if cues.since.contains(first), owners[start] >= sincePhrase.upperBound {
                sincePhrase = Self.sincePhrase(units, after: owners[start])
            }
            guard cues.perfectStarts.contains(first) || cues.pastStarts.contains(first) else { continue }
            var phrase = ""
            for end in start..<min(words.count, start + Self.longestCue) {
                guard !words[end].isEmpty else { break }
                if end > start, phrase.last != "'" && phrase.last != "’" { phrase += " " }
                phrase += words[end]
                if cues.perfect.contains(phrase) { perfectCue = true }
                if cues.past.contains(phrase), !sincePhrase.contains(owners[start]) { pastCue = true }
            }
        }
    }

    /// The units after a since-cue at `cue` that date the start of the period: up to punctuation, a verb or a
    /// conjunction (« depuis qu'il est parti » opens a clause whose tense speaks for itself).
    private static func sincePhrase(_ units: [TransferUnit], after cue: Int) -> Range<Int> {
        var cursor = cue + 1
        while cursor < units.count, cursor <= cue + longestSincePhrase {
            let unit = units[cursor]
            if unit.isPunctuation || unit.analysis?.pos.isVerb == true || unit.is(.subordinator)
                || unit.is(.coordinator) || unit.is(.relative) {
                break
            }
            cursor += 1
        }
        return (cue + 1)..<cursor
    }
}

/// The cue words of `TenseContext` (`since-cue`, `perfect-cue`, `past-cue` of `fr.word-classes.tsv`), looked up in
/// `WordClasses` once instead of three times for every word of every sentence.
struct TenseCues: Sendable {
    /// Words that open a phrase dating the start of a period (`depuis`).
    let since: Set<String>
    /// Perfect and past cues, whole (`déjà`, `l'an dernier`).
    let perfect: Set<String>
    let past: Set<String>
    /// The first words of the perfect and past cues (`WordClasses.startsMember`).
    let perfectStarts: Set<String>
    let pastStarts: Set<String>
    /// Every word that is a since cue or starts a perfect or past cue: any other word needs no further look-up.
    let starts: Set<String>

    init(classes: WordClasses) {
        since = classes.members(of: .sinceCue)
        perfect = classes.members(of: .perfectCue)
        past = classes.members(of: .pastCue)
        perfectStarts = classes.firstWords(of: .perfectCue)
        pastStarts = classes.firstWords(of: .pastCue)
        starts = since.union(perfectStarts).union(pastStarts)
    }
}
