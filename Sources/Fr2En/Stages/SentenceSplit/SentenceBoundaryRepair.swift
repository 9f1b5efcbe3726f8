// Licensed under the Apache License, Version 2.0.

/// fr2en's repair pass over ICU's French sentence boundaries: decides, for every place a sentence could end, whether
/// it does.
///
/// Input: a paragraph's analysis text as UTF-8, where its terminators stand, and the byte offsets where ICU
/// (`fr@ss=standard`) may start a new sentence, with a way to ask whether it does (`LazyICUBoundaries`: asked only
/// when a decision depends on it). Output: the sentences' byte ranges, whitespace trimmed.
///
/// Candidates are ICU's boundaries plus every `.`, `…`, `?` and `!` followed by whitespace or a closing mark: ICU
/// treats `…` as an ordinary character, never breaks before a dash (`? — Non`), and silently keeps some
/// abbreviations together (`sept.`, `éd.`). A candidate's boundary is moved past whitespace and closing marks (`»`,
/// `”`, `)`, `]`, and a `"` that closes, see `isCloser`): ICU breaks *before* a closing `»` preceded by a space, as
/// French typography writes it. Then, in order:
/// 1. nothing but the paragraph's end follows → no break;
/// 2. the next word starts with a lowercase letter (opening marks skipped), or a comma, semicolon or colon
///    follows → no break: `« Non ! » dit-il`, `« Quelle chance ! », dit-elle`, `des pommes, etc. et des poires`;
/// 3. nothing separates the terminator from what follows, and that is a capital letter or the token is a URL or an
///    e-mail address (`://`, `www.`, `@`) → no break: `exemple.fr/?Q=1`, the mis-encoded apostrophe of `d?Etat`;
/// 4. `?`, `!` and their runs (`?!`, `!!!`) → break when ICU does or an uppercase word follows (a dialogue dash
///    skipped: `Vous venez ? — Non.`);
/// 5. an ellipsis (`…` or `...`) → break only before an uppercase word, and never when it is an elision marker
///    in parentheses or brackets (`(...)`, `[…]`);
/// 6. a single `.` ending a token of the abbreviation list → never (`never-final`: `M.`, `cf.`, `p. ex.`), or only
///    before an uppercase word that is neither a roman numeral nor a capital initial (`may-end`: `etc.`, `janv.`;
///    `vol. III` and `art. L. 121` stay together);
/// 7. a `.` after an initial (`G.`, `J.-P.`) before an uppercase word or a number → no break
///    (`Charles de G. Dupont`, `art. L. 212-4`);
/// 8. a `.` after an enumerator that is the whole sentence so far (`1.`, `2.3.`, `IV.`, `a.`) → no break;
/// 9. any other `.` → break before an uppercase word or a number, else ICU's decision (numbers such as
///    `1.000.000` or `2.0.1` never reach here: no whitespace follows their periods).
///
/// Finally a piece with no letter or digit (a stray `»` or `(...)`) joins the sentence before it (or after it,
/// when it opens the paragraph).
///
/// Rule 9 overrides ICU on purpose. ICU 72's `ss=standard` suppressions match as *suffixes*, without a word
/// boundary: its French entries `aux.`, `mer.`, `anc.`, `jeu.`, `dit.` also swallow the sentence ends of
/// `travaux.`, `fermer.`, `blanc.`, `enjeu.`, `crédit.` (`Les travaux. Les…` came back as one sentence). So ICU's
/// suppressions only keep a period before a lowercase word or punctuation, which ICU's rules alone would not break
/// anyway; before a capital or a number, `Lexicons/fr.abbreviations.txt` and rules 7 and 8 decide.
///
/// - Complexity: linear in the paragraph: one scan of its bytes for terminators (eight bytes at a time), and around
///   each candidate scans bounded by the whitespace and marks there, one token, or the abbreviation list's longest
///   entry.
struct SentenceBoundaryRepair {
    typealias P = SentencePunctuation

