// Licensed under the Apache License, Version 2.0.

/// ICU's sentence boundaries in one paragraph, computed the first time the repair pass needs ICU's verdict.
///
/// Most of the repair pass's decisions do not depend on ICU (a period before a capital ends a sentence unless an
/// abbreviation or an initial precedes it, whatever ICU says), so on ordinary text ICU never runs. When it does, its
/// boundaries must all be among the candidates the pass was given (`ICUBoundaryCandidates`); if one is not,
/// `missedBoundary` is set and the caller runs the pass again with ICU's boundaries as the candidates.
final class LazyICUBoundaries {
    private let compute: () throws -> [Int]
    private let candidates: [Int]
    /// ICU's boundaries, once computed.
    private(set) var boundaries: [Int]?
    /// The error ICU reported, if it failed; the pass then treated every candidate as a non-boundary.
    private(set) var error: (any Error)?
    /// True when ICU ended a sentence somewhere the candidates did not include.
    private(set) var missedBoundary = false

    /// Boundaries already known: every candidate is one.
    init(known: [Int]) {
        self.compute = { known }
        self.candidates = known
        self.boundaries = known
    }

    /// - Parameters:
    ///   - candidates: the byte offsets the pass may ask about, ascending.
    ///   - compute: ICU's boundaries, ascending byte offsets.
    init(candidates: [Int], compute: @escaping () throws -> [Int]) {
        self.compute = compute
        self.candidates = candidates
    }

    /// True when ICU ends a sentence at one of `offsets`.
    func containsAny(of offsets: [Int]) -> Bool {
        let boundaries = self.boundaries ?? load()
        return offsets.contains { Self.sortedContains(boundaries, $0) }
    }

    private func load() -> [Int] {
        do {
            let found = try compute()
            missedBoundary = found.dropLast().contains { !Self.sortedContains(candidates, $0) }
            boundaries = found
            return found
        } catch {
            self.error = error
            boundaries = []
            return []
        }
    }

    private static func sortedContains(_ array: [Int], _ value: Int) -> Bool {
        var low = 0, high = array.count
        while low < high {
            let middle = (low + high) / 2
            if array[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < array.count && array[low] == value
    }
}
