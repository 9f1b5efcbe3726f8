// Licensed under the Apache License, Version 2.0.

/// Chooses one reading per word from local context, by scoring each candidate against its neighbours.
///
/// Rules look one word left (already decided) and one word right (all its candidates): a determiner before a
/// noun, an object pronoun before a verb, a noun after a determiner, a past participle after an auxiliary,
/// `en` + gerund is a preposition, a listed verb before `de`/`à` + infinitive (`continue de lancer`), an adjective
/// after noun + degree adverb (`une approche plus active`), an adjective after `rien de`. Ties go to a fixed order
/// of parts of speech (function words first); two lemmas of one coarse tag, to the one the tagged corpus uses more.
struct RuleTagger: Sendable {
    let classes: WordClasses
    let negations: NegationLexicon
    /// Prepositions that introduce an infinitive (`de`, `à`): a verb that takes one may precede them.
    let links: InfinitiveLinks
    /// The statistical tagger whose choice of coarse tag earns a bonus; nil for rules alone.
    let hmm: HMMTagger?
    /// Weight of the statistical choice against the rules.
    static let hmmBonus = 25
    /// A lemma read this often in the tagged corpus is common: a reading of the same part of speech whose lemma
    /// the corpus never read loses `unseenLemmaPenalty`.
    static let commonLemma = 20.0
    static let unseenLemmaPenalty = 30
    /// The share of a form's occurrences in the tagged corpus below which a reading is too rare to count as what
    /// may follow.
    static let usualShare = 0.05

    /// Sets `analysis` on every word unit that has candidates.
    /// Units already tagged (`analysis` set) are kept as they are; the statistical tagger runs only when some
    /// unit still has a choice to make.
    func tag(_ units: inout [TransferUnit]) {
        var statistical: [Int?]?
        for index in units.indices where !units[index].candidates.isEmpty && units[index].analysis == nil {
            if units[index].candidates.count == 1 {
                units[index].analysis = units[index].candidates[0]
                continue
            }
            if statistical == nil, let hmm { statistical = hmm.tag(units) }
            let unit = units[index]
            let previous = index > 0 ? units[index - 1] : nil
            // « des "sorcières" », « des "hauts fonctionnaires" » (a glossary term): the word after an opening
            // quotation mark is what follows.
            var nextIndex = index + 1
            if nextIndex + 1 < units.count, units[nextIndex].mayOpenQuotation,
               units[nextIndex + 1].isWord || units[nextIndex + 1].isTerm {
                nextIndex += 1
            }
            let next = nextIndex < units.count ? units[nextIndex] : nil
            let afterNext = nextIndex + 1 < units.count ? units[nextIndex + 1] : nil
            let nextMayBe = ahead(next)
            let behind = Behind(previous, classes: classes)
            // « Le marché du travail reste difficile »: worked out once per word, not per finite reading (it scans
            // the clause).
            let verbOfVerblessClause = previous?.isNominal == true && unit.candidates.contains(where: \.isFiniteVerb)
                && nounOrVerb(unit) && clauseLacksOtherFiniteVerb(units, at: index)
            let chosen = statistical?[index] ?? nil
            let candidates = unit.candidates
            var best = 0
            var bestScore = Int.min
            let lemmaCounts = candidates.map { lemmaFrequency($0) }  // not `map(lemmaFrequency)`: that copies the tagger
            for (position, candidate) in candidates.enumerated() {
                var value = score(candidate, unit: unit, previous: previous, behind: behind, next: next,
                                  nextMayBe: nextMayBe, afterNext: afterNext, units: units, index: index,
                                  verbOfVerblessClause: verbOfVerblessClause)
                if let hmm, let chosen, hmm.coarseIndex(candidate) == chosen {
                    value += Self.hmmBonus
                }
                // « saurons »: savoir, which the corpus uses all the time, not saurer (to smoke herring), never seen.
                // « actrices », « reine »: a reading whose lemma the word starts with (its own lemma) is not an unseen
                // lemma, even when the tagged corpus filed the word under its masculine (acteur, roi).
                let ownLemma = unit.lowered.hasPrefix(candidate.lemma)
                if lemmaCounts[position] == 0, !ownLemma, candidates.indices.contains(where: {
                    candidates[$0].pos == candidate.pos && lemmaCounts[$0] >= Self.commonLemma
                }) {
                    value -= Self.unseenLemmaPenalty
                }
                // Two lemmas of one coarse tag tie: a lemma the word starts with over one it does not (« reine », not
                // roi), else the one the corpus uses more (« ouvre » is ouvrir, open, not ouvrer, plough).
                let tiesBest = value == bestScore && candidate.lemma != candidates[best].lemma
                    && HMMTagger.coarseKey(candidate) == HMMTagger.coarseKey(candidates[best])
                let bestIsOwn = unit.lowered.hasPrefix(candidates[best].lemma)
                if value > bestScore || (tiesBest && ((ownLemma && !bestIsOwn)
                    || (ownLemma == bestIsOwn && lemmaCounts[position] > lemmaCounts[best]))) {
                    best = position
                    bestScore = value
                }
            }
            units[index].analysis = candidates[best]
        }
    }