    let abbreviations: AbbreviationList
    /// Tokens longer than this (in scalars) are never initials or enumerators.
    private let maxTokenScalars = 16

    init(abbreviations: AbbreviationList) {
        self.abbreviations = abbreviations
    }

    /// The sentences of `text` as whitespace-trimmed byte ranges.
    /// - Parameters:
    ///   - icuCandidates: byte offsets where ICU may start a sentence, ascending: ICU's boundaries, or a superset
    ///     of them (`ICUBoundaryCandidates`).
    ///   - icu: which of them ICU really starts a sentence at, asked only when a decision depends on it.
    ///   - terminators: the paragraph's `TerminatorScan` positions.
    func sentenceRanges(_ text: UTF8Scalars, terminators: [Int], icuCandidates: [Int], icu: LazyICUBoundaries)
        -> [Range<Int>]
    {
        Pass(text: text, repair: self, icu: icu).run(terminators: terminators, icuCandidates: icuCandidates)
    }

    /// The sentences of `text` as whitespace-trimmed byte ranges, given ICU's boundaries.
    func sentenceRanges(_ text: UTF8Scalars, terminators: [Int], icuStarts: [Int]) -> [Range<Int>] {
        sentenceRanges(text, terminators: terminators, icuCandidates: icuStarts, icu: LazyICUBoundaries(known: icuStarts))
    }

    /// Whether a candidate ends a sentence.
    enum Decision {
        case breaks
        case holds
        /// Where ICU breaks.
        case followsICU

        init(_ breaks: Bool) { self = breaks ? .breaks : .holds }
    }

    /// The state of one run over one paragraph. Indices are byte offsets of scalar starts.
    private final class Pass {
        let s: UTF8Scalars
        let n: Int
        let repair: SentenceBoundaryRepair
        let icu: LazyICUBoundaries
        /// Starts of the 2nd, 3rd… sentences, ascending.
        var starts: [Int] = []
        var sentenceStart = 0
        /// The candidate being decided: where the next sentence would start, whether the pass's own scan proposed
        /// it, and the ICU candidates that lead to the same place.
        var pendingNext = -1
        var pendingIsOwn = false
        var pendingICU: [Int] = []
        /// The last token checked for a web address: its range and verdict.
        var webToken: (range: Range<Int>, isAddress: Bool) = (0..<0, false)
        /// Byte offsets of the paragraph's `"`, found the first time a `"` between spaces needs its parity.
        var straightQuotes: [Int]? = nil

        init(text: UTF8Scalars, repair: SentenceBoundaryRepair, icu: LazyICUBoundaries) {
            self.s = text
            self.n = text.count
            self.repair = repair
            self.icu = icu
        }

        func run(terminators: [Int], icuCandidates icuStarts: [Int]) -> [Range<Int>] {
            sentenceStart = skipSpaces(from: 0)
            var icu = 0
            for i in terminators {
                let c = s.scalar(at: i)
                let end = s.index(after: i)
                if c == P.period || c == P.ellipsis || P.isStrongTerminator(c),
                   end < n && (P.isSpace(s.scalar(at: end)) || isCloser(at: end))
                {
                    while icu < icuStarts.count && icuEnd(icuStarts[icu]) <= end {
                        consider(next: next(after: icuEnd(icuStarts[icu])), icuCandidate: icuStarts[icu])
                        icu += 1
                    }
                    consider(next: next(after: end), icuCandidate: nil)
                }
            }
            while icu < icuStarts.count {
                consider(next: next(after: icuEnd(icuStarts[icu])), icuCandidate: icuStarts[icu])
                icu += 1
            }
            flush()
            return ranges()
        }

        // MARK: Candidates

        /// Where the text before an ICU boundary ends (its trailing whitespace dropped).
        func icuEnd(_ boundary: Int) -> Int {
            var end = min(boundary, n)
            while end > 0 {
                let previous = s.index(before: end)
                guard P.isSpace(s.scalar(at: previous)) else { break }
                end = previous
            }
            return end
        }

