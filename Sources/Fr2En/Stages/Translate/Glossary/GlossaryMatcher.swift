// Licensed under the Apache License, Version 2.0.

/// Finds glossary terms in a sentence: leftmost-longest, at word boundaries, with the case and accent rules that
/// `Glossary` documents.
///
/// The terms are compiled once: each is folded to a key (`GlossaryScalarFolding`) and inserted in a compressed
/// `GlossaryTrie`; its original scalars and per-letter case rule are kept in flat arrays. Per sentence, the text is
/// folded once (whitespace runs become one unit), then from every word start the trie is walked as far as the text
/// allows; among the terms ending at a word boundary along the walk, the longest one whose case and accent rules
/// accept the text wins.
///
/// - Complexity: building is O(n log n) for n terms plus O(total term length); matching is O(s × d) for s scalars,
///   d the depth reached in the trie from a word start (bounded by the longest term).
struct GlossaryMatcher: Sendable {
    /// What a letter of a term requires of the text's letter (whose key is already known to be equal).
    private enum CaseRule: UInt8, Sendable {
        /// Not a cased letter: an equal key suffices.
        case any
        /// A small letter: the text has the very same letter, or any capital with that key (accents ignored).
        case lowercase
        /// A capital: the text has a capital with the same key (accents ignored).
        case uppercase
    }

    /// A match: which term, where (scalar offsets in the sentence), and whether it opens the sentence with a
    /// capital.
    struct Match: Sendable, Equatable {
        var term: Int
        var range: Range<Int>
        var opensSentence: Bool
    }

    /// One unit of the folded text: a scalar, or a whole run of whitespace.
    private struct Unit {
        var key: UInt32
        var scalar: Unicode.Scalar
        var start: Int32
        var flags: GlossaryScalarFolding.Flags
    }

    private let folding: GlossaryScalarFolding
    private let trie: GlossaryTrie
    private let termOffsets: [Int32]
    private let termScalars: [Unicode.Scalar]
    private let termRules: [CaseRule]
    private let priorities: [Int]

    /// - Parameters:
    ///   - terms: canonical forms of the terms (`GlossaryTermTable`); empty ones are never matched.
    ///   - priorities: the priority of each term; higher wins when several terms match the same text.
    ///   - shadowed: called for each term that is dropped because another term has the very same scalars and a
    ///     higher priority, or the same priority and a higher index: `(winner, loser)`. It may throw to reject
    ///     the glossary.
    /// - Throws: what `shadowed` throws.
    init(terms: GlossaryTermTable, priorities: [Int], folding: GlossaryScalarFolding,
         shadowed: (_ winner: Int, _ loser: Int) throws -> Void) rethrows {
        precondition(terms.count == priorities.count)
        let scalars = terms.scalars, offsets = terms.offsets
        var rules: [CaseRule] = []
        var keys: [UInt32] = []
        rules.reserveCapacity(scalars.count)
        keys.reserveCapacity(scalars.count)
        for scalar in scalars {
            let folded = folding.fold(scalar)
            keys.append(folded.key)
            rules.append(folded.flags.contains(.uppercase) ? .uppercase
                         : folded.flags.contains(.lowercase) ? .lowercase : .any)
        }
        self.folding = folding
        self.termOffsets = offsets
        self.termScalars = scalars
        self.termRules = rules
        self.priorities = priorities
        func sameScalars(_ a: Int32, _ b: Int32) -> Bool {
            scalars[Int(offsets[Int(a)])..<Int(offsets[Int(a) + 1])]
                == scalars[Int(offsets[Int(b)])..<Int(offsets[Int(b) + 1])]
        }
        func precedes(_ a: Int32, _ b: Int32) -> Bool {
            priorities[Int(a)] != priorities[Int(b)] ? priorities[Int(a)] > priorities[Int(b)] : a > b
        }
        self.trie = try GlossaryTrie(keys: keys, offsets: offsets) { candidates in
            // Among terms with the very same scalars only one survives: the higher priority, else the later.
            candidates.sort { priorities[Int($0)] != priorities[Int($1)] ? priorities[Int($0)] > priorities[Int($1)]
                                                                       : $0 < $1 }
            var kept: [Int32] = []
            for candidate in candidates {
                guard let index = kept.firstIndex(where: { sameScalars($0, candidate) }) else {
                    kept.append(candidate)
                    continue
                }
                if priorities[Int(kept[index])] == priorities[Int(candidate)] {
                    try shadowed(Int(candidate), Int(kept[index]))
                    kept[index] = candidate
                } else {
                    try shadowed(Int(kept[index]), Int(candidate))
                }
            }
            // Tried in this order: higher priority first, then the later term.
            candidates = kept.sorted(by: precedes)
        }
    }

