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

    /// Model index of the coarse tag of each part of speech and verb form (`PartOfSpeech.ordinal *
    /// verbFormCount + verbForm`); -1 where the model lacks the tag. Filled once, so that tagging never builds
    /// tag strings.
    private let coarseIndices: [Int]
    /// Model indices of `num`, `np` and `unk` (-1 when absent).
    private let numberTag: Int
    private let nameTag: Int
    private let unknownTag: Int

    /// The verb forms a coarse tag tells apart, in the order `coarseTag` tests them: `inf`, `pp`, `ger`, `pprs`,
    /// then the tenses of `VerbGroupTransfer.tenseCode` (present also when no tense is marked).
    private static let verbForms: [MorphFeatures] = [.infinitive, .pastParticiple, .gerund, .presentParticiple,
                                                     .present, .imperfect, .simplePast, .future, .conditional,
                                                     .subjunctive, .pastSubjunctive]

    init(model: TagModel) {
        self.model = model
        var indices: [Int] = []
        for pos in PartOfSpeech.allCases {
            precondition(pos.ordinal == indices.count / Self.verbForms.count)
            for form in Self.verbForms {
                let tag = Self.coarseTag(MorphAnalysis(lemma: "", tags: MorphTags(pos: pos, features: form)))
                indices.append(model.index(of: tag) ?? -1)
            }
        }
        coarseIndices = indices
        numberTag = model.index(of: "num") ?? -1
        nameTag = model.index(of: "np") ?? -1
        unknownTag = model.index(of: "unk") ?? -1
    }

    /// Which of `verbForms` a verb reading's features select, tested in `coarseTag`'s order.
    @inline(__always)
    private static func verbForm(_ features: MorphFeatures) -> Int {
        if features.contains(.infinitive) { return 0 }
        if features.contains(.pastParticiple) { return 1 }
        if features.contains(.gerund) { return 2 }
        if features.contains(.presentParticiple) { return 3 }
        if features.contains(.present) { return 4 }
        if features.contains(.imperfect) { return 5 }
        if features.contains(.simplePast) { return 6 }
        if features.contains(.future) { return 7 }
        if features.contains(.conditional) { return 8 }
        if features.contains(.subjunctive) { return 9 }
        if features.contains(.pastSubjunctive) { return 10 }
        return 4
    }

    /// A number for a reading's coarse tag, without the model: two readings get the same number exactly when
    /// `coarseTag` gives them the same string.
    @inline(__always)
    static func coarseKey(_ analysis: MorphAnalysis) -> Int {
        let pos = analysis.pos
        return pos.ordinal * verbForms.count + (pos.isVerb ? verbForm(analysis.tags.features) : 0)
    }

    /// The model index of a reading's coarse tag (`model.index(of: coarseTag(analysis))`), or -1.
    @inline(__always)
    func coarseIndex(_ analysis: MorphAnalysis) -> Int {
        coarseIndices[Self.coarseKey(analysis)]
    }

    /// The chosen coarse tag per unit (nil where the model has nothing to say: quotes, URLs).
    func tag(_ units: [TransferUnit]) -> [Int?] {
        // Positions the model covers, their candidate tags (flat, `bounds[step]..<bounds[step + 1]`) and the
        // form's seen emissions.
        var positions: [Int] = []
        var tags: [Int] = []
        var bounds: [Int] = [0]
        var seen: [ArraySlice<TagModel.Emission>] = []
        positions.reserveCapacity(units.count)
        bounds.reserveCapacity(units.count + 1)
        seen.reserveCapacity(units.count)
        tags.reserveCapacity(units.count * 2)
        for (index, unit) in units.enumerated() {
            let first = tags.count
            var emissions: ArraySlice<TagModel.Emission> = []
            switch unit.token.kind {
            case .punctuation:
                emissions = model.emissions(unit.token.text)
                guard !emissions.isEmpty else { continue }
                for entry in emissions { tags.append(entry.tag) }
            case .number:
                if numberTag >= 0 { tags.append(numberTag) }
                emissions = model.emissions(unit.token.text)
            case .term:
                if nameTag >= 0 { tags.append(nameTag) }
                emissions = model.emissions(unit.token.text)
            case .verbatim:
                continue
            case .word:
                for candidate in unit.candidates {
                    let tag = coarseIndex(candidate)
                    if tag >= 0, !tags[first...].contains(tag) { tags.append(tag) }
                }
                if tags.count == first, unknownTag >= 0 { tags.append(unknownTag) }
                if tags.count > first { emissions = model.emissions(unit.lowered) }
            }
            guard tags.count > first else { continue }
            positions.append(index)
            bounds.append(tags.count)
            seen.append(emissions)
        }
        var result = [Int?](repeating: nil, count: units.count)
        guard !positions.isEmpty else { return result }
        // Viterbi over the flat lattice: the best score of each candidate and the candidate before it.
        var scores = [Double](repeating: 0, count: tags.count)
        var back = [Int](repeating: -1, count: tags.count)
        for step in positions.indices {
            let emissions = seen[step]
            for slot in bounds[step]..<bounds[step + 1] {
                let tag = tags[slot]
                let emission = model.emission(emissions, tag)
                if step == 0 {
                    scores[slot] = model.transition(model.start, tag) + emission
                } else {
                    var best = -Double.infinity
                    var bestSlot = bounds[step - 1]
                    for previous in bounds[step - 1]..<bounds[step] {
                        let value = scores[previous] + model.transition(tags[previous], tag)
                        if value > best {
                            best = value
                            bestSlot = previous
                        }
                    }
                    scores[slot] = best + emission
                    back[slot] = bestSlot
                }
            }
        }
        let last = positions.count - 1
        var bestSlot = bounds[last]
        var best = -Double.infinity
        for slot in bounds[last]..<bounds[last + 1] {
            let value = scores[slot] + model.transition(tags[slot], model.end)
            if value > best {
                best = value
                bestSlot = slot
            }
        }
        var step = last
        while step >= 0 {
            result[positions[step]] = tags[bestSlot]
            bestSlot = back[bestSlot]
            step -= 1
        }
        return result
    }
}
