// Licensed under the Apache License, Version 2.0.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A bigram hidden Markov model over coarse French tags (`fr.tag-lexicon.tsv`: `form_lc<TAB>coarse_tag<TAB>lemma<TAB>count`,
/// `fr.tag-transitions.tsv`: `prev<TAB>next<TAB>count`, `<s>` / `</s>` at sentence edges).
///
/// Coarse tags are the first Apertium tag, and for verbs the first two (`vblex.pp`, `vbser.pri`); `unk` stands for
/// words the tagger did not know. Probabilities are stored as natural-log values, add-0.5 smoothed.
public struct TagModel: Sendable {
    /// Interned coarse tags.
    public private(set) var tags: [String] = []
    private var tagIndex: [String: Int] = [:]
    /// log P(next | previous), row-major `previous * count + next`.
    private var transitions: [Double] = []
    /// A form's reading: its coarse tag, log P(form | tag) and how often the corpus read the form so.
    typealias Emission = (tag: Int, logProbability: Double, count: Double)
    /// The lower-cased forms the corpus has seen, numbered.
    private var forms = StringNumbering()
    /// Every form's emissions in file order, form after form: those of form `n` are
    /// `formEmissions[formStarts[n]..<formStarts[n + 1]]`.
    private var formEmissions: [Emission] = []
    private var formStarts: [Int32] = [0]
    /// log P(unseen form | tag), by tag: the smoothing mass of each tag.
    private var unseen: [Double] = []
    /// log P(form | tag) for a form the corpus has seen, but never with this tag: half an observation. A word the
    /// tagged corpus always read one way (`bonne` adj, 56 times) keeps that reading against a rare one (`bonne` n,
    /// a maid) unless the context strongly says otherwise.
    private var unseenWithTag: [Double] = []
    /// Per tag, the index of its part of speech (`vblex` for `vblex.pri` and `vblex.ifi`).
    private var partOfSpeech: [Int] = []
    /// How often the tagged corpus read any form as each lemma (by the lemma's number in `lemmas`): tells `ouvrir`
    /// (open) from the rare `ouvrer` when both read « ouvre » as a present tense.
    private var lemmaCounts: [Double] = []
    private var lemmas = StringNumbering()
    /// The pseudo-count of a tag a seen form never had.
    static let unseenTagCount = 0.5

    public private(set) var start = 0
    public private(set) var end = 0

