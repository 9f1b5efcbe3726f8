// Licensed under the Apache License, Version 2.0.

/// A read-only compressed trie (radix tree) over folded term keys, stored in flat arrays.
///
/// Each edge is labelled with a run of keys; a chain of single children collapses into one edge, so a glossary of
/// n terms has fewer than 2n nodes however long its terms are. Labels are not copied: an edge points into the flat
/// key buffer of one of the terms below it. Nodes are numbered breadth-first, so the children of a node are
/// consecutive and sorted by the first key of their edge. Each node carries the terms whose key ends there (terms
/// that differ only in case or accents share a key), in the order they should be tried.
///
/// The trie is built from the keys in sorted order, with a stack holding the path of the previous key (the
/// classic construction of a compressed trie from sorted strings and their longest common prefixes).
///
/// - Complexity: building is O(n log n) key comparisons plus O(total key length); finding a child is
///   O(log children).
struct GlossaryTrie: Sendable {
    /// The root node.
    static let root: Int32 = 0

    /// The flat key buffer edges point into.
    let keys: [UInt32]
    /// First key of the edge leading to each node (unused for the root), for the child search.
    private let firstKey: [UInt32]
    /// The edge leading to node `n` is `keys[edgeStart[n]..<edgeEnd[n]]`.
    private let edgeStart: [Int32]
    private let edgeEnd: [Int32]
    /// Children of node `n`: nodes `firstChild[n]..<firstChild[n] + childCount[n]`.
    private let firstChild: [Int32]
    private let childCount: [Int32]
    /// `terms[termStart[n]..<termStart[n + 1]]` are the term indices ending at node `n`.
    private let termStart: [Int32]
    private let terms: [Int32]

