// Licensed under the Apache License, Version 2.0.

/// A tab-separated lexicon file held as one byte buffer, indexed by its leading columns.
///
/// Loading makes no `String` per line: rows are field offsets into the file's bytes and the index is an
/// open-addressing hash table over the key bytes (the first `keyColumns` columns, tab included, which are
/// contiguous in the line). Rows sharing a key are chained in file order, so a ranked file keeps its ranking.
/// Empty lines and lines starting with `#` are skipped.
///
/// - Complexity: loading is O(bytes); a lookup hashes the key once and compares bytes only on hash hits.
struct TSVTable: Sendable {
    /// The file, for messages.
    let path: String
    /// Number of columns every row has (missing optional columns are empty).
    let columns: Int
    let bytes: [UInt8]
    /// `columns + 1` offsets per row: the start of each field, then the end of the line plus one.
    private let offsets: [Int32]
    /// 1-based line number of each row, for messages.
    private let lineNumbers: [Int32]
    /// Next row with the same key, or -1.
    private let next: [Int32]
    /// Hash slots: the key's hash in the high 32 bits and its first row in the low 32 (`emptySlot` when free),
    /// so that a probe touches one array.
    private let slots: [UInt64]
    private let mask: Int
    /// One bit per hash value modulo four times the slot count, set for the hashes of the keys: most keys that are
    /// absent are turned away by this small array (an eighth of `slots`, which stays in the cache) before `slots`.
    private let filter: [UInt64]

    /// Number of rows.
    var count: Int { lineNumbers.count }
    /// The fingerprint of the file's bytes, when it was loaded through a `LexiconIndexCache` (so that a lexicon
    /// built on the table can keep its own derived arrays in the cache under the same fingerprint).
    private(set) var content: ContentFingerprint?

    /// Loads and indexes a file.
    /// - Parameters:
    ///   - required: columns each line must have; lines may have up to `columns` (the rest are empty).
    ///   - keyColumns: how many leading columns form the lookup key (0: no index).
    /// - Throws: `LexiconFormatError` naming the file and line.
    init(path: String, columns: Int, required: Int? = nil, keyColumns: Int) throws {
        try self.init(path: path, bytes: ByteFile.read(path: path), columns: columns, required: required,
                      keyColumns: keyColumns)
    }

    /// Loads a file, taking its index from `cache` when the cache holds one for the file's present content, and
    /// storing the index it builds otherwise (large files: indexing is most of their load time).
    /// - Throws: `LexiconFormatError` naming the file and line.
    init(path: String, columns: Int, required: Int? = nil, keyColumns: Int, cache: LexiconIndexCache?) throws {
        guard let cache else {
            try self.init(path: path, columns: columns, required: required, keyColumns: keyColumns)
            return
        }
        let bytes = try ByteFile.read(path: path)
        let content = bytes.withUnsafeBufferPointer { ContentFingerprint($0) }
        let key = "TSVTable 1 columns=\(columns) required=\(required ?? columns) key=\(keyColumns)"
        if var reader = cache.reader(source: path, content: content, key: key),
           var restored = TSVTable(path: path, bytes: bytes, columns: columns, keyColumns: keyColumns,
                                   restoringFrom: &reader)
        {
            restored.content = content
            self = restored
            return
        }
        try self.init(path: path, bytes: bytes, columns: columns, required: required, keyColumns: keyColumns)
        self.content = content
        cache.write(source: path, content: content, key: key) { writer in
            writer.append(offsets)
            writer.append(lineNumbers)
            writer.append(next)
            writer.append(slots)
            writer.append(filter)
        }
    }