    /// Loads both files.
    /// - Throws: `LexiconFormatError` naming the file and line.
    public init(lexiconPath: String, transitionsPath: String) throws {
        let lexicon = try TSVTable(path: lexiconPath, columns: 4, keyColumns: 0)
        let transitionTable = try TSVTable(path: transitionsPath, columns: 3, keyColumns: 0)
        start = intern("<s>")
        end = intern("</s>")
        var pairCounts: [Int: Double] = [:]
        for row in 0..<transitionTable.count {
            let previous = intern(transitionTable.string(row: row, column: 0))
            let next = intern(transitionTable.string(row: row, column: 1))
            guard let count = transitionTable.number(row: row, column: 2) else {
                throw transitionTable.error(row: row, "count must be a number")
            }
            pairCounts[previous << 16 | next, default: 0] += count
        }
        var formCounts: [(form: Int, tag: Int, count: Double)] = []
        formCounts.reserveCapacity(lexicon.count)
        for row in 0..<lexicon.count {
            guard let count = lexicon.number(row: row, column: 3) else { throw lexicon.error(row: row, "count must be a number") }
            formCounts.append((forms.insert(lexicon.string(row: row, column: 0)),
                               intern(lexicon.string(row: row, column: 1)), count))
            let lemma = lemmas.insert(lexicon.string(row: row, column: 2))
            if lemma == lemmaCounts.count { lemmaCounts.append(0) }
            lemmaCounts[lemma] += count
        }
        let size = tags.count
        var rowTotals = [Double](repeating: 0, count: size)
        for (key, count) in pairCounts { rowTotals[key >> 16] += count }
        transitions = [Double](repeating: 0, count: size * size)
        for previous in 0..<size {
            let denominator = rowTotals[previous] + 0.5 * Double(size)
            for next in 0..<size {
                transitions[previous * size + next] = log(((pairCounts[previous << 16 | next] ?? 0) + 0.5) / denominator)
            }
        }
        var tagTotals = [Double](repeating: 0, count: size)
        var formsPerTag = [Double](repeating: 0, count: size)
        for entry in formCounts {
            tagTotals[entry.tag] += entry.count
            formsPerTag[entry.tag] += 1
        }
        unseen = (0..<size).map { tag in log((formsPerTag[tag] + 1) / (tagTotals[tag] + formsPerTag[tag] + 1) / 50) }
        var posIndex: [Substring: Int] = [:]
        partOfSpeech = tags.map { tag in
            let pos = tag.split(separator: ".", maxSplits: 1).first ?? Substring(tag)
            if let index = posIndex[pos] { return index }
            posIndex[pos] = posIndex.count
            return posIndex.count - 1
        }
        unseenWithTag = (0..<size).map { tag in log(Self.unseenTagCount / (tagTotals[tag] + formsPerTag[tag] + 1)) }
        // Emissions grouped by form, each form's in file order (a counting sort).
        var perForm = [Int32](repeating: 0, count: forms.count + 1)
        for entry in formCounts { perForm[entry.form + 1] += 1 }
        for form in 0..<forms.count { perForm[form + 1] += perForm[form] }
        formStarts = perForm
        var next = perForm
        formEmissions = [Emission](repeating: (0, 0, 0), count: formCounts.count)
        for entry in formCounts {
            let probability = entry.count / (tagTotals[entry.tag] + formsPerTag[entry.tag] + 1)
            formEmissions[Int(next[entry.form])] = (entry.tag, log(probability), entry.count)
            next[entry.form] += 1
        }
    }

    private mutating func intern(_ tag: String) -> Int {
        if let index = tagIndex[tag] { return index }
        tags.append(tag)
        tagIndex[tag] = tags.count - 1
        return tags.count - 1
    }

    /// The index of a coarse tag, if the model knows it.
    public func index(of tag: String) -> Int? { tagIndex[tag] }

    func transition(_ previous: Int, _ next: Int) -> Double { transitions[previous * tags.count + next] }

    /// log P(form | tag): seen emissions, else the tag's unseen mass.
    func emission(_ form: String, _ tag: Int) -> Double {
        emission(emissions(form), tag)
    }

    /// The form's seen emissions (tag, log probability), empty when unseen.
    func emissions(_ form: String) -> ArraySlice<Emission> {
        guard let number = forms.number(of: form) else { return [] }
        return formEmissions[Int(formStarts[number])..<Int(formStarts[number + 1])]
    }

    /// log P(form | tag) given the form's emissions.
    func emission(_ seen: ArraySlice<Emission>, _ tag: Int) -> Double {
        for entry in seen where entry.tag == tag { return entry.logProbability }
        guard !seen.isEmpty else { return unseen[tag] }
        // Another tense of a verb seen in one tense keeps the ordinary smoothing ("ralentit" seen once in the
        // simple past is as likely a present); another part of speech gets half an observation.
        return seen.contains { partOfSpeech[$0.tag] == partOfSpeech[tag] } ? unseen[tag] : unseenWithTag[tag]
    }

    /// How often the tagged corpus read a form as `lemma` (0 for a lemma it never met).
    func lemmaFrequency(_ lemma: String) -> Double { lemmas.number(of: lemma).map { lemmaCounts[$0] } ?? 0 }

    /// Tags the form was seen with.
    func seenTags(_ form: String) -> [Int] { emissions(form).map(\.tag) }

    /// The tags the corpus gave `form` in at least `share` of its occurrences (empty for an unseen form).
    func usualTags(_ form: String, share: Double) -> [Int] {
        let counts = emissions(form)
        guard !counts.isEmpty else { return [] }
        let total = counts.reduce(0) { $0 + $1.count }
        return counts.filter { $0.count >= share * total }.map(\.tag)
    }
}