    /// Builds the trie.
    /// - Parameters:
    ///   - keys: the folded keys of all terms, one after the other.
    ///   - offsets: term `t` has key `keys[offsets[t]..<offsets[t + 1]]`; terms with an empty key are left out.
    ///   - arrange: puts the terms ending at one node in the order they should be tried, dropping any that must
    ///     never be tried; called only for nodes where several terms end.
    /// - Throws: what `arrange` throws.
    init(keys: [UInt32], offsets: [Int32], arrange: (inout [Int32]) throws -> Void) rethrows {
        let termCount = offsets.count - 1

        // Sort the terms by key: first by a packed prefix of three keys, then by the rest.
        var order: [(prefix: UInt64, term: Int32)] = []
        order.reserveCapacity(termCount)
        keys.withUnsafeBufferPointer { keys in
            for term in 0..<termCount where offsets[term] < offsets[term + 1] {
                var prefix: UInt64 = 0
                for position in 0..<3 {
                    let index = Int(offsets[term]) + position
                    let key = index < Int(offsets[term + 1]) ? UInt64(keys[index]) + 1 : 0
                    prefix = prefix << 21 | key
                }
                order.append((prefix, Int32(term)))
            }
            order.sort { a, b in
                if a.prefix != b.prefix { return a.prefix < b.prefix }
                let (startA, endA) = (Int(offsets[Int(a.term)]) + 3, Int(offsets[Int(a.term) + 1]))
                let (startB, endB) = (Int(offsets[Int(b.term)]) + 3, Int(offsets[Int(b.term) + 1]))
                var (i, j) = (startA, startB)
                while i < endA && j < endB {
                    if keys[i] != keys[j] { return keys[i] < keys[j] }
                    i += 1
                    j += 1
                }
                return endA - startA < endB - startB || (endA - startA == endB - startB && a.term < b.term)
            }
        }

        // Build the linked tree: node depth, where its path's keys start, children (first/last/next), terms.
        var depth: [Int32] = [0], pathStart: [Int32] = [0]
        var first: [Int32] = [-1], last: [Int32] = [-1], next: [Int32] = [-1], previousSibling: [Int32] = [-1]
        var termHead: [Int32] = [-1]
        var termNext = [Int32](repeating: -1, count: termCount)
        let capacity = 2 * order.count + 1
        depth.reserveCapacity(capacity)
        pathStart.reserveCapacity(capacity)
        first.reserveCapacity(capacity)
        last.reserveCapacity(capacity)
        next.reserveCapacity(capacity)
        previousSibling.reserveCapacity(capacity)
        termHead.reserveCapacity(capacity)
        func newNode(depth nodeDepth: Int32, pathStart start: Int32) -> Int32 {
            depth.append(nodeDepth)
            pathStart.append(start)
            first.append(-1)
            last.append(-1)
            next.append(-1)
            previousSibling.append(-1)
            termHead.append(-1)
            return Int32(depth.count - 1)
        }
        func attach(_ child: Int32, to parent: Int32) {
            let before = last[Int(parent)]
            if before >= 0 { next[Int(before)] = child } else { first[Int(parent)] = child }
            previousSibling[Int(child)] = before
            last[Int(parent)] = child
        }
        var stack: [Int32] = [0]
        var previous: Int32 = -1
        for (_, term) in order {
            let start = Int(offsets[Int(term)]), length = Int(offsets[Int(term) + 1]) - start
            var common = 0
            if previous >= 0 {
                let previousStart = Int(offsets[Int(previous)])
                let limit = min(length, Int(offsets[Int(previous) + 1]) - previousStart)
                while common < limit && keys[start + common] == keys[previousStart + common] { common += 1 }
            }
            while depth[Int(stack[stack.count - 1])] > common {
                let popped = stack.removeLast()
                let parent = stack[stack.count - 1]
                if depth[Int(parent)] < common {
                    // The common prefix ends inside the popped node's edge: split the edge there. The popped node
                    // is the parent's last child (the path of the previous key).
                    let middle = newNode(depth: Int32(common), pathStart: pathStart[Int(popped)])
                    let before = previousSibling[Int(popped)]
                    if before >= 0 { next[Int(before)] = middle } else { first[Int(parent)] = middle }
                    previousSibling[Int(middle)] = before
                    last[Int(parent)] = middle
                    previousSibling[Int(popped)] = -1
                    first[Int(middle)] = popped
                    last[Int(middle)] = popped
                    stack.append(middle)
                }
            }
            var node = stack[stack.count - 1]
            if length > common {
                let leaf = newNode(depth: Int32(length), pathStart: Int32(start))
                attach(leaf, to: node)
                stack.append(leaf)
                node = leaf
            }
            termNext[Int(term)] = termHead[Int(node)]
            termHead[Int(node)] = term
            previous = term
        }

        // Renumber breadth-first so that siblings are contiguous (they are already sorted).
        let nodeCount = depth.count
        var bfs: [Int32] = [0]
        bfs.reserveCapacity(nodeCount)
        var firstKey = [UInt32](repeating: 0, count: nodeCount)
        var edgeStart = [Int32](repeating: 0, count: nodeCount)
        var edgeEnd = [Int32](repeating: 0, count: nodeCount)
        var firstChild = [Int32](repeating: 0, count: nodeCount)
        var childCount = [Int32](repeating: 0, count: nodeCount)
        var termStart: [Int32] = [0]
        termStart.reserveCapacity(nodeCount + 1)
        var terms: [Int32] = []
        terms.reserveCapacity(order.count)
        var nodeTerms: [Int32] = []
        var head = 0
        while head < bfs.count {
            let old = Int(bfs[head])
            firstChild[head] = Int32(bfs.count)
            var child = first[old]
            while child >= 0 {
                let index = bfs.count
                bfs.append(child)
                let start = pathStart[Int(child)] + depth[old]
                edgeStart[index] = start
                edgeEnd[index] = pathStart[Int(child)] + depth[Int(child)]
                firstKey[index] = keys[Int(start)]
                child = next[Int(child)]
            }
            childCount[head] = Int32(bfs.count) - firstChild[head]
            nodeTerms.removeAll(keepingCapacity: true)
            var term = termHead[old]
            while term >= 0 {
                nodeTerms.append(term)
                term = termNext[Int(term)]
            }
            if nodeTerms.count > 1 { try arrange(&nodeTerms) }
            terms.append(contentsOf: nodeTerms)
            termStart.append(Int32(terms.count))
            head += 1
        }
        self.keys = keys
        self.firstKey = firstKey
        self.edgeStart = edgeStart
        self.edgeEnd = edgeEnd
        self.firstChild = firstChild
        self.childCount = childCount
        self.termStart = termStart
        self.terms = terms
    }

    /// Whether the trie holds no term at all.
    var isEmpty: Bool { terms.isEmpty }

    /// The child of `node` whose edge starts with `key`, if any.
    @inline(__always)
    func child(of node: Int32, key: UInt32) -> Int32? {
        var low = Int(firstChild[Int(node)])
        var high = low + Int(childCount[Int(node)])
        while high - low > 8 {
            let middle = (low + high) / 2
            if firstKey[middle] < key { low = middle + 1 } else { high = middle + 1 }
        }
        while low < high {
            if firstKey[low] == key { return Int32(low) }
            if firstKey[low] > key { return nil }
            low += 1
        }
        return nil
    }

    /// Positions in `keys` of the label of the edge leading to `node`.
    @inline(__always)
    func edge(of node: Int32) -> Range<Int> {
        Int(edgeStart[Int(node)])..<Int(edgeEnd[Int(node)])
    }

    /// The terms ending at `node`, in the order they should be tried.
    @inline(__always)
    func terms(at node: Int32) -> ArraySlice<Int32> {
        terms[Int(termStart[Int(node)])..<Int(termStart[Int(node) + 1])]
    }
}