        /// The start of the next sentence for a candidate ending at `end`: past whitespace and closing marks.
        func next(after end: Int) -> Int {
            var k = end
            while k < n && (P.isSpace(s.scalar(at: k)) || isCloser(at: k)) { k = s.index(after: k) }
            return k
        }

        /// Candidates arrive with non-decreasing `next`; equal ones are one decision.
        /// - Parameter icuCandidate: the ICU candidate boundary proposing it, or nil for the pass's own scan.
        func consider(next: Int, icuCandidate: Int?) {
            if next != pendingNext {
                flush()
                pendingNext = next
                pendingIsOwn = false
                pendingICU.removeAll(keepingCapacity: true)
            }
            if let icuCandidate { pendingICU.append(icuCandidate) } else { pendingIsOwn = true }
        }

        func flush() {
            guard pendingNext > sentenceStart else { return }
            let breaks: Bool
            switch decision(at: pendingNext) {
            case .holds: breaks = false
            // A place only ICU proposed counts only where ICU really breaks.
            case .breaks: breaks = pendingIsOwn || icu.containsAny(of: pendingICU)
            case .followsICU: breaks = icu.containsAny(of: pendingICU)
            }
            if breaks {
                starts.append(pendingNext)
                sentenceStart = pendingNext
            }
            pendingNext = -1
        }

        // MARK: Decision

        func decision(at next: Int) -> Decision {
            guard next < n else { return .holds }
            // `end`: just after the sentence's last scalar that is neither whitespace nor a closing mark.
            var end = next
            while end > sentenceStart {
                let previous = s.index(before: end)
                guard P.isSpace(s.scalar(at: previous)) || isCloser(at: previous) else { break }
                end = previous
            }
            guard end > sentenceStart else { return .holds }
            let j = s.index(before: end)
            let onset = onset(from: next)
            if onset == .lowercase || onset == .continuation { return .holds }
            if end == next {
                // Nothing between the terminator and the next word: a URL, or `d?Etat` (a mis-encoded apostrophe).
                if P.isUppercase(s.scalar(at: next)) || isWebAddress(around: next) { return .holds }
            }
            switch terminator(at: j) {
            case .strong:
                return onset == .uppercase ? .breaks : .followsICU
            case .ellipsis:
                return Decision(onset == .uppercase && !isElisionMarker(endingAt: j))
            case .other:
                return .followsICU
            case .period:
                if let kind = repair.abbreviations.kind(in: s, endingAt: j) {
                    return Decision(kind == .mayEnd && onset == .uppercase && !startsWithReference(from: next))
                }
                let start = tokenStart(endingAt: j)
                if (onset == .uppercase || onset == .digit) && isInitial(start, j) { return .holds }
                if isEnumerator(start, j) { return .holds }
                return onset == .uppercase || onset == .digit ? .breaks : .followsICU
            }
        }

        func terminator(at j: Int) -> P.Terminator {
            let c = s.scalar(at: j)
            if c == P.ellipsis { return .ellipsis }
            if c == P.period { return j > 0 && s[byte: j - 1] == 0x2E ? .ellipsis : .period }
            return P.isStrongTerminator(c) ? .strong : .other
        }

        /// How the first word at or after `next` starts, opening marks and whitespace skipped.
        func onset(from next: Int) -> P.Onset {
            var k = next
            while k < n {
                let c = s.scalar(at: k)
                guard P.isSpace(c) || P.isOpener(c) else { return P.onset(c) }
                k = s.index(after: k)
            }
            return .end
        }