    private func lemmaFrequency(_ analysis: MorphAnalysis) -> Double {
        hmm?.model.lemmaFrequency(analysis.lemma) ?? 0
    }

    private func prior(_ pos: PartOfSpeech) -> Int {
        switch pos {
        case .determiner: 12
        case .preposition: 12
        case .coordinator, .subordinator, .adverbialConjunction: 10
        case .relative: 9
        case .be, .have, .modal: 9
        case .pronoun: 8
        case .noun: 7
        case .verb: 6
        case .adjective: 6
        case .adverb, .preadverb: 6
        case .predeterminer: 5
        case .numeral: 5
        case .properNoun: 4
        case .auxiliary: 4
        case .interjection: 1
        case .punctuation, .other: 0
        }
    }

    /// The readings of a word ahead worth looking at: those whose coarse tag the tagged corpus gave this form at
    /// least now and then (`est` is the verb 2,720 times, the noun "east" 9), or all of them for a form it never saw.
    private func plausibleReadings(_ unit: TransferUnit) -> [MorphAnalysis] {
        guard let hmm, unit.isWord, unit.candidates.count > 1 else { return unit.candidates }
        let seen = hmm.model.usualTags(unit.lowered, share: Self.usualShare)
        guard !seen.isEmpty else { return unit.candidates }
        let plausible = unit.candidates.filter {
            let tag = hmm.coarseIndex($0)
            return tag >= 0 && seen.contains(tag)
        }
        return plausible.isEmpty ? unit.candidates : plausible
    }

    /// What the next word may be, worked out once per word rather than once per candidate and rule.
    private struct Ahead {
        /// A noun, adjective, name, number or past participle (a term or number always is).
        var nominal = false
        /// A finite verb.
        var finiteVerb = false
        /// Nothing but a verb.
        var onlyVerb = false
        /// A past participle that cannot be an infinitive nor a third-person finite verb (`disparus`, `immigrés`):
        /// no object pronoun stands right before one, so `les` there is the article of a participle used as a noun.
        var bareParticiple = false
    }

