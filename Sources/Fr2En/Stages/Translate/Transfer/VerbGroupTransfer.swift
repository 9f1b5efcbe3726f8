// Licensed under the Apache License, Version 2.0.

/// Rewrites French verb groups as English ones.
///
/// A group is `[subject] [ne] [clitics] FINITE [-subject] [pas|plus|jamais…] [adverbs] [participle | link +
/// infinitive]`. The rule maps tense and aspect (passé composé → simple past, or present perfect with
/// "never"/"already"/"yet" or with a `perfect-cue` in the sentence and no `past-cue` (`TenseContext`); a present
/// with `depuis` ahead → present perfect; être + participle → passive unless the verb takes être; avoir été +
/// participle → past passive; future → will; conditional → would), adds do-support for negation (with adverbs
/// between the verb and the particle: `n'est donc pas` → "is therefore not"), puts `preverbal-adverb`s before a
/// simple verb, moves clitic objects after the verb, puts inverted subjects back in front (or after the
/// auxiliary in questions), makes "oneself" agree with the subject, handles impersonal `il`, `il y a` (there is /
/// ago), existential verbs (`il existe` → there is) and verb frames (`pouvoir` → can, `venir de` → have just).
///
/// ```
/// il ne l'a pas vu       → he did not see it
/// elle est partie        → she left
/// la loi a été adoptée   → the law was adopted
/// a-t-il dit             → he said
/// « … », a dit Marie     → “…,” Marie said   (`ReportingInversion`)
/// la ville où règne la peur → the city where fear reigns (`RelativeInversion`)
/// il y a deux ans        → two years ago
/// il n'existe pas de solution → there is no solution
/// il n'est pas encore venu → he has not yet come
/// les prix ont augmenté depuis 2008 → prices have risen since 2008
/// elle habite ici depuis dix ans → she has lived here for ten years
/// ce n'est donc pas faux → it is therefore not false
/// il se retrouve seul    → he finds himself alone
/// il peut également partir → he can also leave
/// il lui a dit la vérité → he told him the truth   (`DativeVerbs`)
/// comme l'a dit la police → as said by the police (`AsClauseInversion`)
/// le ministre a lui aussi critiqué → the minister also criticised   (`subject-echo`)
/// la société a longtemps soutenu le sénateur → the company has long supported the senator   (`perfect-adverb`)
/// ```
struct VerbGroupTransfer: Sendable {
    /// Punctuation after which a reporting verb opens a speech tag (`», a indiqué`, `, a précisé`).
    private static let speechTagOpeners: Set<String> = [",", "»", "\"", "”"]

    let frames: VerbFrameLexicon
    let negations: NegationLexicon
    let classes: WordClasses
    let links: InfinitiveLinks
    /// `il lui a dit` → "he told him", `il leur parle` → "he speaks to them".
    let datives: DativeVerbs
    let inflector: EnglishInflector
    /// « les informations étaient fausses » → "the information was false" (`en.noun-number.tsv`).
    let nounNumbers: EnglishNounNumbers

    private let phrase: EnglishVerbPhrase
    /// `« … », a dit Marie` → "Marie said".
    private let reporting: ReportingInversion
    /// `les mesures que propose le gouvernement` → "the measures that the government proposes".
    private let relativeInversion: RelativeInversion
    /// `comme l'a indiqué la police` → "as indicated by the police".
    private let asClause: AsClauseInversion
    /// The cue words of the passé composé's tense (`TenseContext`).
    private let tenseCues: TenseCues
    /// `fait rire les enfants` → "makes the children laugh".
    private let causatives: CausativeInversion

    init(frames: VerbFrameLexicon, negations: NegationLexicon, classes: WordClasses, links: InfinitiveLinks,
         datives: DativeVerbs, inflector: EnglishInflector, nounNumbers: EnglishNounNumbers = EnglishNounNumbers()) {
        self.frames = frames
        self.negations = negations
        self.classes = classes
        self.links = links
        self.datives = datives
        self.inflector = inflector
        self.nounNumbers = nounNumbers
        phrase = EnglishVerbPhrase(inflector: inflector)
        reporting = ReportingInversion(classes: classes)
        relativeInversion = RelativeInversion(classes: classes)
        asClause = AsClauseInversion(classes: classes)
        tenseCues = TenseCues(classes: classes)
        causatives = CausativeInversion(classes: classes)
    }

    func apply(_ units: inout [TransferUnit]) {
        // « il a arrêté de fumer » → "he stopped smoking", not "arrested": a complement frame picks the verb's sense.
        for index in units.indices where isInfinitive(units[index]) {
            guard let complement = complementFrame(units, infinitive: index), units[complement.verb].phrase == nil,
                  !units[complement.verb].unknown else { continue }
            units[complement.verb].english = [complement.frame.english]
        }
        let isQuestion = units.last(where: { $0.isPunctuation })?.token.text == "?"
        // The cues matter only to a passé composé, which needs a past participle.
        let context = units.contains(where: { $0.analysis?.tags.has(.pastParticiple) == true })
            ? TenseContext(units, cues: tenseCues) : TenseContext()
        var index = 0
        while index < units.count {
            if !units[index].done, units[index].analysis?.isFiniteVerb == true {
                let end = finiteGroup(&units, head: index, isQuestion: isQuestion, context: context)
                reporting.apply(&units, head: index, end: end)
                relativeInversion.apply(&units, head: index, end: end, isQuestion: isQuestion)
                index = end + 1
            } else {
                index += 1
            }
        }
        for index in units.indices where !units[index].done {
            guard let analysis = units[index].analysis, analysis.pos.isVerb else { continue }
            if analysis.tags.has(.infinitive) {
                infinitive(&units, at: index)
            } else if analysis.tags.has(.gerund) || analysis.tags.has(.presentParticiple) {
                gerund(&units, at: index)
            } else if analysis.tags.has(.pastParticiple) {
                if !units[index].unknown {
                    units[index].english = units[index].english.map(loneParticiple)
                }
                units[index].done = true
            }
        }
        causatives.apply(&units)
    }

    // MARK: - Pieces

    /// The English of a past participle with no auxiliary: the participle, or what follows "be" when the English verb
    /// is "be" + participle or adjective (« né en 1950 » → "born in 1950", not "been born").
    private func loneParticiple(_ english: String) -> String {
        english.hasPrefix("be ") ? String(english.dropFirst(3)) : inflector.inflect(english, .pastParticiple)
    }

    private func isClitic(_ unit: TransferUnit) -> Bool {
        guard let analysis = unit.analysis, analysis.pos == .pronoun, unit.lowered != "on" else { return false }
        return analysis.tags.has(.proclitic) && !unit.token.origin.contains(.enclitic)
    }

    private func isNe(_ unit: TransferUnit) -> Bool { unit.lemma == "ne" && unit.is(.adverb) }

    private func isSubjectPronoun(_ unit: TransferUnit) -> Bool {
        guard let analysis = unit.analysis, analysis.pos == .pronoun else { return false }
        return analysis.tags.has(.tonic) || unit.lowered == "on"
    }

    /// Whether a noun, name, pronoun or relative that may be the subject stands before `left`, across words and
    /// commas (« l'avocate de la victime, a elle aussi demandé »), but not across other punctuation (« Suis-je
    /// folle ?, se demande t-elle »: the verb has no subject before it).
    private func subjectBefore(_ units: [TransferUnit], _ left: Int) -> Bool {
        var cursor = left - 1
        while cursor >= 0 {
            let unit = units[cursor]
            if unit.isPunctuation && unit.token.text != "," { return false }
            if unit.isNominal || unit.is(.pronoun) || unit.is(.relative) { return true }
            cursor -= 1
        }
        return false
    }

    /// Whether `unit` is a pronoun that may be a stressed third-person one (« lui », « elle », « eux »,
    /// « lui-même »).
    private func isStressedThirdPerson(_ unit: TransferUnit) -> Bool {
        unit.is(.pronoun) && !unit.token.origin.contains(.enclitic)
            && unit.candidates.contains { $0.pos == .pronoun && $0.tags.has(.tonic) && $0.tags.has(.third) }
    }

    /// Whether a clitic is reflexive (`se`, `s'`, or a reading tagged reflexive): « s'est reposé », « s'être reposé ».
    private func isReflexiveClitic(_ unit: TransferUnit) -> Bool {
        unit.features.contains(.reflexive) || unit.lowered == "se" || unit.lowered == "s'"
    }

    private func isParticiple(_ unit: TransferUnit) -> Bool {
        guard let analysis = unit.analysis else { return false }
        return analysis.pos.isVerb && analysis.tags.has(.pastParticiple)
    }

    private func isInfinitive(_ unit: TransferUnit) -> Bool {
        guard let analysis = unit.analysis else { return false }
        return analysis.pos.isVerb && analysis.tags.has(.infinitive)
    }