    /// A table whose index is read back from a cache entry; nil when the entry does not describe `bytes` (wrong
    /// lengths, offsets outside the bytes, rows that do not exist), so that a damaged entry is rebuilt, not trusted.
    private init?(path: String, bytes: [UInt8], columns: Int, keyColumns: Int,
                  restoringFrom reader: inout LexiconIndexCache.Reader) {
        guard let offsets = reader.next(Int32.self), let lineNumbers = reader.next(Int32.self),
              let next = reader.next(Int32.self), let slots = reader.next(UInt64.self),
              let filter = reader.next(UInt64.self)
        else { return nil }
        let rows = lineNumbers.count
        guard offsets.count == rows * (columns + 1), next.count == rows,
              offsets.allSatisfy({ $0 >= 0 && Int($0) <= bytes.count + 1 }),
              zip(offsets, offsets.dropFirst()).allSatisfy({ $0 <= $1 }),
              lineNumbers.allSatisfy({ $0 > 0 }),
              next.allSatisfy({ $0 >= -1 && Int($0) < rows })
        else { return nil }
        if keyColumns > 0 {
            guard slots.count >= 16, slots.count & (slots.count - 1) == 0, filter.count == slots.count / 16,
                  slots.allSatisfy({ $0 == TSVTable.emptySlot || Int(UInt32(truncatingIfNeeded: $0)) < rows })
            else { return nil }
        } else {
            guard slots.isEmpty, filter.isEmpty else { return nil }
        }
        self.path = path
        self.columns = columns
        self.bytes = bytes
        self.offsets = offsets
        self.lineNumbers = lineNumbers
        self.next = next
        self.slots = slots
        self.filter = filter
        self.keyColumns = keyColumns
        mask = max(slots.count, 16) - 1
    }

    init(path: String, bytes: [UInt8], columns: Int, required: Int? = nil, keyColumns: Int) throws {
        self.path = path
        self.columns = columns
        self.bytes = bytes
        let required = required ?? columns
        var offsets: [Int32] = []
        var lineNumbers: [Int32] = []
        offsets.reserveCapacity(bytes.count / 4)
        var line: Int32 = 0
        try bytes.withUnsafeBufferPointer { buffer in
            var position = 0
            let end = buffer.count
            while position < end {
                line += 1
                let start = position
                if buffer[start] == 35 {  // '#': skip the line
                    var lineEnd = start
                    while lineEnd < end && buffer[lineEnd] != 10 { lineEnd += 1 }
                    position = lineEnd + 1
                    continue
                }
                // One pass over the line: tabs give the fields, the line feed its end.
                let rowStart = offsets.count
                var field = 0
                offsets.append(Int32(start))
                var cursor = TSVTable.nextTabOrLineFeed(buffer, from: start)
                while cursor < end && buffer[cursor] == 9 {
                    field += 1
                    if field >= columns {
                        throw LexiconFormatError.badLine(file: path, line: Int(line),
                                                         reason: "more than \(columns) columns")
                    }
                    offsets.append(Int32(cursor + 1))
                    cursor = TSVTable.nextTabOrLineFeed(buffer, from: cursor + 1)
                }
                position = cursor + 1
                var contentEnd = cursor
                if contentEnd > start && buffer[contentEnd - 1] == 13 { contentEnd -= 1 }
                if contentEnd == start {  // empty line
                    offsets.removeSubrange(rowStart...)
                    continue
                }
                if field + 1 < required {
                    throw LexiconFormatError.badLine(file: path, line: Int(line),
                                                     reason: "expected \(required) tab-separated columns, found \(field + 1)")
                }
                while field + 1 < columns {
                    field += 1
                    offsets.append(Int32(contentEnd + 1))
                }
                offsets.append(Int32(contentEnd + 1))
                lineNumbers.append(line)
            }
        }
        self.offsets = offsets
        self.lineNumbers = lineNumbers
        self.keyColumns = keyColumns
        var capacity = 16
        while capacity < lineNumbers.count + lineNumbers.count / 2 { capacity <<= 1 }
        mask = capacity - 1
        if keyColumns > 0 {
            (slots, next, filter) = TSVTable.index(bytes: bytes, offsets: offsets, stride: columns + 1,
                                                   keyColumns: keyColumns, capacity: capacity)
        } else {
            (slots, next, filter) = ([], [Int32](repeating: -1, count: lineNumbers.count), [])
        }
    }