    /// The next word's plausible readings summed up (all false when there is none).
    private func ahead(_ unit: TransferUnit?) -> Ahead {
        guard let unit else { return Ahead() }
        let readings = plausibleReadings(unit)
        let nominal: Bool
        if unit.isTerm || unit.isNumber {
            nominal = true
        } else if unit.candidates.isEmpty {
            nominal = unit.isWord
        } else {
            nominal = readings.contains {
                $0.pos == .noun || $0.pos == .adjective || $0.pos == .properNoun || $0.pos == .numeral
                    || ($0.pos == .verb && $0.tags.has(.pastParticiple))
            }
        }
        let bareParticiple = unit.candidates.contains { $0.pos.isVerb && $0.tags.has(.pastParticiple) }
            && !unit.candidates.contains { candidate in
                candidate.pos.isVerb && (candidate.tags.has(.infinitive)
                    || candidate.tags.hasAny(MorphFeatures.finite) && !candidate.tags.has(.first) && !candidate.tags.has(.second))
            }
        return Ahead(nominal: nominal,
                     finiteVerb: readings.contains(where: \.isFiniteVerb),
                     onlyVerb: !unit.candidates.isEmpty && readings.allSatisfy { $0.pos.isVerb },
                     bareParticiple: bareParticiple)
    }

    /// Whether `reading` is a past participle of a word that may be a pronoun and that the tagged corpus reads as
    /// a participle less than `usualShare` of the time (« lui »: 207 pronouns, 1 participle of luire).
    private func rarePronounParticiple(_ reading: MorphAnalysis, _ unit: TransferUnit) -> Bool {
        guard let hmm, unit.canBe(.pronoun) else { return false }
        let seen = hmm.model.usualTags(unit.lowered, share: Self.usualShare)
        return !seen.isEmpty && !seen.contains(hmm.coarseIndex(reading))
    }

    /// Whether the tagged corpus reads `unit` as an infinitive at least half the time (`parler`, not `pouvoir`,
    /// mostly the noun "power"); without the corpus, whether it cannot be a noun.
    private func mostlyInfinitive(_ unit: TransferUnit?) -> Bool {
        guard let unit, let infinitive = unit.candidates.first(where: { $0.pos.isVerb && $0.tags.has(.infinitive) })
        else { return false }
        guard let hmm else { return !unit.canBe(.noun) }
        return hmm.model.usualTags(unit.lowered, share: 0.5).contains(hmm.coarseIndex(infinitive))
    }

    private func isSubjectOrClitic(_ unit: TransferUnit?) -> Bool {
        guard let unit, let analysis = unit.analysis else { return false }
        if analysis.pos == .pronoun { return analysis.tags.has(.tonic) || analysis.tags.has(.proclitic) }
        return analysis.pos == .adverb && analysis.lemma == "ne"
    }

    /// Whether `unit` is `de`/`à` before an infinitive complement: a link with no English of its own that leaves
    /// the infinitive bare ("continue de lancer" → continues to launch).
    private func isComplementLink(_ unit: TransferUnit?) -> Bool {
        guard let unit, let link = links.link(unit.lowered) else { return false }
        return link.english.isEmpty && link.form == .base
    }

    /// Whether `de`/`à` + an infinitive follows: the complement of a verb such as `continuer`.
    private func infinitiveComplementAhead(_ next: TransferUnit?, _ afterNext: TransferUnit?) -> Bool {
        guard isComplementLink(next), let afterNext else { return false }
        return afterNext.candidates.contains { $0.pos.isVerb && $0.tags.has(.infinitive) }
    }

    /// Whether a degree adverb (`plus`, `très`) follows a noun right before `index`: `une approche plus active`.
    private func degreeAfterNoun(_ units: [TransferUnit], before index: Int) -> Bool {
        guard index >= 2, classes.contains(units[index - 1].lowered, in: .degreeAdverb) else { return false }
        let adverb = units[index - 1].analysis?.pos
        let isAdverb = adverb == .adverb || adverb == .preadverb || adverb == .adverbialConjunction
        return isAdverb && units[index - 2].isNominal
    }

    /// Whether a past participle follows, skipping adverbs and negation.
    private func participleAhead(_ units: [TransferUnit], from index: Int) -> Bool {
        var cursor = index + 1
        while cursor < units.count {
            let unit = units[cursor]
            if unit.candidates.contains(where: { $0.pos.isVerb && $0.tags.has(.pastParticiple) }) { return true }
            if unit.token.origin.contains(.enclitic) || unit.candidates.contains(where: { $0.pos == .adverb }) {
                cursor += 1
                continue
            }
            return false
        }
        return false
    }

