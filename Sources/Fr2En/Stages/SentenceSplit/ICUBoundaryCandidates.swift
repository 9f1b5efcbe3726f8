// Licensed under the Apache License, Version 2.0.

/// The places where ICU's sentence rules can end a sentence in a paragraph whose only terminators are `.` `?` `!` and
/// which holds no paragraph separator (see `TerminatorScan.hasRareBreak`): a superset of ICU's boundaries, found
/// without running ICU.
///
/// Under the Unicode sentence rules (UAX #29, which ICU implements), such text can only break at the end of a
/// *terminator cluster*: a terminator, then closing marks and further terminators, then spaces, and again from a
/// terminator after the spaces (SB8a, SB9, SB10, SB11), with Extend and Format scalars belonging to the scalar before
/// them (SB5). Two of ICU's no-break rules are applied too, because they are frequent: a cluster followed by a
/// SContinue scalar (`etc.,`, `?:`; SB8a) and a lone `.` directly followed by a digit (`3.5`; SB6) end nothing.
/// ICU's `ss=standard` exceptions only remove boundaries, so they need no look here.
///
/// The repair pass asks ICU (`LazyICUBoundaries`) only about these places, and only when its decision depends on
/// ICU's verdict; whenever ICU does run, its boundaries are checked against this set.
struct ICUBoundaryCandidates {
    let classes: SentenceBreakClasses

    /// Byte offsets of the candidate boundaries of `s`, ascending; the end of the text is left out (it always ends a
    /// sentence).
    /// - Parameter terminators: the paragraph's `TerminatorScan` positions.
    func offsets(in s: UTF8Scalars, terminators: [Int]) -> [Int] {
        var result: [Int] = []
        let n = s.count
        var clusterEnd = 0
        for i in terminators where i >= clusterEnd {
            let c = s[byte: i]
            guard c == 0x2E || c == 0x3F || c == 0x21 else { continue }
            var lastTerminator = i
            var k = i + 1
            var closedOrSpaced = false
            var spaced = false
            cluster: while k < n {
                switch classes.of(s.scalar(at: k)) {
                case .terminator:
                    lastTerminator = k
                    closedOrSpaced = false
                    spaced = false
                    k = s.index(after: k)
                case .close:
                    // A closing mark after spaces is not part of the cluster (SB11 breaks before it).
                    if spaced { break cluster }
                    closedOrSpaced = true
                    k = s.index(after: k)
                case .space:
                    closedOrSpaced = true
                    spaced = true
                    k = s.index(after: k)
                case .ignored:
                    k = s.index(after: k)
                default:
                    break cluster
                }
            }
            if k < n {
                let following = classes.of(s.scalar(at: k))
                let continues = following == .continuation
                let decimal = following == .numeric && !closedOrSpaced && s[byte: lastTerminator] == 0x2E
                if !continues && !decimal { result.append(k) }
            }
            clusterEnd = k
        }
        return result
    }
}