    /// The bit of `filter` for a hash, as the index of its word and the bit's mask in it.
    @inline(__always)
    private static func filterBit(_ hash: UInt32, capacity: Int) -> (word: Int, bit: UInt64) {
        let index = Int(hash) & (capacity * 4 - 1)
        return (index >> 6, 1 << UInt64(index & 63))
    }

    /// Builds the hash index of the rows' keys: `capacity` slots (a power of two), each row's next row with the
    /// same key, and `filter`.
    ///
    /// Last row first, each row put at the head of its key's chain: the slot ends with the key's first row and the
    /// chain runs in file order. Rows go in blocks whose hashes are worked out first, so that the block's probes
    /// into the table (cache misses) overlap.
    private static func index(bytes: [UInt8], offsets: [Int32], stride: Int, keyColumns: Int,
                              capacity: Int) -> (slots: [UInt64], next: [Int32], filter: [UInt64]) {
        let rowCount = offsets.count / stride
        var slots = [UInt64](repeating: TSVTable.emptySlot, count: capacity)
        var next = [Int32](repeating: -1, count: rowCount)
        var filter = [UInt64](repeating: 0, count: capacity / 16)
        let mask = capacity - 1
        bytes.withUnsafeBufferPointer { buffer in
            offsets.withUnsafeBufferPointer { offsets in
                slots.withUnsafeMutableBufferPointer { slots in
                    next.withUnsafeMutableBufferPointer { next in
                        filter.withUnsafeMutableBufferPointer { filter in
                            func key(_ row: Int) -> UnsafeBufferPointer<UInt8> {
                                let start = Int(offsets[row * stride])
                                let end = Int(offsets[row * stride + keyColumns]) - 1
                                return UnsafeBufferPointer(rebasing: buffer[start..<end])
                            }
                            let block = 32
                            var hashes = [UInt32](repeating: 0, count: block)
                            var blockEnd = rowCount
                            while blockEnd > 0 {
                                let blockStart = max(0, blockEnd - block)
                                for row in (blockStart..<blockEnd).reversed() {
                                    let hash = TSVTable.hash(key(row))
                                    hashes[blockEnd - 1 - row] = hash
                                    let (word, bit) = filterBit(hash, capacity: capacity)
                                    filter[word] |= bit
                                }
                                for row in (blockStart..<blockEnd).reversed() {
                                    let hash = hashes[blockEnd - 1 - row]
                                    var slot = Int(hash) & mask
                                    while true {
                                        let entry = slots[slot]
                                        if entry == TSVTable.emptySlot {
                                            slots[slot] = UInt64(hash) << 32 | UInt64(row)
                                            break
                                        }
                                        if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                                            let existing = Int32(truncatingIfNeeded: entry)
                                            if key(row).hasSameBytes(as: key(Int(existing))) {
                                                next[row] = existing
                                                slots[slot] = UInt64(hash) << 32 | UInt64(row)
                                                break
                                            }
                                        }
                                        slot = (slot + 1) & mask
                                    }
                                }
                                blockEnd = blockStart
                            }
                        }
                    }
                }
            }
        }
        return (slots, next, filter)
    }

    private let keyColumns: Int

    /// A free hash slot.
    private static let emptySlot = UInt64.max

    /// The index of the first tab or line feed at or after `start`, or the buffer's end. Eight bytes at a time:
    /// a byte equal to 9 or 10 turns into a zero byte when XORed with it, and `(x - 0x01…) & ~x & 0x80…` marks
    /// zero bytes, the lowest mark being the first one exactly.
    @inline(__always)
    static func nextTabOrLineFeed(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let end = buffer.count
        var cursor = start
        if let base = buffer.baseAddress {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            while cursor + 8 <= end {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + cursor).loadUnaligned(as: UInt64.self))
                let tabs = word ^ (ones &* 9)
                let feeds = word ^ (ones &* 10)
                let marks = (((tabs &- ones) & ~tabs) | ((feeds &- ones) & ~feeds)) & highs
                if marks != 0 { return cursor + marks.trailingZeroBitCount / 8 }
                cursor += 8
            }
        }
        while cursor < end && buffer[cursor] != 9 && buffer[cursor] != 10 { cursor += 1 }
        return cursor
    }

    /// A hash of the key bytes, eight at a time (a multiply per eight bytes, not per byte), the length and the
    /// last bytes mixed in, then the bits spread so that the low ones (the slot) depend on every byte.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash = 0x9e37_79b9_7f4a_7c15 &* UInt64(truncatingIfNeeded: key.count &+ 1)
        var index = 0
        if let base = key.baseAddress {
            while index + 8 <= key.count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                hash = (hash ^ word) &* 0xff51_afd7_ed55_8ccd
                hash ^= hash >> 32
                index += 8
            }
        }
        var tail: UInt64 = 0
        while index < key.count {
            tail = tail << 8 | UInt64(key[index])
            index += 1
        }
        hash = (hash ^ tail) &* 0xc4ce_b9fe_1a85_ec53
        hash ^= hash >> 29
        hash = hash &* 0xff51_afd7_ed55_8ccd
        return UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
    }

    /// The first row whose key equals `key` (columns joined by tabs), or -1.
    func firstRow(key: UnsafeBufferPointer<UInt8>) -> Int {
        guard keyColumns > 0 else { return -1 }
        let hash = TSVTable.hash(key)
        let (word, bit) = TSVTable.filterBit(hash, capacity: mask + 1)
        guard filter[word] & bit != 0 else { return -1 }
        let stride = columns + 1
        return bytes.withUnsafeBufferPointer { buffer in
            slots.withUnsafeBufferPointer { slots in
                offsets.withUnsafeBufferPointer { offsets in
                    var slot = Int(hash) & mask
                    while true {
                        let entry = slots[slot]
                        if entry == TSVTable.emptySlot { return -1 }
                        if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                            let row = Int(UInt32(truncatingIfNeeded: entry))
                            let start = Int(offsets[row * stride])
                            let end = Int(offsets[row * stride + keyColumns]) - 1
                            if key.hasSameBytes(as: UnsafeBufferPointer(rebasing: buffer[start..<end])) { return row }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// The first row whose key is the given string, or -1.
    func firstRow(key: String) -> Int {
        var key = key
        return key.withUTF8 { firstRow(key: $0) }
    }

    /// The row after `row` with the same key, or -1.
    @inline(__always)
    func nextRow(after row: Int) -> Int { Int(next[row]) }

    /// All rows with the given key, in file order.
    func rows(key: String) -> [Int] {
        var result: [Int] = []
        var row = firstRow(key: key)
        while row >= 0 {
            result.append(row)
            row = nextRow(after: row)
        }
        return result
    }

    /// Byte range of a field (empty for a missing optional column).
    @inline(__always)
    func range(row: Int, column: Int) -> Range<Int> {
        let stride = columns + 1
        // A missing column of a last line with no line feed starts one past the bytes: clamp it to their end.
        let start = min(Int(offsets[row * stride + column]), bytes.count)
        return start..<max(start, Int(offsets[row * stride + column + 1]) - 1)
    }

    /// Calls `body` with each row's index and the bytes of its field `column`, in file order (a pass over a whole
    /// column without a `String` per row).
    func forEachField(column: Int, _ body: (Int, UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        try bytes.withUnsafeBufferPointer { buffer in
            for row in 0..<count {
                try body(row, UnsafeBufferPointer(rebasing: buffer[range(row: row, column: column)]))
            }
        }
    }

    /// A field as a string.
    func string(row: Int, column: Int) -> String {
        let range = range(row: row, column: column)
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// A field parsed as a decimal number (digits, optional sign and fraction), or nil.
    func number(row: Int, column: Int) -> Double? {
        let text = string(row: row, column: column)
        return Double(text)
    }

    /// The 1-based line number of a row, for messages.
    func line(of row: Int) -> Int { Int(lineNumbers[row]) }

    /// An error about a row.
    func error(row: Int, _ reason: String) -> LexiconFormatError {
        .badLine(file: path, line: line(of: row), reason: reason)
    }
}
