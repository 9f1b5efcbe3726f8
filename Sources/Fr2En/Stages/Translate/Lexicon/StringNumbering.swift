// Licensed under the Apache License, Version 2.0.

/// Dense numbers (0, 1, 2, …) for a set of strings, found by their UTF-8 bytes.
///
/// A look-up hashes the bytes eight at a time (`TSVTable.hash`) and compares bytes: no `Hasher` and no Unicode
/// normalisation, which `Set<String>` and `Dictionary` pay on every look-up of an accented word. Strings that are
/// canonically equivalent but spelt with other code points are different keys here; the translator's text and
/// lexicons are both NFC, so they meet.
struct StringNumbering: Sendable {
    /// The strings' bytes, one after the other.
    private var bytes: [UInt8] = []
    /// Where each string ends in `bytes` (it starts where the one before ends).
    private var ends: [Int32] = []
    /// Hash slots: the hash in the high 32 bits and the number in the low 32, `emptySlot` when free.
    private var slots = [UInt64](repeating: StringNumbering.emptySlot, count: 16)

    private static let emptySlot = UInt64.max

    init() {}

    init(_ strings: some Sequence<String>) {
        for string in strings { insert(string) }
    }

    /// How many strings are numbered.
    var count: Int { ends.count }

    /// The number of `string`, giving it the next one when it has none. - Returns: the number.
    @discardableResult
    mutating func insert(_ string: String) -> Int {
        var string = string
        return string.withUTF8 { insert(utf8: $0) }
    }

    /// The number of the string with these UTF-8 bytes, giving it the next one when it has none.
    @discardableResult
    mutating func insert(utf8 key: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = TSVTable.hash(key)
        var slot = Int(hash) & (slots.count - 1)
        while slots[slot] != Self.emptySlot {
            if let found = match(slots[slot], hash: hash, key: key) { return found }
            slot = (slot + 1) & (slots.count - 1)
        }
        let number = ends.count
        bytes.append(contentsOf: key)
        ends.append(Int32(bytes.count))
        slots[slot] = UInt64(hash) << 32 | UInt64(number)
        if ends.count * 2 > slots.count { grow() }
        return number
    }

    /// The number of `string`, or nil when it is not in the set.
    func number(of string: String) -> Int? {
        var string = string
        return string.withUTF8 { number(of: $0) }
    }

    /// The number of the string with these UTF-8 bytes, or nil.
    func number(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = TSVTable.hash(key)
        var slot = Int(hash) & (slots.count - 1)
        while slots[slot] != Self.emptySlot {
            if let found = match(slots[slot], hash: hash, key: key) { return found }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    /// Whether `string` is in the set.
    func contains(_ string: String) -> Bool { number(of: string) != nil }

    /// The number in a slot when the slot holds `key`.
    @inline(__always)
    private func match(_ entry: UInt64, hash: UInt32, key: UnsafeBufferPointer<UInt8>) -> Int? {
        guard UInt32(truncatingIfNeeded: entry >> 32) == hash else { return nil }
        let number = Int(UInt32(truncatingIfNeeded: entry))
        let start = number == 0 ? 0 : Int(ends[number - 1])
        let end = Int(ends[number])
        return bytes.withUnsafeBufferPointer { stored in
            key.hasSameBytes(as: UnsafeBufferPointer(rebasing: stored[start..<end])) ? number : nil
        }
    }

    /// Doubles the slots, keeping the table at most half full.
    private mutating func grow() {
        var grown = [UInt64](repeating: Self.emptySlot, count: slots.count * 2)
        let mask = grown.count - 1
        for entry in slots where entry != Self.emptySlot {
            var slot = Int(UInt32(truncatingIfNeeded: entry >> 32)) & mask
            while grown[slot] != Self.emptySlot { slot = (slot + 1) & mask }
            grown[slot] = entry
        }
        slots = grown
    }
}
