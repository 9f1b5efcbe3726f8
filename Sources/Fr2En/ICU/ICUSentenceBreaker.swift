// Licensed under the Apache License, Version 2.0.

import CICU
import Synchronization

/// ICU's rule-based sentence boundaries for one locale.
///
/// ICU iterators are not thread-safe, so each call borrows one from a pool and gives it back: one value serves any
/// number of concurrent callers (parallel translation workers), and the pool grows only to the number of calls
/// that actually overlap.
public final class ICUSentenceBreaker: Sendable {
    /// An ICU iterator handle; only ever used by the one call that borrowed it.
    private struct Iterator: @unchecked Sendable {
        let pointer: OpaquePointer
    }

    private let idle: Mutex<[Iterator]>
    public let locale: String

    /// Opens a break iterator, e.g. for "fr@ss=standard" (keeps "M. Dupont" together).
    public init(locale: String) throws {
        self.locale = locale
        self.idle = Mutex([try Self.open(locale)])
    }

    deinit {
        idle.withLock { iterators in
            for iterator in iterators { cicu_sentence_breaker_close(iterator.pointer) }
        }
    }

    private static func open(_ locale: String) throws -> Iterator {
        var status: Int32 = 0
        guard let pointer = cicu_sentence_breaker_open(locale, &status), status == 0 else {
            throw ICUError(operation: "ubrk_open(\(locale))", code: status)
        }
        return Iterator(pointer: pointer)
    }

    /// UTF-8 byte offsets of the ends of the sentences of `text` (the last is `text.utf8.count`).
    public func boundaries(in text: String) throws -> [Int] {
        if text.isEmpty { return [] }
        let iterator = try idle.withLock { $0.popLast() } ?? Self.open(locale)
        defer { idle.withLock { $0.append(iterator) } }
        var copy = text
        return try copy.withUTF8 { bytes in
            try bytes.withMemoryRebound(to: CChar.self) { input in
                var capacity = max(8, input.count / 40)
                while true {
                    var status: Int32 = 0
                    var result = [Int32](repeating: 0, count: capacity)
                    let count = result.withUnsafeMutableBufferPointer {
                        cicu_sentence_breaks_utf8(iterator.pointer, input.baseAddress, Int32(input.count),
                                                  $0.baseAddress, Int32(capacity), &status)
                    }
                    if status == 0 { return result[0..<Int(count)].map(Int.init) }
                    if status < 0 { capacity = Int(count); continue }
                    throw ICUError(operation: "sentence breaking", code: status)
                }
            }
        }
    }
}
