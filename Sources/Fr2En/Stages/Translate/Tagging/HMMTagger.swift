// Licensed under the Apache License, Version 2.0.

/// Chooses the most probable sequence of coarse tags for a sentence (Viterbi over `TagModel`), restricted to the
/// tags each word's morphological readings allow. `RuleTagger` then prefers readings of the chosen coarse tag.
struct HMMTagger: Sendable {
    let model: TagModel

    /// The coarse tag a reading belongs to (`n`, `det`, `vblex.pp`, …).
    static func coarseTag(_ analysis: MorphAnalysis) -> String {
        let pos = analysis.pos
        switch pos {
        case .verb, .be, .have, .modal, .auxiliary:
            let features = analysis.tags.features
            let tense: String
            if features.contains(.infinitive) { tense = "inf" }
            else if features.contains(.pastParticiple) { tense = "pp" }
            else if features.contains(.gerund) { tense = "ger" }
            else if features.contains(.presentParticiple) { tense = "pprs" }
            else { tense = VerbGroupTransfer.tenseCode(features) }
            return pos.rawValue + "." + tense
        case .properNoun: return "np"
        default: return pos.rawValue
        }
    }

    /// The chosen coarse tag per unit (nil where the model has nothing to say: quotes, URLs).
    func tag(_ units: [TransferUnit]) -> [Int?] {
        // Positions the model covers and their candidate tags.
        var positions: [Int] = []
        var candidates: [[Int]] = []
        for (index, unit) in units.enumerated() {
            var tags: [Int] = []
            switch unit.token.kind {
            case .punctuation:
                let seen = model.seenTags(unit.token.text)
                guard !seen.isEmpty else { continue }
                tags = seen
            case .number:
                tags = model.index(of: "num").map { [$0] } ?? []
            case .term:
                tags = model.index(of: "np").map { [$0] } ?? []
            case .verbatim:
                continue
            case .word:
                for candidate in unit.candidates {
                    if let tag = model.index(of: Self.coarseTag(candidate)), !tags.contains(tag) { tags.append(tag) }
                }
                if tags.isEmpty { tags = model.index(of: "unk").map { [$0] } ?? [] }
            }
            guard !tags.isEmpty else { continue }
            positions.append(index)
            candidates.append(tags)
        }
        var result = [Int?](repeating: nil, count: units.count)
        guard !positions.isEmpty else { return result }
        var scores: [[Double]] = []
        var back: [[Int]] = []
        for (step, tags) in candidates.enumerated() {
            let form = units[positions[step]].isWord ? units[positions[step]].lowered : units[positions[step]].token.text
            var row: [Double] = []
            var pointers: [Int] = []
            row.reserveCapacity(tags.count)
            pointers.reserveCapacity(tags.count)
            let seen = model.emissions(form)
            for tag in tags {
                let emission = model.emission(seen, tag)
                if step == 0 {
                    row.append(model.transition(model.start, tag) + emission)
                    pointers.append(-1)
                } else {
                    var best = -Double.infinity
                    var bestIndex = 0
                    for (previousIndex, previous) in candidates[step - 1].enumerated() {
                        let value = scores[step - 1][previousIndex] + model.transition(previous, tag)
                        if value > best {
                            best = value
                            bestIndex = previousIndex
                        }
                    }
                    row.append(best + emission)
                    pointers.append(bestIndex)
                }
            }
            scores.append(row)
            back.append(pointers)
        }
        let last = candidates.count - 1
        var bestIndex = 0
        var best = -Double.infinity
        for (index, tag) in candidates[last].enumerated() {
            let value = scores[last][index] + model.transition(tag, model.end)
            if value > best {
                best = value
                bestIndex = index
            }
        }
        var step = last
        while step >= 0 {
            result[positions[step]] = candidates[step][bestIndex]
            bestIndex = back[step][bestIndex]
            step -= 1
        }
        return result
    }
}