    /// Whether an auxiliary (avoir, être) precedes, skipping adverbs, negation and inverted pronouns.
    private func auxiliaryBehind(_ units: [TransferUnit], before index: Int) -> Bool {
        auxiliary(units, before: index) != nil
    }

    /// The auxiliary (avoir, être) that precedes, skipping adverbs, negation, inverted and stressed third-person
    /// pronouns (« qui a lui-même pris part »), if any.
    private func auxiliary(_ units: [TransferUnit], before index: Int) -> MorphAnalysis? {
        var cursor = index - 1
        while cursor >= 0 {
            let unit = units[cursor]
            if let analysis = unit.analysis {
                if analysis.pos == .have || analysis.pos == .be
                    || (analysis.pos.isVerb && (analysis.lemma == "avoir" || analysis.lemma == "être")
                        && analysis.tags.hasAny(MorphFeatures.finite.union(.infinitive))) {
                    return analysis
                }
                if analysis.pos == .adverb || unit.token.origin.contains(.enclitic) || analysis.pos == .preadverb
                    || negations.particle(unit.lowered) != nil
                    || (analysis.pos == .pronoun && analysis.tags.has(.tonic) && analysis.tags.has(.third)) {
                    cursor -= 1
                    continue
                }
            }
            return nil
        }
        return nil
    }

    /// Whether the word's plausible readings are a noun and verbs, and nothing else (« reste », « porte »; not
    /// « contre », which is also a preposition, nor « interne », also an adjective), or the word opens a verbal
    /// expression that may be a participle (« fait » of « fait partie de »; a bare participle after a noun, « du riz
    /// cuit », is left to the other rules).
    private func nounOrVerb(_ unit: TransferUnit) -> Bool {
        let readings = plausibleReadings(unit)
        let verbalExpression = unit.phrase != nil && readings.contains { $0.pos.isVerb && $0.tags.has(.pastParticiple) }
        return (readings.contains { $0.pos == .noun } || verbalExpression)
            && readings.allSatisfy { $0.pos == .noun || $0.pos.isVerb }
    }

    /// Whether the clause around `index` (between punctuation, conjunctions and relatives) has no finite verb
    /// but, perhaps, the word at `index`: none already read before it, and no word after it that can be one.
    private func clauseLacksOtherFiniteVerb(_ units: [TransferUnit], at index: Int) -> Bool {
        func endsClause(_ unit: TransferUnit, reading: MorphAnalysis?) -> Bool {
            guard !unit.isPunctuation else { return true }
            guard let pos = reading?.pos else { return false }
            return pos == .coordinator || pos == .subordinator || pos == .relative
        }
        var cursor = index - 1
        while cursor >= 0, !endsClause(units[cursor], reading: units[cursor].analysis) {
            if units[cursor].analysis?.isFiniteVerb == true { return false }
            cursor -= 1
        }
        cursor = index + 1
        while cursor < units.count {
            let unit = units[cursor]
            if unit.isPunctuation || unit.candidates.contains(where: { endsClause(unit, reading: $0) }) { break }
            if plausibleReadings(unit).contains(where: \.isFiniteVerb) { return false }
            cursor += 1
        }
        return true
    }

    /// Whether a `ne` precedes in the same clause.
    private func negatedClause(_ units: [TransferUnit], before index: Int) -> Bool {
        var cursor = index - 1
        while cursor >= 0, !units[cursor].isPunctuation, index - cursor < 8 {
            if units[cursor].lemma == "ne" { return true }
            cursor -= 1
        }
        return false
    }

