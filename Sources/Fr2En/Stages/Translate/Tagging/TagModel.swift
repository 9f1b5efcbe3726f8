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
    private var emissions: [String: [(tag: Int, logProbability: Double)]] = [:]
    /// log P(unseen form | tag), by tag: the smoothing mass of each tag.
    private var unseen: [Double] = []
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
        for row in 0..<lexicon.count {
            guard let count = lexicon.number(row: row, column: 3) else { throw lexicon.error(row: row, "count must be a number") }
            formCounts.append((lexicon.string(row: row, column: 0), intern(lexicon.string(row: row, column: 1)), count))
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
        for entry in formCounts {
            let probability = entry.count / (tagTotals[entry.tag] + formsPerTag[entry.tag] + 1)
            emissions[entry.form, default: []].append((entry.tag, log(probability)))
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
        if let seen = emissions[form], let hit = seen.first(where: { $0.tag == tag }) { return hit.logProbability }
        return unseen[tag]
    }

    /// The form's seen emissions (tag, log probability), empty when unseen.
    func emissions(_ form: String) -> [(tag: Int, logProbability: Double)] { emissions[form] ?? [] }

    /// log P(form | tag) given the form's emissions.
    func emission(_ seen: [(tag: Int, logProbability: Double)], _ tag: Int) -> Double {
        for entry in seen where entry.tag == tag { return entry.logProbability }
        return unseen[tag]
    }

    /// Tags the form was seen with.
    func seenTags(_ form: String) -> [Int] { emissions[form]?.map(\.tag) ?? [] }
}