    /// The terms found in `analysis`, left to right, and the number of scalars in `analysis`.
    func matches(in analysis: String) -> (matches: [Match], scalarCount: Int) {
        if trie.isEmpty { return ([], analysis.unicodeScalars.count) }
        var units: [Unit] = []
        units.reserveCapacity(analysis.utf8.count)
        var offset: Int32 = 0
        var inSpace = false
        for scalar in analysis.unicodeScalars {
            let folded = folding.fold(scalar)
            if folded.flags.contains(.space) {
                if !inSpace { units.append(Unit(key: 0x20, scalar: scalar, start: offset, flags: .space)) }
                inSpace = true
            } else {
                units.append(Unit(key: folded.key, scalar: scalar, start: offset, flags: folded.flags))
                inSpace = false
            }
            offset += 1
        }
        return (units.withUnsafeBufferPointer(scan), Int(offset))
    }

    private func scan(_ units: UnsafeBufferPointer<Unit>) -> [Match] {
        var found: [Match] = []
        var sawWord = false
        var index = 0
        while index < units.count {
            let startsWord = index == 0 || !units[index - 1].flags.contains(.word)
                || !units[index].flags.contains(.word)
            if startsWord, let (term, end) = longestMatch(units, from: index) {
                let first = units[index]
                found.append(Match(term: term,
                                   range: Int(first.start)..<Int(units[end - 1].start) + 1,
                                   opensSentence: !sawWord && first.flags.contains(.uppercase)))
                for unit in units[index..<end] where unit.flags.contains(.word) { sawWord = true }
                index = end
            } else {
                if units[index].flags.contains(.word) { sawWord = true }
                index += 1
            }
        }
        return found
    }

    /// The best term starting at unit `start` and the unit just after it, preferring the longest.
    private func longestMatch(_ units: UnsafeBufferPointer<Unit>, from start: Int) -> (Int, Int)? {
        var node = GlossaryTrie.root
        var best: (Int, Int)?
        var index = start
        let keys = trie.keys
        while index < units.count, let child = trie.child(of: node, key: units[index].key) {
            // The edge's first key matched; the rest of its label must follow in the text.
            let edge = trie.edge(of: child)
            index += 1
            for position in edge.dropFirst() {
                guard index < units.count, units[index].key == keys[position] else { return best }
                index += 1
            }
            node = child
            let endsWord = index == units.count || !units[index].flags.contains(.word)
                || !units[index - 1].flags.contains(.word)
            if endsWord, let term = bestTerm(at: node, units, from: start) { best = (term, index) }
        }
        return best
    }

    /// Among the terms ending at `node`, the highest-priority one whose rules accept the text; among equals, the
    /// one matching the most scalars exactly (`Premier ministre` over `premier ministre` for "Premier ministre").
    private func bestTerm(at node: Int32, _ units: UnsafeBufferPointer<Unit>, from start: Int) -> Int? {
        var best: Int?
        var bestPriority = Int.min
        var bestExact = -1
        for term in trie.terms(at: node) {
            let term = Int(term)
            if best != nil && priorities[term] < bestPriority { break }
            guard let exact = exactScalars(term: term, units, from: start), exact > bestExact else { continue }
            best = term
            bestPriority = priorities[term]
            bestExact = exact
        }
        return best
    }

    /// How many of the term's scalars the text repeats exactly, or nil when a case or accent rule fails.
    private func exactScalars(term: Int, _ units: UnsafeBufferPointer<Unit>, from start: Int) -> Int? {
        var exact = 0
        var unit = start
        for position in Int(termOffsets[term])..<Int(termOffsets[term + 1]) {
            let wanted = termScalars[position]
            let text = units[unit]
            unit += 1
            if text.scalar == wanted {
                exact += 1
                continue
            }
            switch termRules[position] {
            case .any: continue
            case .lowercase, .uppercase: if !text.flags.contains(.uppercase) { return nil }
            }
        }
        return exact
    }
}