    /// Prefers the finite reading that agrees with the subject pronoun on the left (skipping ne and clitics),
    /// and third person when there is none (noun subjects).
    private func agreementScore(_ tags: MorphTags, _ units: [TransferUnit], before index: Int) -> Int {
        var cursor = index - 1
        var pluralClitic: TransferUnit?
        while cursor >= 0 {
            let unit = units[cursor]
            guard let analysis = unit.analysis, analysis.pos == .pronoun || analysis.lemma == "ne" else { break }
            if analysis.lemma == "ne" || (analysis.tags.has(.proclitic) && unit.lowered != "on") {
                if unit.lowered == "nous" || unit.lowered == "vous" { pluralClitic = unit }
                cursor -= 1
                continue
            }
            var person: MorphFeatures = unit.lowered == "on" ? .third : analysis.tags.features.intersection([.first, .second, .third])
            if person.isEmpty { person = .third }
            let plural = analysis.tags.has(.plural)
            var score = 0
            if !person.isEmpty && tags.has(person) { score += 3 }
            if unit.lowered != "on" && (plural ? tags.has(.plural) : tags.has(.singular)) { score += 2 }
            if unit.lowered == "on" && tags.has(.singular) { score += 2 }
            return score
        }
        // « la loi qui nous relie »: the subject relative `qui` is the subject (third person), nous/vous the object.
        if let pluralClitic, !isSubjectRelative(units, at: cursor) {
            // No subject further left: the leading nous/vous is the subject.
            let person: MorphFeatures = pluralClitic.lowered == "nous" ? .first : .second
            return (tags.has(person) ? 3 : 0) + (tags.has(.plural) ? 2 : 0)
        }
        return tags.has(.third) ? 3 : 0
    }

    /// What the previous word (already decided) says about the current one, worked out once per word rather than
    /// once per candidate.
    private struct Behind {
        var previousPOS: PartOfSpeech?
        /// After a prenominal adjective (« la seule »).
        var afterPrenominal: Bool
        /// After a multi-word expression ending in an article or preposition ("faire partie du"): a noun follows.
        var afterPhraseArticle: Bool
        var afterDeterminer: Bool
        /// After an expression that is a pronoun.
        var afterSubjectPhrase: Bool
        /// After a number word other than « un » (« l'un des deux »): a plural, so no singular noun follows it.
        var afterPluralNumeral: Bool

        init(_ previous: TransferUnit?, classes: WordClasses) {
            let previousPOS = previous?.analysis?.pos
            self.previousPOS = previousPOS
            afterPrenominal = previousPOS == .adjective
                && classes.contains(previous?.lemma ?? "", in: .prenominalAdjective)
            afterPhraseArticle = previous?.phrase.map { phrase in
                let last = phrase.french.split(separator: " ").last.map { $0.lowercased() } ?? ""
                return ["de", "du", "des", "d'", "à", "au", "aux", "le", "la", "les", "l'", "un", "une"].contains(last)
            } ?? false
            afterDeterminer = previousPOS == .determiner || previousPOS == .numeral || afterPrenominal
                || afterPhraseArticle
            afterSubjectPhrase = previous?.phrase?.tags.pos == .pronoun
            afterPluralNumeral = previousPOS == .numeral && previous?.lemma != "un"
        }
    }

    /// Whether the unit at `index` is the subject relative `qui` (not `à qui`, `pour qui`): the clause's subject,
    /// so a nous/vous right after it is the object (« la loi qui nous permet de voter »).
    private func isSubjectRelative(_ units: [TransferUnit], at index: Int) -> Bool {
        index >= 0 && units[index].lowered == "qui" && (index == 0 || !units[index - 1].is(.preposition))
    }

    /// Words that open the subject clause or infinitive of an impersonal « il est » + adjective.
    private static let clauseOpeners: Set<String> = ["que", "qu'", "de", "d'", "si"]