    private func englishLemma(_ unit: TransferUnit) -> String {
        if let phrase = unit.phrase { return phrase.english }
        if unit.unknown { return unit.token.text }
        if unit.is(.be) || (unit.lemma == "être" && unit.analysis?.pos.isVerb == true) { return "be" }
        if unit.is(.have) { return "have" }
        return unit.english.first ?? unit.token.text
    }

    /// The verb number of a noun subject English counts otherwise than French (`en.noun-number.tsv`), nil for any
    /// other subject. The subject is the noun right before the group (across two adjectives or participles, or
    /// before a subject « qui »), in the verb's French number, whose English as written is listed with the other
    /// number ("information", not "informations"; "police"), and which heads a noun phrase opening the clause: a
    /// determiner (across adjectives and numbers) with only the sentence start, punctuation or a subordinator before
    /// it (« le chef de la police est » and « les résultats des recherches sont » keep the French number).
    private func subjectNounNumber(_ units: [TransferUnit], before left: Int,
                                   verbPlural: Bool) -> EnglishNounNumbers.Number? {
        var cursor = left - 1
        if cursor >= 0, units[cursor].lowered == "qui", units[cursor].is(.relative) { cursor -= 1 }
        var skipped = 0
        while cursor >= 0, skipped < 2, units[cursor].is(.adjective) || isParticiple(units[cursor]) {
            cursor -= 1
            skipped += 1
        }
        guard cursor >= 0 else { return nil }
        let noun = units[cursor]
        guard noun.is(.noun), noun.has(.plural) == verbPlural,
              let written = noun.english.last?.split(separator: " ").last,
              let number = nounNumbers.number(of: written.lowercased()), (number == .plural) != verbPlural
        else { return nil }
        var probe = cursor - 1
        while probe >= 0, cursor - probe <= 3, units[probe].is(.adjective) || units[probe].is(.numeral)
                || units[probe].isNumber {
            probe -= 1
        }
        // « un policier » read as "a police" stays singular.
        guard probe >= 0, units[probe].is(.determiner), number == .singular || !units[probe].has(.indefinite)
        else { return nil }
        let opener = probe - 1
        guard opener < 0 || units[opener].isPunctuation || units[opener].is(.subordinator) else { return nil }
        return number
    }

    /// The English of a verb unit in `form`; a word no lexicon knows stays as written (« être réopéré » → "be
    /// réopéré", not "be réopéréed").
    private func inflected(_ unit: TransferUnit, _ form: EnglishForm) -> String {
        unit.unknown ? englishLemma(unit) : inflector.inflect(englishLemma(unit), form)
    }

    // MARK: - Finite groups

    /// Whether `aussi`/`plus`… + participle (or adverb) + `que` compares that word (« elles sont aussi corrompues
    /// que » → "they are as corrupted as", « n'éduquent pas aussi bien que » → "do not educate as well as"): the
    /// word and its adverb stay out of the group for the comparison rule, instead of a passive "are also corrupted"
    /// beside a second "as", or "also" moved before the verb. The caller rules out an impersonal subject, whose
    /// `que` opens a clause (« il est aussi prévu que » → "it is also planned that").
    private func comparedWord(_ units: [TransferUnit], adverbs: [Int], at word: Int) -> Bool {
        guard let adverb = adverbs.last, adverb == word - 1, word + 1 < units.count,
              isParticiple(units[word]) || units[word].is(.adverb),
              units[word + 1].lowered == "que" || units[word + 1].lowered == "qu'" else { return false }
        return classes.contains(units[adverb].lowered, in: .equative)
            || classes.contains(units[adverb].lowered, in: .comparativeAdverb)
    }

