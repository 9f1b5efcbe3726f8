// Licensed under the Apache License, Version 2.0.

/// French verbs that govern an infinitive and become English auxiliaries or fixed frames
/// (`fr-en.verb-frames.tsv`: `lemma<TAB>link<TAB>tense<TAB>english<TAB>negated<TAB>form`).
///
/// `link` is the French word(s) between verb and infinitive (`de` in `venir de`, `-` for none); `tense` is the
/// French tense of the governing verb (`pri`, `pii`, `ifi`, `fti`, `cni`, `prs`) or of its compound (`pc` passé
/// composé, `pqp` plus-que-parfait, `cpa` conditionnel passé, `fa` futur antérieur); `english` is what replaces
/// the verb, where `{be}`, `{have}`, `{do}` agree with the subject (`{was}`: "was"/"were"); `form` is the
/// infinitive's English form (`VB`, `VBN`, `VBG`). Example: `venir de pri {have} just VBN` turns « il vient de partir » into "he has just left".
///
/// Tense `*` is a complement frame: in any tense (and as an infinitive or participle) the verb keeps its own
/// conjugation with `english` as its English verb, and the infinitive after the link takes `form` with no "to":
/// `risquer de * risk - VBG` turns « il risque de perdre » into "he risks losing", « il a arrêté de fumer » into
/// "he stopped smoking" (`negated` is unused there). With no link (`-`) the infinitive follows the verb directly:
/// `faire - * make - VB` turns « il fait rire » into "he makes laugh".
public struct VerbFrameLexicon: Sendable {
    public struct Frame: Sendable, Hashable {
        public var link: [String]
        public var english: String
        public var negated: String
        public var form: EnglishForm
    }

    private var frames: [String: [Frame]] = [:]

    public init() {}

    /// Loads the file.
    /// - Throws: `LexiconFormatError` naming the file and line.
    public init(path: String) throws {
        let table = try TSVTable(path: path, columns: 6, keyColumns: 0)
        for row in 0..<table.count {
            let link = table.string(row: row, column: 1)
            guard let form = EnglishForm(rawValue: table.string(row: row, column: 5)) else {
                throw table.error(row: row, "form must be VB, VBN or VBG")
            }
            let key = table.string(row: row, column: 0) + "|" + table.string(row: row, column: 2)
            frames[key, default: []].append(Frame(
                link: link == "-" ? [] : link.split(separator: " ").map(String.init),
                english: table.string(row: row, column: 3), negated: table.string(row: row, column: 4), form: form))
        }
    }

    /// The frames of a verb in a tense, longest link first.
    public func frames(_ lemma: String, tense: String) -> [Frame] {
        (frames[lemma + "|" + tense] ?? []).sorted { $0.link.count > $1.link.count }
    }

    /// The complement frame (tense `*`) of a verb before the link word `link` (`de`, `d'`, `à`), or with no link
    /// (`nil`: `laisser - * let - VB`, « il a laissé passer » → "he let pass"), if any.
    public func complementFrame(_ lemma: String, link: String?) -> Frame? {
        frames[lemma + "|*"]?.first { $0.link == (link.map { [$0] } ?? []) }
    }

    /// Whether a verb has any frame at all.
    public func governsInfinitive(_ lemma: String) -> Bool {
        frames.keys.contains { $0.hasPrefix(lemma + "|") }
    }
}
