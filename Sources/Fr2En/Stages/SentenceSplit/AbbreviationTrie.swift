// Licensed under the Apache License, Version 2.0.

/// The spellings of an `AbbreviationList` in a trie read backwards, from an abbreviation's last scalar to its
/// first, so that the splitter can match the UTF-8 just before a period without building strings.
///
/// A space in a spelling matches any run of whitespace in the text. A match must begin at a token start (the text's
/// start, or after whitespace, an opening mark other than a hyphen, an apostrophe or a closing mark); the longest
/// match wins.
struct AbbreviationTrie: Sendable, Hashable {
    /// Node `i`'s outgoing edges are `edges[edgeStart[i]..<edgeStart[i + 1]]`, sorted by scalar.
    private var edgeStart: [Int32] = []
    private var edgeScalar: [UInt32] = []
    private var edgeTarget: [Int32] = []
    /// The kind of the spelling ending at node `i`, if any.
    private var kinds: [AbbreviationList.Kind?] = []

    /// Builds the trie from spellings (tokens separated by single spaces) and their kinds.
    init(_ spellings: [String: AbbreviationList.Kind]) {
        // Build with per-node dictionaries, then flatten into sorted edge arrays.
        var children: [[UInt32: Int]] = [[:]]
        var nodeKinds: [AbbreviationList.Kind?] = [nil]
        for (spelling, kind) in spellings.sorted(by: { $0.key < $1.key }) {
            var node = 0
            for scalar in spelling.unicodeScalars.reversed() {
                if let next = children[node][scalar.value] {
                    node = next
                } else {
                    children.append([:])
                    nodeKinds.append(nil)
                    children[node][scalar.value] = children.count - 1
                    node = children.count - 1
                }
            }
            nodeKinds[node] = kind
        }
        for node in children.indices {
            edgeStart.append(Int32(edgeScalar.count))
            for (scalar, target) in children[node].sorted(by: { $0.key < $1.key }) {
                edgeScalar.append(scalar)
                edgeTarget.append(Int32(target))
            }
        }
        edgeStart.append(Int32(edgeScalar.count))
        kinds = nodeKinds
    }

    /// The child of `node` along `scalar`, if any.
    @inline(__always)
    private func child(of node: Int, along scalar: UInt32) -> Int? {
        var k = Int(edgeStart[node])
        let end = Int(edgeStart[node + 1])
        while k < end {
            let edge = edgeScalar[k]
            if edge == scalar { return Int(edgeTarget[k]) }
            if edge > scalar { return nil }
            k += 1
        }
        return nil
    }

    /// The kind of the longest spelling whose last scalar starts at byte `end` of `text` and which begins at a
    /// token start.
    func longestMatch(in text: UTF8Scalars, endingAt end: Int) -> AbbreviationList.Kind? {
        typealias P = SentencePunctuation
        var node = 0
        var k = end
        var best: AbbreviationList.Kind? = nil
        while true {
            let c = text.scalar(at: k)
            if P.isSpace(c) {
                guard let next = child(of: node, along: 0x20) else { break }
                node = next
                while k > 0 && P.isSpace(text.scalar(before: k)) { k = text.index(before: k) }
            } else {
                guard let next = child(of: node, along: c) else { break }
                node = next
            }
            if k == 0 {
                if let kind = kinds[node] { best = kind }
                break
            }
            k = text.index(before: k)
            if let kind = kinds[node], Self.isTokenDelimiter(text.scalar(at: k)) { best = kind }
        }
        return best
    }

    /// Scalars after which a token starts (see `SentenceBoundaryRepair`'s token rules).
    @inline(__always)
    static func isTokenDelimiter(_ c: UInt32) -> Bool {
        typealias P = SentencePunctuation
        return P.isSpace(c) || c == P.apostrophe || c == P.typographicApostrophe || P.isAlwaysCloser(c)
            || (P.isOpener(c) && c != P.hyphen)
    }
}
