// Licensed under the Apache License, Version 2.0.

/// PageRank over a weighted sentence graph, as TextRank (Mihalcea & Tarau 2004) ranks sentences.
public enum TextRank {
    /// Stationary scores of the random walk over `weights` (row-major `count × count`, symmetric, zero diagonal).
    ///
    /// Each row is normalised to sum to 1; a sentence with no edge jumps uniformly. Iterates
    /// `s ← (1 − d)/n + d · Wᵀs` until the largest change is below 1e-6 or after `iterations` rounds.
    /// - Complexity: O(iterations · count²).
    public static func scores(weights: [Double], count: Int, damping: Double, iterations: Int) -> [Double] {
        guard count > 0 else { return [] }
        precondition(weights.count == count * count)
        var rowSums = [Double](repeating: 0, count: count)
        for i in 0..<count {
            var sum = 0.0
            for j in 0..<count { sum += weights[i * count + j] }
            rowSums[i] = sum
        }
        let uniform = 1 / Double(count)
        var scores = [Double](repeating: uniform, count: count)
        var next = scores
        for _ in 0..<max(iterations, 1) {
            var dangling = 0.0
            for i in 0..<count where rowSums[i] == 0 { dangling += scores[i] }
            for j in 0..<count { next[j] = (1 - damping) * uniform + damping * dangling * uniform }
            for i in 0..<count where rowSums[i] > 0 {
                let share = damping * scores[i] / rowSums[i]
                let row = i * count
                for j in 0..<count { next[j] += share * weights[row + j] }
            }
            var change = 0.0
            for j in 0..<count { change = max(change, abs(next[j] - scores[j])) }
            swap(&scores, &next)
            if change < 1e-6 { break }
        }
        return scores
    }
}