        /// True when the word at or after `next` is a roman numeral (`vol. III`) or a capital initial
        /// (`art. L. 121-1`): a reference continuing the abbreviation before it, not a new sentence.
        func startsWithReference(from next: Int) -> Bool {
            var k = next
            while k < n && (P.isSpace(s.scalar(at: k)) || P.isOpener(s.scalar(at: k))) { k = s.index(after: k) }
            var end = k
            var length = 0
            var allRoman = true
            while end < n && length <= 5 {
                let c = s.scalar(at: end)
                guard P.isAlphanumeric(c) else { break }
                allRoman = allRoman && Self.isRomanNumeral(c)
                length += 1
                end = s.index(after: end)
            }
            if length == 1 && end < n && s[byte: end] == 0x2E { return true }
            return length >= 1 && length <= 5 && allRoman
        }

        /// Closing marks. A `"` opens when a letter or digit follows it, closes when anything but whitespace
        /// precedes it, and between whitespace (`" Non ! "`) closes when an odd number of `"` precede it.
        func isCloser(at k: Int) -> Bool {
            let c = s.scalar(at: k)
            guard c == P.doubleQuote else { return P.isAlwaysCloser(c) }
            if k + 1 < n && P.isAlphanumeric(s.scalar(at: k + 1)) { return false }
            if k > 0 && !P.isSpace(s.scalar(before: k)) { return true }
            return quotesBefore(k) % 2 == 1
        }

        /// How many `"` precede byte `k` in the paragraph.
        func quotesBefore(_ k: Int) -> Int {
            if straightQuotes == nil {
                var positions: [Int] = []
                var i = s.firstIndex(ofEither: 0x22, 0x22, from: 0)
                while i < n {
                    positions.append(i)
                    i = s.firstIndex(ofEither: 0x22, 0x22, from: i + 1)
                }
                straightQuotes = positions
            }
            let positions = straightQuotes!
            var low = 0, high = positions.count
            while low < high {
                let middle = (low + high) / 2
                if positions[middle] < k { low = middle + 1 } else { high = middle }
            }
            return low
        }

        /// `(...)`, `[…]`: an ellipsis standing for omitted text.
        func isElisionMarker(endingAt j: Int) -> Bool {
            var first = j
            if s[byte: j] == 0x2E { while first > 0 && s[byte: first - 1] == 0x2E { first -= 1 } }
            let after = s.index(after: j)
            guard first > 0, after < n else { return false }
            let before = s[byte: first - 1], closing = s[byte: after]
            return (before == 0x28 && closing == 0x29) || (before == 0x5B && closing == 0x5D)
        }

        /// True when the whitespace-free token around `k` is a URL or an e-mail address.
        func isWebAddress(around k: Int) -> Bool {
            if webToken.range.contains(k) { return webToken.isAddress }
            var start = k, end = k
            while start > 0 && !P.isSpace(s.scalar(before: start)) { start = s.index(before: start) }
            while end < n && !P.isSpace(s.scalar(at: end)) { end = s.index(after: end) }
            var isAddress = false
            var sawAt = false
            var i = start
            // Every marker is ASCII, so bytes can be tested directly.
            while i < end && !isAddress {
                let c = s[byte: i]
                if c == 0x3A, i + 2 < end, s[byte: i + 1] == 0x2F, s[byte: i + 2] == 0x2F {
                    isAddress = true  // "://"
                } else if c == 0x40 {
                    sawAt = i > start
                } else if sawAt, c == 0x2E, i + 1 < end, P.isAlphanumeric(s.scalar(at: i + 1)) {
                    isAddress = true  // "name@host.tld"
                } else if c | 0x20 == 0x77, i + 3 < end, s[byte: i + 1] | 0x20 == 0x77, s[byte: i + 2] | 0x20 == 0x77,
                    s[byte: i + 3] == 0x2E, i == start || !P.isAlphanumeric(s.scalar(before: i))
                {
                    isAddress = true  // "www."
                }
                i += 1
            }
            webToken = (start..<end, isAddress)
            return isAddress
        }

        // MARK: Tokens before a period