    /// Rewrites the group around the finite verb at `head`; returns the last index it consumed.
    private func finiteGroup(_ units: inout [TransferUnit], head: Int, isQuestion: Bool,
                             context: TenseContext = TenseContext()) -> Int {
        let headUnit = units[head]
        let headTags = headUnit.features
        var agreement = EnglishVerbPhrase.Agreement(headTags)
        var tense = EnglishVerbPhrase.Tense(headTags)

        // Left: clitics and "ne", then the subject.
        var left = head
        var clitics: [Int] = []
        var hasNe = false
        var hasY = false
        var reflexive = false
        while left > 0 {
            let candidate = units[left - 1]
            if isNe(candidate) {
                hasNe = true
            } else if isClitic(candidate) {
                clitics.insert(left - 1, at: 0)
                if candidate.lowered == "y" { hasY = true }
                if isReflexiveClitic(candidate) {
                    reflexive = true
                }
            } else {
                break
            }
            left -= 1
        }
        var subject: Int? = left > 0 && isSubjectPronoun(units[left - 1]) ? left - 1 : nil
        // "Nous ne pouvons pas": with no subject before it, a leading nous/vous agreeing with the verb is the subject.
        if subject == nil, let first = clitics.first, units[first].lowered == "nous" || units[first].lowered == "vous",
           units[first].has(.first) == headTags.contains(.first), units[first].has(.second) == headTags.contains(.second),
           headTags.contains(.plural) {
            subject = first
            clitics.removeFirst()
            units[first].english = [units[first].lowered == "nous" ? "we" : "you"]
        }
        if let subject, units[subject].lowered == "on" { agreement = .init(person: 1, plural: true) }
        // « il nous faut du temps » → "we need time": the person object becomes the subject of the dative verb.
        var dativeSubjectVerb: String?
        if let impersonal = subject, units[impersonal].lowered == "il",
           classes.contains(headUnit.lemma, in: .dativeSubjectVerb), let english = datives.entry(headUnit.lemma)?.english,
           let person = clitics.firstIndex(where: { Self.personObjects.contains(units[$0].lowered) }) {
            let object = clitics.remove(at: person)
            agreement = .init(units[object].features)
            units[object].english = [phrase.subjectPronoun(agreement)]
            units[impersonal].drop()
            subject = object
            dativeSubjectVerb = english
        }

        // Right: inverted subject, negation, adverbs, participle or infinitive.
        var cursor = head + 1
        var inverted: Int?
        while cursor < units.count, units[cursor].token.origin.contains(.enclitic) {
            let pluralPronoun = units[cursor].lowered == "nous" || units[cursor].lowered == "vous"
            if (isSubjectPronoun(units[cursor]) || (pluralPronoun && subject == nil)) && inverted == nil {
                if pluralPronoun { units[cursor].english = [units[cursor].lowered == "nous" ? "we" : "you"] }
                inverted = cursor
            } else if units[cursor].is(.pronoun) {
                clitics.append(cursor)
            }
            cursor += 1
        }
        // "Est-ce que vous venez ?": a question without inversion.
        let estCeQue = (max(0, left - 3)..<left).contains { units[$0].phrase?.french.hasPrefix("est-ce qu") == true }
        if let inverted {
            subject = inverted
            if units[inverted].lowered == "on" { agreement = .init(person: 1, plural: true) }
        }
        // "je dis", "tu finis": after je/tu, a passé simple that is also a present is the present (news never
        // narrates in the first-person passé simple; a participle mistagged as one has no such subject).
        if let subject, ["je", "j'", "tu"].contains(units[subject].lowered), headTags.contains(.simplePast),
           let present = headUnit.candidates.first(where: { $0.lemma == headUnit.lemma && $0.pos.isVerb
               && $0.tags.features.contains(.present) && $0.tags.features.contains(.singular)
               && $0.tags.features.contains(.first) == headTags.contains(.first)
               && $0.tags.features.contains(.second) == headTags.contains(.second) }) {
            tense = EnglishVerbPhrase.Tense(present.tags.features)
        }
        // "le jeu vous ramène": a first- or second-person singular reading after a noun subject is a mistagged
        // third person when the form can be one.
        let headTense = Self.tenseCode(headTags)
        if subject == nil, agreement.person != 3, !agreement.plural, left > 0, units[left - 1].isNominal,
           headUnit.candidates.contains(where: { $0.lemma == headUnit.lemma && $0.pos.isVerb
               && $0.tags.features.isSuperset(of: [.third, .singular])
               && Self.tenseCode($0.tags.features) == headTense }) {
            agreement = .init(person: 3, plural: false)
        }
        // « les informations étaient fausses » → "the information was false", « la police est arrivée » → "the
        // police have arrived": a noun subject English counts otherwise than French.
        if subject == nil, dativeSubjectVerb == nil, agreement.person == 3,
           let number = subjectNounNumber(units, before: left, verbPlural: agreement.plural) {
            agreement = .init(person: 3, plural: number == .plural)
        }
        // Reflexive me/te/nous/vous: same person as the subject.
        for clitic in clitics where units[clitic].is(.pronoun) {
            let features = units[clitic].features
            let person = features.contains(.first) ? 1 : features.contains(.second) ? 2 : 0
            if person != 0 && person == agreement.person && subject != nil {
                units[clitic].english = []
                reflexive = true
            }
        }
        // "ce n'est donc pas", "il n'a toujours pas": adverbs between the verb and the negation particle.
        var innerAdverbs: [Int] = []
        if hasNe {
            var probe = cursor
            while probe < units.count, innerAdverbs.count < 2, isInnerAdverb(units[probe]) {
                innerAdverbs.append(probe)
                probe += 1
            }
            if !innerAdverbs.isEmpty, probe < units.count, let particle = negations.particle(units[probe].lowered),
               particle.kind == .verbal || particle.kind == .adverb || particle.kind == .restrictive {
                cursor = probe
            } else {
                innerAdverbs = []
            }
        }
        var negation: NegationLexicon.Particle?
        var negationUnit: Int?
        if cursor < units.count, let particle = negations.particle(units[cursor].lowered),
           hasNe || particle.kind == .verbal, particle.kind != .restrictive || hasNe {
            if !(particle.kind == .determiner) {
                negation = particle
                negationUnit = cursor
                cursor += 1
            } else if hasNe {
                negation = particle
            }
        }
        // "ne … pas encore" → "not yet" (which also asks for the present perfect); the adverb's own English is
        // kept for "il n'y a pas encore de …" → "there is still no …".
        var yetAdverb: Int?
        var yetLexical: [String] = []
        if negation?.kind == .verbal, let negationUnit, negationUnit + 1 < units.count,
           units[negationUnit + 1].is(.adverb), units[negationUnit + 1].phrase == nil,
           let english = negations.adverbAfterVerbal(units[negationUnit + 1].lowered) {
            yetAdverb = negationUnit + 1
            yetLexical = units[negationUnit + 1].english
            units[negationUnit + 1].english = [english]
        }
        var beforeNegation: [String] = []
        var afterNegation: [String] = []
        for inner in innerAdverbs {
            if let listed = negations.innerAdverb(units[inner].lowered) {
                if listed.afterNegation {
                    afterNegation.append(listed.english)
                } else {
                    beforeNegation.append(listed.english)
                }
            } else {
                // "n'y en a seulement que" → "there is only": the restriction already says it.
                beforeNegation += units[inner].english.filter { $0 != negation?.english }
            }
            units[inner].drop()
        }
        // « le ministre a lui aussi critiqué » → "the minister also criticised", « il est lui aussi candidat »: a
        // third-person stressed pronoun right after the verb, before an adverb or a participle, only echoes the
        // subject that stands before the verb (not « c'est lui aussi qui »; « se demande t-elle parfois » has
        // none: the pronoun is the subject; « il arrive qu'elle ne puisse »: it is the subject of what follows).
        // « qui a lui-même pris part » → "who himself took part": a `subject-emphasis` pronoun goes before the
        // verb when a participle follows it.
        if cursor + 1 < units.count, isStressedThirdPerson(units[cursor]), subjectBefore(units, left),
           !(subject.map { ["ce", "c'"].contains(units[$0].lowered) } ?? false) {
            if classes.contains(units[cursor].lowered, in: .subjectEmphasis) {
                if isParticiple(units[cursor + 1]) {
                    units[head].before += units[cursor].english
                    units[cursor].drop()
                    cursor += 1
                }
            } else if classes.contains(units[cursor].lowered, in: .subjectEcho),
                      units[cursor + 1].is(.adverb) && !isNe(units[cursor + 1]) || isParticiple(units[cursor + 1]) {
                units[cursor].drop()
                cursor += 1
            }
        }
        var adverbs: [Int] = []
        var scan = cursor
        while scan < units.count, adverbs.count < 3, units[scan].is(.adverb) || units[scan].is(.preadverb),
              negations.particle(units[scan].lowered).map({ !hasNe || $0.kind == .verbal }) ?? true {
            adverbs.append(scan)
            scan += 1
        }
        var last = max(head, cursor - 1)
        var aspect = EnglishVerbPhrase.Aspect.simple
        var main = head
        var headIsAuxiliary = false
        var frameTense: String?
        // Compound tenses.
        if (headUnit.lemma == "avoir" || headUnit.lemma == "être") && scan < units.count && isParticiple(units[scan])
            && !(headUnit.lemma == "être" && comparedWord(units, adverbs: adverbs, at: scan)
                 && !(subject.map { ["il", "ce", "c'"].contains(units[$0].lowered) } ?? false)) {
            let participle = scan
            if headUnit.lemma == "avoir" {
                if units[participle].lemma == "être" {
                    // avoir été + participle: perfect passive; avoir été + adjective: perfect of "be".
                    if participle + 1 < units.count && isParticiple(units[participle + 1]) {
                        aspect = .perfectPassive
                        main = participle + 1
                        units[participle].english = []
                        units[participle].done = true
                    } else {
                        aspect = .perfect
                        main = participle
                    }
                } else {
                    aspect = .perfect
                    main = participle
                }
            } else if classes.contains(units[participle].lemma, in: .etreAuxiliary) || reflexive {
                aspect = .perfect
                main = participle
            } else {
                aspect = .passive
                main = participle
            }
            headIsAuxiliary = true
            // « a dit-il », « a déclaré-t-elle »: the subject pronoun hyphened to the participle is inverted too.
            if inverted == nil, main + 1 < units.count, units[main + 1].token.origin.contains(.enclitic),
               isSubjectPronoun(units[main + 1]) {
                inverted = main + 1
                subject = main + 1
                if units[main + 1].lowered == "on" { agreement = .init(person: 1, plural: true) }
            }
            if aspect == .perfect {
                frameTense = headTags.contains(.present) ? "pc" : headTags.contains(.future) ? "fa"
                    : headTags.contains(.conditional) ? "cpa" : "pqp"
            }
            last = inverted == main + 1 ? main + 1 : main
        }
        // « a longtemps soutenu » → "has long supported": a `perfect-adverb` between the auxiliary and the
        // participle asks for the present perfect and stays before the participle.
        let perfectAdverb = main != head && adverbs.contains {
            $0 < main && units[$0].phrase == nil && classes.contains(units[$0].lowered, in: .perfectAdverb)
        }
        let presentPerfect = perfectAdverb || negation?.english == "never"
            || adverbs.contains { units[$0].english.first == "already" }
            || adverbs.contains { units[$0].english.first == "ever" }
            || adverbs.contains { units[$0].english.first == "yet" }
            || (context.favoursPerfect && !isReporting(units[main]))

        // Verb frames: modal-like verbs + (link) + infinitive.
        let governing = units[main]
        let governingTense = frameTense ?? Self.tenseCode(headTags)
        var frameResult: [String]?
        var infinitiveIndex: Int?
        var frameAdverbs: [Int] = []
        for frame in dativeSubjectVerb == nil ? frames.frames(governing.lemma, tense: governingTense) : [] {
            var probe = main + 1
            if main == head { probe = max(probe, scan) }
            var linkMatches = true
            for word in frame.link {
                if probe < units.count && units[probe].lowered == word { probe += 1 } else { linkMatches = false; break }
            }
            guard linkMatches else { continue }
            var innerClitics: [Int] = []
            var innerNegation = false
            // "a pu rapidement éteindre": adverbs between the governing participle and the infinitive.
            var skipped: [Int] = []
            while probe < units.count, skipped.count < 2, isFrameAdverb(units[probe]) {
                skipped.append(probe)
                probe += 1
            }
            // « pourra, en même temps, acheter »: a phrase between commas may stand before the infinitive.
            let inserted = skipped.isEmpty ? insertedPhrase(units, at: probe) : nil
            if let inserted { probe = inserted.upperBound }
            var innerEn: Int?
            while probe < units.count && (isClitic(units[probe]) || (units[probe].lowered == "pas" && frame.link.isEmpty)
                                          || isNe(units[probe]) || isEnBeforeInfinitive(units, probe)) {
                if isClitic(units[probe]) {
                    innerClitics.append(probe)
                } else if units[probe].lowered == "en" {
                    innerEn = probe
                } else {
                    innerNegation = true
                }
                probe += 1
            }
            guard probe < units.count, isInfinitive(units[probe]) else { continue }
            infinitiveIndex = probe
            frameAdverbs = skipped
            let negated = negation?.kind == .verbal
            var words = phrase.fill(negated ? frame.negated : frame.english, agreement)
            if let negation, negation.kind == .adverb, !words.isEmpty { words.insert(negation.english, at: 1) }
            // "ne peut donc pas" → "therefore cannot"; "ne peut même pas" → "cannot even".
            words = beforeNegation + words + afterNegation
            // "ne peut pas encore partir" → "cannot yet leave".
            if let yetAdverb, let negation, let not = words.firstIndex(where: { $0.hasSuffix(negation.english) }) {
                words.insert(contentsOf: units[yetAdverb].english, at: not + 1)
                units[yetAdverb].drop()
            }
            if innerNegation { words.append("not") }
            let frameEnd = words.count
            let infinitive = units[probe]
            dropReflexive(&innerClitics, &units, before: probe)
            var verb = dativeVerb(innerClitics, units, of: infinitive) ?? englishLemma(infinitive)
            var form = frame.form
            // "peut être fait" → "can be done"; "a dû partir"…
            if probe + 1 < units.count && isParticiple(units[probe + 1]) && (infinitive.lemma == "être" || infinitive.lemma == "avoir") {
                let participle = units[probe + 1]
                let pastParticiple = inflected(participle, .pastParticiple)
                if infinitive.lemma == "être" && !classes.contains(participle.lemma, in: .etreAuxiliary) {
                    words += [inflector.inflect("be", form), pastParticiple]
                } else {
                    words += [inflector.inflect("have", form), pastParticiple]
                }
                units[probe + 1].english = []
                units[probe + 1].done = true
                last = probe + 1
                verb = ""
                form = .base
            } else {
                last = probe
            }
            if let nested = nestedFrame(units, at: probe), !verb.isEmpty {
                // « devrait pouvoir partir » → "should be able to leave", not "should can to leave".
                words += inflectedFrame(nested, form)
            } else if !verb.isEmpty {
                words.append(inflector.inflect(verb, form))
            }
            var objects = objectWords(innerClitics, units, verb: infinitive.lemma)
            // "il veut lui poser une question" → "he wants to ask him a question".
            placeObjects(&words, &objects, before: infinitive.phrase)
            units[probe].after += objects
            for clitic in innerClitics { units[clitic].drop() }
            // « ne peuvent pas en disposer » → "cannot dispose": « en » before an infinitive is the pronoun.
            if let innerEn { units[innerEn].drop() }
            // "il ne peut rien faire" → "he can do nothing": the negative object follows the infinitive.
            if let negation, negation.kind == .object { units[probe].after.append(negation.english) }
            units[probe].english = []
            if inserted != nil, frameEnd < words.count {
                // « pourra, en même temps, acheter » → "will be able, at the same time, to buy": the infinitive
                // keeps its place after the inserted phrase, with the frame's "to".
                var infinitiveWords = Array(words[frameEnd...])
                words.removeSubrange(frameEnd...)
                if words.count > 1, words.last == "to" {
                    words.removeLast()
                    infinitiveWords.insert("to", at: 0)
                }
                units[probe].english = infinitiveWords
            }
            units[probe].done = true
            frameResult = words
            for between in (main + 1)..<probe where !units[between].done {
                if frame.link.contains(units[between].lowered) || isNe(units[between]) || units[between].lowered == "pas" {
                    units[between].drop()
                }
            }
            break
        }

        // Adverbs after a simple verb stay where they are ("il commence aujourd'hui"), except "not yet", which
        // stays with the negation ("il ne sait pas encore" → "he does not yet know"), and the mid-position adverbs
        // of `preverbal-adverb` ("il digère déjà" → "he already digests") unless they modify what follows them
        // ("il est aussi grand que").
        if aspect == .simple && frameResult == nil {
            var kept: [Int] = []
            for adverb in adverbs {
                if adverb == yetAdverb { kept.append(adverb); continue }
                guard kept.count == adverbs.firstIndex(of: adverb), units[adverb].phrase == nil,
                      classes.contains(units[adverb].lowered, in: .preverbalAdverb),
                      adverb + 1 >= units.count
                        || !(units[adverb + 1].is(.adjective) || units[adverb + 1].is(.preadverb)
                             || comparedWord(units, adverbs: [adverb], at: adverb + 1)) else { break }
                kept.append(adverb)
            }
            adverbs = kept
        }

        // Impersonal il / il y a.
        var subjectWords: [String]? = subject.map { units[$0].english }
        // "ce sont les pâtes" → "they are the pasta".
        if let subject, units[subject].lowered == "ce" || units[subject].lowered == "c'", headTags.contains(.plural) {
            subjectWords = ["they"]
        }
        if let subject, units[subject].lowered == "il" {
            let verbLemma = units[infinitiveIndex ?? main].lemma
            // An expression of the verb can be impersonal where the verb is not: « il arrive que » → "it happens that".
            if classes.contains(verbLemma, in: .impersonalVerb) || classes.contains(units[main].lemma, in: .impersonalVerb)
                || classes.contains(headUnit.lemma, in: .impersonalVerb)
                || units[main].phrase.map({ classes.contains($0.french, in: .impersonalVerb) }) == true {
                subjectWords = ["it"]
            } else if classes.contains(units[main].lemma, in: .thereVerb), scan + 1 < units.count,
                      units[scan].lowered == "à", isInfinitive(units[scan + 1]) {
                // "il reste à déterminer" → "it remains to determine".
                subjectWords = ["it"]
            } else if headUnit.lemma == "être", scan + 1 < units.count, units[scan].is(.adjective),
                      ["de", "d'"].contains(units[scan + 1].lowered)
                        || (["que", "qu'", "si"].contains(units[scan + 1].lowered)
                            && !(cursor..<scan).contains { classes.contains(units[$0].lowered, in: .comparativeAdverb) }) {
                // "il est possible de", "il n'est plus possible de", "il est très difficile de": after the
                // negation and adverbs; before que not after a comparative ("il est plus grand que" compares).
                subjectWords = ["it"]
            }
        }
        // "on dit que" → "it is said that"; not a conditional ("on dirait que" → "it looks as if").
        let clauseStart = main == head ? (cursor, scan) : (main + 1, main + 1)
        if let subject, frameResult == nil, aspect == .simple || aspect == .perfect, tense != .conditional,
           ImpersonalOn(classes: classes).isImpersonalPassive(units, subject: subject, main: main,
                                                              after: clauseStart.0, through: clauseStart.1,
                                                              hasClitics: !clitics.isEmpty) {
            subjectWords = ["it"]
            agreement = .init(person: 3, plural: false)
            aspect = aspect == .perfect ? .perfectPassive : .passive
        }
        var verbLemma = dativeSubjectVerb ?? dativeVerb(clitics, units, of: units[main]) ?? englishLemma(units[main])
        // "», a indiqué le ministre" → "the minister said": a speech tag after a quotation or a comma.
        if left > 0, units[left - 1].isPunctuation, Self.speechTagOpeners.contains(units[left - 1].token.text),
           units[main].phrase == nil, classes.contains(units[main].lemma, in: .sayInSpeechTag),
           verbLemma != datives.entry(units[main].lemma)?.english {
            // (not where an « à » object made it "tell": « », a indiqué à la presse le ministre » → "told the press")
            verbLemma = "say"
        }
        var thereIs = false
        // "il existe des solutions" → "there are solutions"; "il reste trois jours" → "there remain three days".
        let existentialBe = classes.contains(units[main].lemma, in: .existentialVerb)
        let existential = (existentialBe || classes.contains(units[main].lemma, in: .thereVerb))
            && frameResult == nil && nounPhraseAhead(units, from: max(last + 1, scan))
        if (hasY && headUnit.lemma == "avoir") || existential, let subject, units[subject].lowered == "il" {
            if !existential, let ago = agoPhrase(&units, after: last) {
                // "il y a deux ans" → "two years ago": the verb group disappears.
                for index in clitics { units[index].drop() }
                units[subject].drop()
                units[head].drop()
                if main != head { units[main].drop() }
                units[ago].after.append("ago")
                return last
            }
            thereIs = true
            subjectWords = ["there"]
            if !existential || existentialBe { verbLemma = "be" }
            agreement = .init(person: 3, plural: pluralAhead(units, from: last + 1))
            for index in clitics where units[index].lowered == "y" { units[index].drop() }
        }
        // "on trouve des vendeurs" → "there are sellers".
        if !thereIs, frameResult == nil, aspect == .simple, let subject, !reflexive,
           clitics.allSatisfy({ units[$0].lowered == "y" }),
           ImpersonalOn(classes: classes).isExistential(units, subject: subject, main: main),
           nounPhraseAhead(units, from: max(last + 1, scan)) {
            thereIs = true
            subjectWords = ["there"]
            verbLemma = "be"
            agreement = .init(person: 3, plural: pluralAhead(units, from: max(last + 1, scan)))
            for index in clitics { units[index].drop() }
        }

        // "peut également décider" → "can also decide", "pourra toujours rêver" → "will always be able to dream":
        // adverbs between a frame and its infinitive follow the frame's first word (and its "not": "cannot
        // always"), but go before a verb that takes "to" ("devait aussi partir" → "also had to leave").
        if var framed = frameResult {
            let moved = (adverbs + frameAdverbs).filter { !units[$0].done && $0 < (infinitiveIndex ?? 0) }.sorted()
            // « vient juste de partir » → "has just left": a word the frame already says is not said twice.
            let movedWords = moved.flatMap { units[$0].english }.filter { !framed.contains($0) }
            if !movedWords.isEmpty {
                var position = min(beforeNegation.count + 1, framed.count - 1)
                if framed[position] == "not" && position + 1 < framed.count { position += 1 }
                if framed[position] == "to" || framed[position].hasPrefix("to ") { position -= 1 }
                framed.insert(contentsOf: movedWords, at: position)
                frameResult = framed
            }
            for adverb in moved { units[adverb].drop() }
        }

        var words: [String]
        if let frameResult {
            words = frameResult
            if isQuestion, let moved = subjectWords, let first = words.first, inverted != nil || estCeQue {
                words = [first] + moved + words.dropFirst()
                subjectWords = nil
                if let subject, subject < head { units[subject].drop() }
            }
        } else {
            var adverbWords = adverbs.flatMap { units[$0].english }
            // "il a beaucoup travaillé." → "he worked a lot": between the auxiliary and the participle, a
            // `postverbal-adverb` goes after the English verb when nothing but a preposition, a conjunction or the
            // end of the clause follows it.
            var trailingAdverbs: [String] = []
            if main != head, !perfectAdverb, !adverbs.isEmpty, adverbs.allSatisfy({ $0 < main
                   && (units[$0].phrase == nil || units[$0].phrase?.tags.pos == .adverb)
                   && classes.contains(units[$0].lowered, in: .postverbalAdverb) }), clauseBoundary(units, after: main) {
                trailingAdverbs = adverbWords
                adverbWords = []
            }
            var negationWord: String?
            var doSupport = false
            var objectWords: [String] = []
            if let negation {
                switch negation.kind {
                case .verbal: negationWord = negation.english; doSupport = true
                case .adverb: negationWord = negation.english
                case .restrictive: negationWord = negation.english
                case .object: objectWords = [negation.english]
                case .determiner: break
                }
            } else if hasNe, !negativeWordBefore(units, left), let restriction = distantRestriction(units, after: max(last, adverbs.last ?? last)),
                      let particle = negations.particle(units[restriction].lowered) {
                // "ne sera fructueux que si" → "will be fruitful only if": the restriction stays where « que » is.
                units[restriction].english = [particle.english]
                units[restriction].done = true
            } else if hasNe && !thereIs && !negativeWordBefore(units, left) && !expletiveNe(units, left) {
                negationWord = "not"
                doSupport = true
                // "n'a vu aucun problème" → "did not see any problem": a negative word further on turns positive.
                if let negative = negativeWordAhead(units, after: max(last, adverbs.last ?? last)),
                   let english = negations.formUnderNot(units[negative].lowered) {
                    units[negative].english = [english]
                    units[negative].done = true
                }
            }
            // "il n'y a pas de problème" → "there is no problem": the negation moves to the noun.
            let groupEnd = max(last, adverbs.last ?? last)
            if negation?.kind == .verbal, groupEnd + 2 < units.count,
               units[groupEnd + 1].lowered == "de" || units[groupEnd + 1].lowered == "d'",
               units[groupEnd + 2].is(.noun) || units[groupEnd + 2].is(.adjective) {
                negationWord = nil
                doSupport = false
                if yetAdverb != nil { adverbWords = yetLexical }
                units[groupEnd + 1].english = ["no"]
                units[groupEnd + 1].done = true
            }
            let questionSubject = isQuestion && (inverted != nil || estCeQue) && !isReporting(units[main])
                ? subjectWords : nil
            if questionSubject != nil, let subject, subject < head { units[subject].drop() }
            // "il travaille ici depuis 2005" → "he has worked here since 2005": a present with a `since-cue` ahead
            // in its clause is an English present perfect.
            // "depuis trente ans" → "for thirty years" there.
            var groupAspect = aspect
            var groupPerfect = presentPerfect
            let since = sinceAhead(units, after: groupEnd)
            if tense == .present, aspect == .simple || aspect == .passive, since != nil {
                groupAspect = aspect == .simple ? .perfect : .perfectPassive
                groupPerfect = true
            }
            if groupPerfect, groupAspect == .perfect || groupAspect == .perfectPassive, tense == .present,
               let since, isDuration(units, from: since + 1) {
                units[since].english = ["for"]
                units[since].done = true
            }
            words = phrase.words(verb: verbLemma, tense: tense, aspect: groupAspect, agreement: agreement,
                                 negation: negationWord, doSupport: doSupport, adverbs: adverbWords,
                                 presentPerfect: groupPerfect, subject: questionSubject,
                                 beforeNegation: beforeNegation, afterNegation: afterNegation,
                                 inflectMain: !units[main].unknown)
            // « comme l'a indiqué la police » → "as indicated by the police"; « comme nous l'avons dit » → "as we
            // said".
            if negationWord == nil, objectWords.isEmpty, !isQuestion, aspect == .simple || aspect == .perfect,
               let shape = asClause.shape(units, left: left, clitics: clitics, subject: subject, head: head,
                                          main: main, last: groupEnd) {
                if case .byPhrase(let start) = shape {
                    let participle = units[main].unknown ? verbLemma : inflector.inflect(verbLemma, .pastParticiple)
                    words = adverbWords + [participle]
                    units[start].before = ["by"] + units[start].before
                }
                for clitic in clitics { units[clitic].drop() }
            }
            if questionSubject != nil { subjectWords = nil }
            if let negationUnit { units[negationUnit].drop() }
            units[head].after += objectWords + trailingAdverbs
            for adverb in adverbs { units[adverb].drop() }
            last = groupEnd
        }
        if let negationUnit, frameResult != nil { units[negationUnit].drop() }
        for adverb in adverbs where frameResult != nil && units[adverb].done == false && adverb < (infinitiveIndex ?? 0) {
            units[head].before += units[adverb].english
            units[adverb].drop()
        }
        _ = headIsAuxiliary

        // Assemble: subject (if moved or replaced) + verb words on the head; objects after.
        let objectClitics = clitics.filter { !units[$0].done || !units[$0].english.isEmpty }
        var objects = objectWords(objectClitics, units, verb: units[infinitiveIndex ?? main].lemma)
        for clitic in objectClitics { units[clitic].drop() }
        if let subject {
            if subject > head || subjectWords != units[subject].english {
                units[head].before = (subjectWords ?? []) + units[head].before
                units[subject].drop()
            } else if subjectWords == nil {
                units[subject].drop()
            }
        }
        if isNe(units[max(0, left)]) || hasNe {
            for index in left..<head where isNe(units[index]) { units[index].drop() }
        }
        placeObjects(&words, &objects, before: units[infinitiveIndex ?? main].phrase)
        units[head].english = reflexiveAgreement(words, subject: subjectWords, agreement: agreement, units, left: left)
        units[head].done = true
        if main != head {
            units[main].drop()
        }
        if let infinitiveIndex {
            units[infinitiveIndex].after = objects + units[infinitiveIndex].after
        } else {
            units[main == head ? head : main].after = objects + units[main == head ? head : main].after
            if main != head {
                // Objects follow the whole phrase, which now sits on the head, before a negative object or trailing
                // adverb the phrase already carries (« ils ne nous ont rien donné » → "they gave us nothing").
                units[head].after = units[main].after + units[head].after
                units[main].after = []
            }
        }
        return last
    }

