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
    /// Emissions by lower-cased form: (tag, log P(form | tag)).
    private var emissions: [String: [(tag: Int, logProbability: Double, count: Double)]] = [:]
    /// log P(unseen form | tag), by tag: the smoothing mass of each tag.
    private var unseen: [Double] = []
    /// log P(form | tag) for a form the corpus has seen, but never with this tag: half an observation. A word the
    /// tagged corpus always read one way (`bonne` adj, 56 times) keeps that reading against a rare one (`bonne` n,
    /// a maid) unless the context strongly says otherwise.
    private var unseenWithTag: [Double] = []
    /// Per tag, the index of its part of speech (`vblex` for `vblex.pri` and `vblex.ifi`).
    private var partOfSpeech: [Int] = []
    /// How often the tagged corpus read any form as each lemma: tells `ouvrir` (open) from the rare `ouvrer` when
    /// both read « ouvre » as a present tense.
    private var lemmaCounts: [String: Double] = [:]
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
        var formCounts: [(form: String, tag: Int, count: Double)] = []
        formCounts.reserveCapacity(lexicon.count)
        lemmaCounts.reserveCapacity(lexicon.count)
        emissions.reserveCapacity(lexicon.count)
        for row in 0..<lexicon.count {
            guard let count = lexicon.number(row: row, column: 3) else { throw lexicon.error(row: row, "count must be a number") }
            formCounts.append((lexicon.string(row: row, column: 0), intern(lexicon.string(row: row, column: 1)), count))
            lemmaCounts[lexicon.string(row: row, column: 2), default: 0] += count
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
        for entry in formCounts {
            let probability = entry.count / (tagTotals[entry.tag] + formsPerTag[entry.tag] + 1)
            emissions[entry.form, default: []].append((entry.tag, log(probability), entry.count))
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
    func emissions(_ form: String) -> [(tag: Int, logProbability: Double, count: Double)] { emissions[form] ?? [] }

    /// log P(form | tag) given the form's emissions.
    func emission(_ seen: [(tag: Int, logProbability: Double, count: Double)], _ tag: Int) -> Double {
        for entry in seen where entry.tag == tag { return entry.logProbability }
        guard !seen.isEmpty else { return unseen[tag] }
        // Another tense of a verb seen in one tense keeps the ordinary smoothing ("ralentit" seen once in the
        // simple past is as likely a present); another part of speech gets half an observation.
        return seen.contains { partOfSpeech[$0.tag] == partOfSpeech[tag] } ? unseen[tag] : unseenWithTag[tag]
    }

    /// How often the tagged corpus read a form as `lemma` (0 for a lemma it never met).
    func lemmaFrequency(_ lemma: String) -> Double { lemmaCounts[lemma] ?? 0 }

    /// Tags the form was seen with.
    func seenTags(_ form: String) -> [Int] { emissions[form]?.map(\.tag) ?? [] }

    /// The tags the corpus gave `form` in at least `share` of its occurrences (empty for an unseen form).
    func usualTags(_ form: String, share: Double) -> [Int] {
        guard let counts = emissions[form] else { return [] }
        let total = counts.reduce(0) { $0 + $1.count }
        return counts.filter { $0.count >= share * total }.map(\.tag)
    }
}