        /// The first scalar of the token ending at `j`: after whitespace, an opening mark (a hyphen excepted,
        /// for `J.-P.` and `c.-à-d.`), an apostrophe (`l'A.`) or a closing mark. At most `maxTokenScalars` back.
        func tokenStart(endingAt j: Int) -> Int {
            var k = j
            var length = 0
            while k > 0 && length < repair.maxTokenScalars {
                let previous = s.index(before: k)
                guard !AbbreviationTrie.isTokenDelimiter(s.scalar(at: previous)) else { break }
                k = previous
                length += 1
            }
            return k
        }

        /// `G.`, `J.-P.`: capital letters each followed by a period, joined by hyphens.
        func isInitial(_ start: Int, _ end: Int) -> Bool {
            var k = start
            while k < end {
                guard P.isUppercase(s.scalar(at: k)) else { return false }
                let dot = s.index(after: k)
                guard dot <= end, s[byte: dot] == 0x2E else { return false }
                if dot == end { return true }
                guard dot + 1 < end, s[byte: dot + 1] == 0x2D else { return false }
                k = dot + 2
            }
            return false
        }

        /// `1.`, `2.3.`, `IV.`, `a.` standing alone at the start of the sentence (`end` is the final period).
        func isEnumerator(_ start: Int, _ end: Int) -> Bool {
            var k = sentenceStart
            while k < start && P.isOpener(s.scalar(at: k)) { k = s.index(after: k) }
            guard k == start, end > start else { return false }
            let body = start..<end
            if body.allSatisfy({ s[byte: $0] == 0x2E || (s[byte: $0] >= 0x30 && s[byte: $0] <= 0x39) }) {
                return s[byte: start] != 0x2E
            }
            if s.index(after: start) == end {
                let c = s.scalar(at: start)
                return P.isUppercase(c) || P.isLowercase(c)
            }
            return body.count <= 7 && body.allSatisfy { Self.isRomanNumeral(UInt32(s[byte: $0])) }
        }

        /// I V X L C D M.
        static func isRomanNumeral(_ c: UInt32) -> Bool {
            switch c {
            case 0x49, 0x56, 0x58, 0x4C, 0x43, 0x44, 0x4D: return true
            default: return false
            }
        }

        // MARK: Output

        func skipSpaces(from k: Int) -> Int {
            var k = k
            while k < n && P.isSpace(s.scalar(at: k)) { k = s.index(after: k) }
            return k
        }

        /// `end` moved back over trailing whitespace, not before `start`.
        func trimmedEnd(_ end: Int, from start: Int) -> Int {
            var end = end
            while end > start {
                let previous = s.index(before: end)
                guard P.isSpace(s.scalar(at: previous)) else { break }
                end = previous
            }
            return end
        }

        func hasWord(_ range: Range<Int>) -> Bool {
            var k = range.lowerBound
            while k < range.upperBound {
                if P.isAlphanumeric(s.scalar(at: k)) { return true }
                k = s.index(after: k)
            }
            return false
        }

        /// Trimmed ranges between the kept starts; pieces without a letter or digit join a neighbour.
        func ranges() -> [Range<Int>] {
            var result: [Range<Int>] = []
            result.reserveCapacity(starts.count + 1)
            var pieceStart = skipSpaces(from: 0)
            var carried: Int? = nil  // the start of a leading piece without letters, joined to the next one
            for index in 0...starts.count {
                let limit = index < starts.count ? starts[index] : n
                let end = trimmedEnd(limit, from: pieceStart)
                if end > pieceStart {
                    if hasWord(pieceStart..<end) {
                        result.append((carried ?? pieceStart)..<end)
                        carried = nil
                    } else if let last = result.last {
                        result[result.count - 1] = last.lowerBound..<end
                    } else if carried == nil {
                        carried = pieceStart
                    }
                }
                pieceStart = limit
            }
            if let carried {
                // No piece has a word: the paragraph is one "sentence" of punctuation.
                result.append(carried..<trimmedEnd(n, from: carried))
            }
            return result
        }
    }
}