    /// "il se retrouve" → "he finds himself": the dictionary's "oneself" takes the subject's person, number and
    /// gender (a noun subject's from `Animacy`).
    private func reflexiveAgreement(_ words: [String], subject: [String]?, agreement: EnglishVerbPhrase.Agreement,
                                    _ units: [TransferUnit], left: Int) -> [String] {
        guard words.contains(where: Self.hasGenericReflexive) else { return words }
        var kind: Animacy.Kind?
        let animacy = Animacy(classes: classes)
        if subject == nil || subject?.isEmpty == true, agreement.person == 3, !agreement.plural,
           let antecedent = animacy.antecedent(units, before: left) {
            kind = animacy.kind(units, at: antecedent)
        }
        let pronoun = phrase.reflexive(agreement, subject: subject?.last, kind: kind)
        return words.map { word in
            guard Self.hasGenericReflexive(word) else { return word }
            return word.split(separator: " ", omittingEmptySubsequences: false)
                .map { $0 == EnglishVerbPhrase.genericReflexive ? pronoun : String($0) }.joined(separator: " ")
        }
    }

    /// The bytes of `EnglishVerbPhrase.genericReflexive`.
    private static let genericReflexiveBytes = Array(EnglishVerbPhrase.genericReflexive.utf8)

    /// Whether an English word holds "oneself". Its bytes are looked for first, which rules out nearly every word
    /// cheaply: the placeholder is ASCII, so a word that holds it holds its bytes.
    private static func hasGenericReflexive(_ word: String) -> Bool {
        let needle = genericReflexiveBytes
        let hasBytes = word.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.count >= needle.count else { return false }
            return (0...(bytes.count - needle.count)).contains { start in
                needle.indices.allSatisfy { bytes[start + $0] == needle[$0] }
            }
        } ?? true
        return hasBytes && word.contains(EnglishVerbPhrase.genericReflexive)
    }

    /// Whether the clause has no object after `index`: the sentence ends, or punctuation, a preposition or a
    /// conjunction follows.
    private func clauseBoundary(_ units: [TransferUnit], after index: Int) -> Bool {
        guard index + 1 < units.count else { return true }
        let next = units[index + 1]
        return next.isPunctuation || next.is(.preposition) || next.is(.coordinator) || next.is(.subordinator)
    }

    /// The units after `start` in the same clause: at most `limit` of them, before punctuation or another finite
    /// verb.
    private func clauseAhead(_ units: [TransferUnit], after start: Int, limit: Int) -> Range<Int> {
        var cursor = start + 1
        while cursor < units.count, cursor <= start + limit, !units[cursor].isPunctuation {
            if units[cursor].analysis?.isFiniteVerb == true { break }
            cursor += 1
        }
        return (start + 1)..<cursor
    }

    /// The restrictive « que » of a `ne … que` split by a complement (« ne sera possible qu'en 2015 », « ne parle
    /// aux journalistes que le lundi »): the first negation particle within the clause after `start`, at most eight
    /// units ahead, when it is that « que ». « ce que » (what) is not one.
    private func distantRestriction(_ units: [TransferUnit], after start: Int) -> Int? {
        guard let cursor = clauseAhead(units, after: start, limit: 8).first(where: {
            units[$0].phrase == nil && negations.particle(units[$0].lowered) != nil
        }), negations.particle(units[cursor].lowered)?.kind == .restrictive, units[cursor - 1].lowered != "ce" else {
            return nil
        }
        return cursor
    }

    /// A negative word (`aucun`, `personne`, `rien`) within the clause after `start`, at most eight units ahead, that
    /// is not the noun « personne » after a determiner (« la personne »).
    private func negativeWordAhead(_ units: [TransferUnit], after start: Int) -> Int? {
        guard let cursor = clauseAhead(units, after: start, limit: 8).first(where: {
            units[$0].phrase == nil && negations.particle(units[$0].lowered) != nil
        }), let kind = negations.particle(units[cursor].lowered)?.kind, kind == .object || kind == .determiner,
              !units[cursor - 1].is(.determiner) else {
            return nil
        }
        return cursor
    }

    /// Whether a `since-cue` word (`depuis`) follows `start` within the clause, at most six units ahead.
    private func sinceAhead(_ units: [TransferUnit], after start: Int) -> Int? {
        clauseAhead(units, after: start, limit: 6).first { cursor in
            guard let first = units[cursor].lowered.split(separator: " ").first else { return false }
            return classes.contains(String(first), in: .sinceCue)
        }
    }

    /// Whether a length of time starts at `start`: a number or determiner, an optional adjective, a `time-noun`
    /// ("trente ans", "plusieurs mois", "des années"). The number may have a modifier before it: an expression that
    /// holds only before a number (« près de dix ans ») or a `quantity-adverb` and its « de » (« plus de dix ans »).
    private func isDuration(_ units: [TransferUnit], from start: Int) -> Bool {
        var cursor = start
        if cursor < units.count, let condition = units[cursor].phrase?.condition,
           condition == .beforeNumber || condition == .beforeAmount {
            cursor += 1
        } else if cursor + 2 < units.count, units[cursor].phrase == nil,
                  classes.contains(units[cursor].lowered, in: .quantityAdverb),
                  units[cursor + 1].lowered == "de" || units[cursor + 1].lowered == "d'",
                  units[cursor + 2].isNumber || units[cursor + 2].is(.numeral) {
            cursor += 2
        }
        guard cursor < units.count, units[cursor].phrase == nil,
              units[cursor].isNumber || units[cursor].is(.determiner) || units[cursor].is(.numeral) else {
            return false
        }
        // "depuis le début", "depuis ce jour": a point in time, not a length.
        if units[cursor].is(.determiner), units[cursor].has(.definite) || units[cursor].has(.demonstrative) {
            return false
        }
        cursor += 1
        if cursor < units.count, units[cursor].is(.adjective) { cursor += 1 }
        return cursor < units.count && classes.contains(units[cursor].lemma, in: .timeNoun)
    }

    /// Whether a unit may stand between the verb and a negation particle (`n'est donc pas`): an adverb that is not
    /// itself a particle.
    private func isInnerAdverb(_ unit: TransferUnit) -> Bool {
        guard negations.particle(unit.lowered) == nil else { return false }
        if let phrase = unit.phrase { return phrase.tags.pos == .adverb }
        return unit.is(.adverb) || unit.is(.adverbialConjunction)
    }

    /// Whether a negative word (rien, personne, aucun…) stands in the clause before the verb group.
    private func negativeWordBefore(_ units: [TransferUnit], _ start: Int) -> Bool {
        var cursor = start - 1
        while cursor >= 0, !units[cursor].isPunctuation, start - cursor <= 6 {
            if let particle = negations.particle(units[cursor].lowered), particle.kind == .object || particle.kind == .determiner {
                return true
            }
            cursor -= 1
        }
        return false
    }

    /// Whether a lone `ne` is expletive: its clause opens with `que` after an `expletive-ne-cue` (`avant qu'il ne
    /// parte` → "before he leaves", `plus difficile qu'on ne le pense` → "more difficult than one thinks").
    private func expletiveNe(_ units: [TransferUnit], _ start: Int) -> Bool {
        var cursor = start - 1
        while cursor >= 0, !units[cursor].isPunctuation, start - cursor <= 6 {
            // « avant qu' », « à moins que »: an expression ending in que holds its own cue.
            if let phrase = units[cursor].phrase, phrase.french.hasSuffix(" que") || phrase.french.hasSuffix(" qu'") {
                return phrase.french.split(separator: " ").contains { classes.contains(String($0), in: .expletiveNeCue) }
            }
            if units[cursor].lowered == "que" || units[cursor].lowered == "qu'" {
                var cue = cursor - 1
                while cue >= 0, !units[cue].isPunctuation, cursor - cue <= 6 {
                    if classes.contains(units[cue].lowered, in: .expletiveNeCue) { return true }
                    cue -= 1
                }
                return false
            }
            cursor -= 1
        }
        return false
    }

    private func isReporting(_ unit: TransferUnit) -> Bool {
        classes.contains(unit.lemma, in: .reportingVerb)
    }

    static func tenseCode(_ features: MorphFeatures) -> String {
        if features.contains(.present) { return "pri" }
        if features.contains(.imperfect) { return "pii" }
        if features.contains(.simplePast) { return "ifi" }
        if features.contains(.future) { return "fti" }
        if features.contains(.conditional) { return "cni" }
        if features.contains(.subjunctive) { return "prs" }
        if features.contains(.pastSubjunctive) { return "pis" }
        return "pri"
    }

    /// `il y a` + (number | determiner) + time noun: the index of the time noun. A scale noun may follow the
    /// number (`il y a 230 millions d'années` → "230 million years ago").
    private func agoPhrase(_ units: inout [TransferUnit], after last: Int) -> Int? {
        var cursor = last + 1
        guard cursor < units.count, units[cursor].isNumber || units[cursor].is(.determiner)
                || units[cursor].is(.numeral) else { return nil }
        cursor += 1
        if cursor + 1 < units.count, classes.contains(units[cursor].lemma, in: .scaleNoun),
           units[cursor + 1].isDePreposition {
            cursor += 2
        }
        if cursor < units.count, units[cursor].is(.adjective) { cursor += 1 }
        guard cursor < units.count, classes.contains(units[cursor].lemma, in: .timeNoun) else { return nil }
        return cursor
    }

    /// Whether a noun phrase starts at `start` (after `de` when negated: `il n'existe pas de solution`).
    private func nounPhraseAhead(_ units: [TransferUnit], from start: Int) -> Bool {
        var cursor = start
        if cursor < units.count, units[cursor].isDePreposition { cursor += 1 }
        guard cursor < units.count else { return false }
        let unit = units[cursor]
        return unit.isNominal || unit.isNumber || unit.is(.determiner) || unit.is(.numeral)
            || unit.is(.predeterminer) || classes.contains(unit.lowered, in: .quantityAdverb)
    }

    private func pluralAhead(_ units: [TransferUnit], from start: Int) -> Bool {
        var cursor = start
        while cursor < units.count && cursor < start + 4 {
            let unit = units[cursor]
            if unit.isNumber { return unit.token.text != "1" }
            if unit.is(.noun) || unit.isTerm { return unit.features.contains(.plural) }
            // « il y a deux pays » → "there are two countries": a number word other than one makes it plural.
            if unit.is(.numeral), unit.phrase == nil, !unit.has(.singular) { return true }
            // « il y a beaucoup de gens »: a determiner expression leaves the number to its noun.
            if unit.phrase?.tags.pos == .determiner {
                cursor += 1
                continue
            }
            if unit.is(.determiner) || unit.is(.numeral) || unit.is(.adjective) {
                if unit.features.contains(.plural) { return true }
                if unit.features.contains(.singular) { return false }
            }
            cursor += 1
        }
        return false
    }

    // MARK: - Non-finite verbs

    /// `pour/de/à/sans … [ne pas] [clitics] INFINITIVE` → "to/without … not … verb clitics".
    private func infinitive(_ units: inout [TransferUnit], at index: Int) {
        var cursor = index - 1
        var clitics: [Int] = []
        var negated = false
        while cursor >= 0, !units[cursor].done {
            let unit = units[cursor]
            if isClitic(unit) { clitics.insert(cursor, at: 0) }
            // « pour en savoir plus », « en profiter »: before an infinitive « en » is the pronoun, not "by".
            else if unit.lowered == "en", unit.is(.preposition) { units[cursor].drop() }
            else if isNe(unit) || (unit.lowered == "pas" && unit.is(.adverb)) || (unit.lowered == "plus" && cursor > 0 && isNe(units[cursor - 1])) { negated = true }
            else { break }
            cursor -= 1
        }
        dropReflexive(&clitics, &units, before: index)
        var form = EnglishForm.base
        var prefix: [String] = ["to"]
        var simplePerfect = false
        if cursor >= 0 {
            let previous = units[cursor]
            let isPreposition = previous.is(.preposition) || previous.phrase?.tags.pos == .preposition
            let complement = complementFrame(units, infinitive: index)
            if let complement, complement.link == cursor {
                form = complement.frame.form
                prefix = []
                units[cursor].english = []
                units[cursor].done = true
            } else if let complement, complement.link == nil {
                // « il a laissé passer » → "he let pass", « ne nous laisse pas partir » → "does not let us leave":
                // no link, no "to" (only clitics and a negation stand between).
                form = complement.frame.form
                prefix = []
            } else if previous.isDePreposition, !previous.done, cursor > 0, ofGerund(units[cursor - 1]) {
                form = .gerund
                prefix = []
                units[cursor].english = ["of"]
                units[cursor].done = true
            } else if isPreposition, let phrase = previous.phrase, phrase.english == "to" || phrase.english.hasSuffix(" to") {
                prefix = []
            } else if isPreposition, !previous.done || previous.phrase != nil,
                      let link = links.link(previous.phrase?.french ?? previous.lowered) {
                form = link.form
                simplePerfect = link.simplePerfect
                if !link.english.isEmpty {
                    units[cursor].english = link.english.split(separator: " ").map(String.init)
                    prefix = []
                } else if form == .base {
                    units[cursor].english = []
                } else {
                    prefix = []
                }
                units[cursor].done = true
            } else if isPreposition, let phrase = previous.phrase, !phrase.english.isEmpty {
                // « loin d'être fini » → "far from being finished": an English preposition takes -ing.
                form = .gerund
                prefix = []
                units[cursor].done = true
            } else if previous.analysis?.pos.isVerb == true, classes.contains(previous.lemma, in: .bareInfinitiveVerb) {
                prefix = []
            } else if let frame = framingInfinitive(units, before: cursor) {
                // « pour pouvoir partir » → "to be able to leave": the frame before it already says "to".
                prefix = []
                form = frame.form
            } else if previous.analysis?.pos.isVerb == true, !previous.done,
                      let frame = frames.frames(previous.lemma, tense: "inf").first, frame.link.isEmpty {
                units[cursor].english = phrase.fill(frame.english, .init(person: 3, plural: false))
                units[cursor].done = true
                prefix = []
                form = frame.form
            }
        }
        if cursor < 0 && !negated { prefix = [] }  // sentence-initial infinitive: an instruction ("Voir …" → "See …")
        if prefix == ["to"], coordinatedInfinitive(units, before: cursor) { prefix = [] }
        // « s'engager à réduire » → "commit to reduce": the expression before it already ends in "to".
        if prefix == ["to"], cursor >= 0, (units[cursor].english + units[cursor].after).last == "to"
            || units[cursor].phrase.map({ $0.english.hasSuffix(" to") && $0.tags.pos.isVerb }) == true {
            prefix = []
        }
        if negated { prefix = ["not"] + prefix }
        var words = prefix
        let unit = units[index]
        if index + 1 < units.count, isParticiple(units[index + 1]), unit.lemma == "avoir" || unit.lemma == "être" {
            let participle = units[index + 1]
            let reflexive = clitics.contains { isReflexiveClitic(units[$0]) }
            let auxiliary = unit.lemma == "être" && !reflexive && !classes.contains(participle.lemma, in: .etreAuxiliary)
                ? "be" : "have"
            if simplePerfect, auxiliary == "have" {
                // « après avoir signé » → "after signing".
                words.append(inflected(participle, form))
            } else {
                words += [inflector.inflect(auxiliary, form), inflected(participle, .pastParticiple)]
            }
            units[index + 1].drop()
        } else if let frame = nestedFrame(units, at: index) {
            // « pour pouvoir partir » → "to be able to leave", not "to can to leave"; « l'espoir de pouvoir
            // partir » → "the hope of being able to leave".
            words += inflectedFrame(frame, form)
        } else if form == .gerund, let frame = frames.frames(unit.lemma, tense: "inf").first, frame.link.isEmpty {
            // « l'espoir de pouvoir partir » → "the hope of being able to leave": the frame's -ing, whose "to" the
            // next infinitive says.
            var frameWords = phrase.fill(frame.english, .init(person: 3, plural: false))
            if frameWords.last == "to" { frameWords.removeLast() }
            if let first = frameWords.first { frameWords[0] = inflector.inflect(first, .gerund) }
            words += frameWords
        } else {
            words.append(unit.unknown ? unit.token.text
                         : inflector.inflect(dativeVerb(clitics, units, of: unit) ?? englishLemma(unit), form))
        }
        for position in (max(cursor + 1, 0))..<index where !clitics.contains(position) { units[position].drop() }
        var objects = objectWords(clitics, units, verb: unit.lemma)
        for clitic in clitics { units[clitic].drop() }
        placeObjects(&words, &objects, before: unit.phrase)
        units[index].english = words
        units[index].after = objects + units[index].after
        units[index].done = true
    }

    /// Drops from `clitics` (and the sentence) the me/te/nous/vous before the pronominal expression at `verb`:
    /// the matcher took it as the expression's reflexive clitic (only after a verb of its person), not an object
    /// (« nous devons nous mettre d'accord » → "we must agree", not "agree us").
    private func dropReflexive(_ clitics: inout [Int], _ units: inout [TransferUnit], before verb: Int) {
        guard units[verb].phrase?.isPronominal == true else { return }
        for clitic in clitics where Self.reflexivePersons.contains(units[clitic].lowered) { units[clitic].drop() }
        clitics.removeAll { Self.reflexivePersons.contains(units[$0].lowered) }
    }

    /// Whether an infinitive whose link word (or, with no link, the word before it) stands at `link` is the second
    /// of two coordinated ones: « et »/« ou » (then a link, if any) after an earlier infinitive of the same clause
    /// whose English is not an -ing. English says "to" once: « pour réduire les coûts et améliorer la qualité » → "to reduce costs and
    /// improve quality", « de partir et de vendre » → "to leave and sell".
    private func coordinatedInfinitive(_ units: [TransferUnit], before link: Int) -> Bool {
        guard link > 0 else { return false }
        var conjunction = link
        if units[link].is(.preposition) {
            guard ["de", "d'", "à"].contains(units[link].lowered) else { return false }
            conjunction = link - 1
        }
        guard conjunction > 0, ["et", "ou"].contains(units[conjunction].lowered),
              units[conjunction].is(.coordinator) else { return false }
        var cursor = conjunction - 1
        while cursor >= 0, conjunction - cursor <= Self.coordinationWindow, !units[cursor].endsClause {
            if isInfinitive(units[cursor]) {
                // « sans partir et revenir »: after an -ing the second infinitive needs its own form; keep "to".
                let english = units[cursor].english
                return english.first == "to" || !english.contains { $0.hasSuffix("ing") }
            }
            if units[cursor].analysis?.isFiniteVerb == true { return false }
            cursor -= 1
        }
        return false
    }

    /// How far before « et »/« ou » the first of two coordinated infinitives may stand.
    private static let coordinationWindow = 15

    /// The infinitive frame (`VerbFrameLexicon`, tense `inf`, no link) of the infinitive at `index` when another
    /// infinitive follows it (across clitics, a negation, « en » and up to two adverbs): « pouvoir partir » →
    /// "be able to leave", « devoir payer » → "have to pay".
    private func nestedFrame(_ units: [TransferUnit], at index: Int) -> VerbFrameLexicon.Frame? {
        guard isInfinitive(units[index]), units[index].phrase == nil,
              let frame = frames.frames(units[index].lemma, tense: "inf").first, frame.link.isEmpty else { return nil }
        var probe = index + 1
        var adverbs = 0
        while probe < units.count {
            let unit = units[probe]
            if isClitic(unit) || isNe(unit) || (unit.lowered == "pas" && unit.is(.adverb))
                || isEnBeforeInfinitive(units, probe) {
                probe += 1
            } else if adverbs < 2, isFrameAdverb(unit) {
                adverbs += 1
                probe += 1
            } else {
                break
            }
        }
        guard probe < units.count, isInfinitive(units[probe]) else { return nil }
        return frame
    }

    /// The frame of a done infinitive that governs the next one, standing at `index` or before up to two adverbs
    /// ending there (« pouvoir librement acheter » → "be able to freely buy").
    private func framingInfinitive(_ units: [TransferUnit], before index: Int) -> VerbFrameLexicon.Frame? {
        var cursor = index
        while cursor > 0, index - cursor < 2, isFrameAdverb(units[cursor]) { cursor -= 1 }
        guard isInfinitive(units[cursor]), units[cursor].done else { return nil }
        return nestedFrame(units, at: cursor)
    }

    /// The phrase between commas at `index` when it may stand between a frame verb and its infinitive (« pourra,
    /// en même temps, acheter », « peut, selon lui, partir »): at most six words, none of them a verb, and a
    /// word (the infinitive or its clitic) after the second comma. Nil otherwise.
    private func insertedPhrase(_ units: [TransferUnit], at index: Int) -> Range<Int>? {
        guard index < units.count, units[index].token.text == "," else { return nil }
        var cursor = index + 1
        while cursor < units.count, cursor - index <= 7 {
            let unit = units[cursor]
            if unit.token.text == "," {
                guard cursor > index + 1, cursor + 1 < units.count, units[cursor + 1].isWord else { return nil }
                return index..<(cursor + 1)
            }
            if unit.isPunctuation || unit.analysis?.pos.isVerb == true { return nil }
            cursor += 1
        }
        return nil
    }

    /// An adverb that may stand between a frame verb and its infinitive (« peut donc partir », « pouvoir
    /// librement acheter »): not a negation particle nor part of an expression.
    private func isFrameAdverb(_ unit: TransferUnit) -> Bool {
        (unit.is(.adverb) || unit.is(.adverbialConjunction)) && unit.phrase == nil
            && negations.particle(unit.lowered) == nil
    }

    /// « en » read as a preposition right before an infinitive or a clitic: the pronoun (« pour en savoir plus »).
    private func isEnBeforeInfinitive(_ units: [TransferUnit], _ index: Int) -> Bool {
        guard units[index].lowered == "en", units[index].is(.preposition), index + 1 < units.count else { return false }
        return isInfinitive(units[index + 1]) || isClitic(units[index + 1])
    }

    /// A frame's English with its first word in `form` ("be able to" → "being able to").
    private func inflectedFrame(_ frame: VerbFrameLexicon.Frame, _ form: EnglishForm) -> [String] {
        var words = phrase.fill(frame.english, .init(person: 3, plural: false))
        if let first = words.first { words[0] = inflector.inflect(first, form) }
        return words
    }

    /// The complement frame (`VerbFrameLexicon`, tense `*`) governing the infinitive at `index`, with the index of
    /// its link word (nil for a frame without one) and of its verb: `risque [fort] de [ne pas] perdre` →
    /// `risquer de * risk - VBG`; `a laissé [se] passer` → `laisser - * let - VB`.
    private func complementFrame(_ units: [TransferUnit], infinitive index: Int)
        -> (frame: VerbFrameLexicon.Frame, link: Int?, verb: Int)? {
        var cursor = index - 1
        while cursor >= 0, isClitic(units[cursor]) || isNe(units[cursor])
                || (units[cursor].lowered == "pas" && units[cursor].is(.adverb)) {
            cursor -= 1
        }
        if cursor >= 0, units[cursor].analysis?.pos.isVerb == true {
            // A verbal expression has its own frame or none (« se faire » → "be" + VBN: « il s'est fait élire » →
            // "he was elected").
            let key = units[cursor].phrase?.french ?? units[cursor].lemma
            guard let frame = frames.complementFrame(key, link: nil) else { return nil }
            return (frame, nil, cursor)
        }
        guard cursor > 0, units[cursor].is(.preposition), units[cursor].phrase == nil else { return nil }
        let link = cursor
        cursor -= 1
        // « n'arrête pas de », « risque fort de »: up to two adverbs between the verb and its link.
        var skipped = 0
        while cursor >= 0, skipped < 2, units[cursor].is(.adverb) {
            cursor -= 1
            skipped += 1
        }
        guard cursor >= 0, units[cursor].analysis?.pos.isVerb == true,
              let frame = frames.complementFrame(units[cursor].lemma, link: units[link].lowered) else { return nil }
        return (frame, link, cursor)
    }

    /// Whether `unit` is a noun, adjective or participle whose `de` + infinitive is "of" + -ing (`of-gerund`).
    private func ofGerund(_ unit: TransferUnit) -> Bool {
        guard unit.is(.noun) || unit.is(.adjective) || isParticiple(unit) else { return false }
        return classes.contains(unit.lemma, in: .ofGerund)
    }

    /// Person object pronouns (`DativeVerbs`) and the third-person ones that are always indirect.
    private static let personObjects: Set<String> = ["lui", "leur", "me", "m'", "te", "t'", "nous", "vous"]
    /// First- and second-person clitics, reflexive before a pronominal verb of their person.
    private static let reflexivePersons: Set<String> = ["me", "m'", "te", "t'", "nous", "vous"]
    private static let indirectObjects: Set<String> = ["lui", "leur"]
    private static let directObjects: Set<String> = ["le", "la", "l'", "les"]

    /// The English verb a person object pronoun gives `verb` (`lui dire` → "tell"), or nil. An expression made of
    /// the verb and a conjunction keeps its conjunction (`nous rappeler que` → "remind that", the object going
    /// before "that").
    private func dativeVerb(_ clitics: [Int], _ units: [TransferUnit], of verb: TransferUnit) -> String? {
        guard !verb.unknown, let english = datives.entry(verb.lemma)?.english,
              clitics.contains(where: { Self.personObjects.contains(units[$0].lowered) && !units[$0].english.isEmpty })
        else { return nil }
        guard let phrase = verb.phrase else { return english }
        guard let tail = phrase.objectTail, let space = phrase.english.firstIndex(of: " "),
              phrase.english[phrase.english.index(after: space)...] == tail else { return nil }
        return english + " " + tail
    }

    /// The English of object clitics after the verb `lemma`: a person pronoun takes the verb's `DativeVerbs`
    /// preposition ("speaks to them"), and `lui`/`leur` after `le`/`la`/`les` takes "to" ("gave it to him").
    private func objectWords(_ clitics: [Int], _ units: [TransferUnit], verb lemma: String) -> [String] {
        let preposition = datives.entry(lemma)?.preposition
        var words: [String] = []
        var directBefore = false
        for clitic in clitics {
            let unit = units[clitic]
            if !unit.english.isEmpty, Self.personObjects.contains(unit.lowered), let preposition {
                words.append(preposition)
            } else if !unit.english.isEmpty, directBefore, Self.indirectObjects.contains(unit.lowered) {
                words.append("to")
            }
            if Self.directObjects.contains(unit.lowered) { directBefore = true }
            words += unit.english
        }
        return words
    }

    /// English adverb particles that a pronoun object goes before: "carry it out", not "carry out it".
    private static let particles: Set<String> = ["up", "down", "out", "off", "back", "away"]
    /// English object pronouns, the only objects that go before a particle ("carry out the plan" keeps its order).
    private static let objectPronouns: Set<String> = ["it", "them", "him", "her", "us", "me", "you"]

    /// "il lui pose une question" → "he asks him a question": clitic objects go between the verb and the rest of
    /// an expression whose English is a verb and its object (`PhraseLexicon.Entry.objectTail`); a lone object
    /// pronoun goes before the particle of a phrasal verb (« il l'a effectué » → "he carried it out", « pour les
    /// éloigner » → "to move them away").
    private func placeObjects(_ words: inout [String], _ objects: inout [String], before phrase: PhraseLexicon.Entry?) {
        guard !objects.isEmpty, let last = words.last else { return }
        if let tail = phrase?.objectTail, last.hasSuffix(" " + tail) {
            words[words.count - 1] = String(last.dropLast(tail.count + 1))
            objects.append(tail)
        } else if objects.count == 1, Self.objectPronouns.contains(objects[0]), let space = last.lastIndex(of: " "),
                  Self.particles.contains(String(last[last.index(after: space)...])) {
            objects.append(String(last[last.index(after: space)...]))
            words[words.count - 1] = String(last[..<space])
        }
    }

    /// `en` + gerund → "by/while" + -ing; a lone present participle → -ing.
    private func gerund(_ units: inout [TransferUnit], at index: Int) {
        var cursor = index - 1
        var clitics: [Int] = []
        while cursor >= 0, isClitic(units[cursor]) { clitics.insert(cursor, at: 0); cursor -= 1 }
        if cursor >= 0, units[cursor].lowered == "en", units[cursor].is(.preposition), let link = links.link("en") {
            units[cursor].english = link.english.isEmpty ? [] : [link.english]
            units[cursor].done = true
        }
        var objects: [String] = []
        for clitic in clitics { objects += units[clitic].english; units[clitic].drop() }
        // A verb with no English keeps its French form (« épaulant », not "épaulanting").
        if !units[index].unknown { units[index].english = [inflector.inflect(englishLemma(units[index]), .gerund)] }
        units[index].after = objects + units[index].after
        units[index].done = true
    }
}