    private func score(_ candidate: MorphAnalysis, unit: TransferUnit, previous: TransferUnit?, behind: Behind,
                       next: TransferUnit?, nextMayBe: Ahead, afterNext: TransferUnit?, units: [TransferUnit],
                       index: Int, verbOfVerblessClause: Bool) -> Int {
        var value = prior(candidate.pos) * 2
        let tags = candidate.tags
        let previousPOS = behind.previousPOS
        let afterPrenominal = behind.afterPrenominal
        let afterPhraseArticle = behind.afterPhraseArticle
        let afterDeterminer = behind.afterDeterminer
        let afterSubjectPhrase = behind.afterSubjectPhrase
        switch candidate.pos {
        case .determiner:
            if nextMayBe.nominal { value += 20 } else { value -= 15 }
            if let next, next.lowered == "plus" || next.lowered == "moins" { value += 30 }
            // « les disparus »: an article that could be an object pronoun, before a bare participle, is one.
            let beforeBareParticiple = nextMayBe.bareParticiple && previous?.is(.pronoun) != true
                && unit.candidates.contains { $0.pos == .pronoun && $0.tags.has(.proclitic) }
            if nextMayBe.onlyVerb && !beforeBareParticiple { value -= 25 }
            if next?.isPunctuation ?? true { value -= 25 }
            // An article never stands before « de »: « un des livres », « un de ses amis » is the pronoun "one".
            if let next, ["de", "d'", "des", "du"].contains(next.lowered) { value -= 40 }
        case .pronoun:
            if tags.has(.proclitic) {
                // « il veut leur parler », « refuse de lui parler »: before a word that is mostly an infinitive,
                // after a verb or an infinitive's preposition, an object pronoun.
                if mostlyInfinitive(next), let previous, previous.analysis?.pos.isVerb == true
                    && previous.analysis?.tags.has(.pastParticiple) == false || links.link(previous.lowered) != nil {
                    value += 40
                }
                if nextMayBe.finiteVerb || (next?.canBe(.pronoun) ?? false) && !nextMayBe.nominal { value += 18 }
                if isSubjectOrClitic(previous) { value += 8 }
                if nextMayBe.nominal && !nextMayBe.onlyVerb { value -= 10 }
                // « Les disparus sont nombreux »: not before a bare participle, unless a pronoun subject precedes.
                if nextMayBe.bareParticiple && previous?.is(.pronoun) != true { value -= 40 }
                if next?.isPunctuation ?? true { value += 12 }
            }
            // After a prepositional expression (« chacun d'entre nous ») nous/vous is the tonic object, unless an
            // infinitive follows (« afin de nous aider »).
            if previous?.phrase?.tags.pos == .preposition,
               !(next?.candidates.contains { $0.tags.has(.infinitive) } ?? false) {
                if tags.has(.tonic) { value += 30 } else if tags.has(.proclitic) { value -= 30 }
            }
            // "Nous sommes…": nous/vous opening a clause is the subject. Not after the subject relative `qui`
            // (« la loi qui nous permet de voter »: the object), but after `à qui`, `que`, `dont`, `où`.
            if tags.has(.tonic) && (unit.lowered == "nous" || unit.lowered == "vous") {
                let opensClause = previous == nil || previous!.isPunctuation || previousPOS == .coordinator
                    || previousPOS == .subordinator || previousPOS == .adverbialConjunction
                    || (previousPOS == .relative && !isSubjectRelative(units, at: index - 1))
                if opensClause { value += 25 }
            }
            if tags.has(.tonic) && unit.lowered == "personne" {
                value += negatedClause(units, before: index) ? 12 : -6
            }
            if tags.has(.tonic) && (unit.lowered == "certains" || unit.lowered == "aucun" || unit.lowered == "aucune" || unit.lowered == "tout" || unit.lowered == "tous" || unit.lowered == "toute" || unit.lowered == "toutes") {
                if nextMayBe.nominal { value -= 15 }
            }
        case .noun:
            if afterDeterminer || previousPOS == .preposition { value += 10 }
            // « l'un des deux est parti »: « deux est » is no noun phrase ("two east"), a plural takes no singular.
            if behind.afterPluralNumeral && tags.has(.singular) { value -= 30 }
            if isSubjectOrClitic(previous) { value -= 25 }
            if unit.lowered == "la" || unit.lowered == "fait" && previousPOS != .determiner { value -= 30 }
            if unit.lowered == "pas" && previousPOS != .determiner { value -= 30 }
            if previousPOS == .be || previousPOS == .have { value -= 4 }
            if previousPOS?.isVerb == true && previous?.analysis?.tags.hasAny(MorphFeatures.finite) == true
                && unit.candidates.contains(where: { $0.pos == .adverb }) { value -= 8 }
        case .properNoun:
            if !unit.token.isCapitalized { value -= 10 }
            if unit.token.origin.contains(.sentenceInitial) { value -= 8 }
        case .verb, .be, .have, .modal, .auxiliary:
            if tags.hasAny(MorphFeatures.finite) {
                // « il a lui-même construit »: a stressed pronoun after an auxiliary is no subject of what follows.
                let afterAuxiliary = auxiliaryBehind(units, before: index)
                if (isSubjectOrClitic(previous) && previous?.token.origin.contains(.enclitic) == false && !afterAuxiliary)
                    || previous?.analysis?.pos == .relative || afterSubjectPhrase { value += 30 }
                if tags.has(.simplePast) { value -= 3 }
                if afterAuxiliary {
                    value -= 25
                    // « il n'a rien dit », « ils n'ont rien fait »: right after the negation word, a participle.
                    if let previous, negations.particle(previous.lowered) != nil { value -= 20 }
                }
                if previous?.isNominal == true || previousPOS == .adjective { value += 6 }
                // « Le marché du travail reste difficile »: a word that is a noun (or participle) or a verb, after a
                // noun, in a clause that has no other finite verb, is the clause's verb (not the noun "rest").
                if verbOfVerblessClause { value += 30 }
                // Not right after an article; after a prenominal adjective only weakly ("la seule est", "le
                // premier a dit": the adjective stands for a noun).
                // After a plural number word, only when the word could be a plural noun or adjective (« l'un des
                // deux est parti »: « est » is a singular noun or an invariable adjective, the verb wins).
                let pluralNominal = unit.candidates.contains {
                    ($0.pos == .noun && !$0.tags.has(.singular)) || ($0.pos == .adjective && $0.tags.has(.plural))
                }
                let afterNumeral = previousPOS == .numeral && (!behind.afterPluralNumeral || pluralNominal)
                if previousPOS == .determiner || afterNumeral || afterPhraseArticle { value -= 30 }
                if afterPrenominal { value -= 8 }
                if tags.has(.imperative) { value -= 12 }
                if tags.has(.subjunctive) || tags.has(.pastSubjunctive) { value -= 2 }
                value += agreementScore(tags, units, before: index)
                if previousPOS == .preposition { value -= 10 }
                // "le groupe continue de lancer" → continues to launch.
                if previous?.isNominal == true, classes.contains(candidate.lemma, in: .infinitiveObjectVerb),
                   infinitiveComplementAhead(next, afterNext) { value += 30 }
                if degreeAfterNoun(units, before: index) { value -= 30 }
            } else if tags.has(.infinitive) {
                if previousPOS == .preposition || previousPOS?.isVerb == true { value += 8 }
                // "continue de lancer": the complement of a verb that takes de/à + infinitive.
                if index >= 2, isComplementLink(previous), let verb = units[index - 2].analysis, verb.pos.isVerb,
                   classes.contains(verb.lemma, in: .infinitiveObjectVerb) { value += 35 }
            } else if tags.has(.pastParticiple) {
                // « le ministre a lui aussi critiqué »: after an auxiliary, a word that is mostly a pronoun and
                // almost never the participle (« lui », of luire) stays the pronoun.
                if auxiliaryBehind(units, before: index), !rarePronounParticiple(candidate, unit) { value += 30 }
                if afterDeterminer { value -= 12 }
                // "des frappes coordonnées par les États-Unis": after a noun and before the agent's « par ».
                // Also after noun + adjective: « des mesures disciplinaires prises par le comité ».
                let afterNounPhrase = previous?.isNominal == true
                    || (previousPOS == .adjective && index >= 2 && units[index - 2].isNominal)
                if !afterDeterminer, afterNounPhrase, next?.lowered == "par" { value += 30 }
            } else if tags.has(.gerund) || tags.has(.presentParticiple) {
                value += 2
            }
            if candidate.pos == .have {
                value += participleAhead(units, from: index) ? 10 : -10
            }
            if candidate.pos == .verb && (candidate.lemma == "être" || candidate.lemma == "avoir") { value -= 3 }
            if candidate.pos == .verb && candidate.lemma == "faillir" { value -= 20 }
        case .adjective:
            if previous?.isNominal == true { value += 8 }
            if degreeAfterNoun(units, before: index) { value += 20 }
            let prenominal = classes.contains(candidate.lemma, in: .prenominalAdjective)
            if prenominal && nextMayBe.nominal { value += 12 }
            // Right after an article only prenominal adjectives ("la grande …"), not "la politique …".
            if previousPOS == .determiner && !prenominal && unit.canBe(.noun) && !nextMayBe.nominal { value -= 15 }
            // "la nouvelle est arrivée": with no noun after it, a prenominal adjective that can be a noun is one.
            if afterDeterminer && prenominal && unit.canBe(.noun) && !nextMayBe.nominal { value -= 20 }
            if afterDeterminer && nextMayBe.nominal { value += 6 }
            // « nous avons beaucoup avancé »: after avoir and an adverb, a word that may be a participle is one
            // (the adverb's bonus stays with « est très avancé »).
            let participleAfterHave = (previousPOS == .adverb || previousPOS == .preadverb)
                && unit.candidates.contains { $0.pos.isVerb && $0.tags.has(.pastParticiple) }
                && auxiliary(units, before: index).map { $0.pos == .have || $0.lemma == "avoir" } == true
            if previousPOS == .be || (previousPOS == .adverb || previousPOS == .preadverb) && !participleAfterHave {
                value += 6
            }
            // « il est vrai que »: after impersonal « il est » and before the clause it introduces, the adjective,
            // not the adverb (which the tagged corpus often gives `vrai`).
            if previousPOS == .be, index >= 2, units[index - 2].lowered == "il", let next,
               Self.clauseOpeners.contains(next.lowered) { value += 40 }
            // "rien de grave": after a pronoun such as rien + de, the word is the adjective, not a verb.
            if index >= 2, units[index - 1].isDePreposition,
               classes.contains(units[index - 2].lowered, in: .adjectiveTakingPronoun) { value += 40 }
        case .preposition:
            if unit.lowered == "en" {
                if let next, next.candidates.contains(where: { $0.tags.has(.gerund) || $0.tags.has(.presentParticiple) }) {
                    value += 20
                } else if nextMayBe.finiteVerb {
                    value -= 20
                }
            }
        case .subordinator:
            if previous?.isNominal == true || previousPOS == .pronoun { value -= 4 }
        case .relative:
            if previous?.isNominal == true || (previousPOS == .pronoun && previous?.lemma == "ce") { value += 4 }
            if previousPOS == .punctuation && previous?.token.text == "," { value += 2 }
        case .adverb, .preadverb:
            if unit.lowered == "pas" || unit.lowered == "plus" { value += 4 }
            if tags.has(.interrogative) && !afterDeterminer { value += 10 }
            if let next, next.candidates.contains(where: { $0.pos == .adjective }) { value += 10 }
        default:
            break
        }
        return value
    }
}
