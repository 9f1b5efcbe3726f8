// Licensed under the Apache License, Version 2.0.

import CICU
import Synchronization

/// ICU's rule-based sentence boundaries for one locale.
///
/// ICU iterators are not thread-safe; this wrapper guards its iterator with a mutex so that one value can be
/// shared. Each pipeline owns its breaker, so the lock is uncontended in practice.
public final class ICUSentenceBreaker: Sendable {
    private nonisolated(unsafe) let iterator: OpaquePointer
    private let lock = Mutex(())
    public let locale: String

    /// Opens a break iterator, e.g. for "fr@ss=standard" (keeps "M. Dupont" together).
    public init(locale: String) throws {
        var status: Int32 = 0
        guard let pointer = cicu_sentence_breaker_open(locale, &status), status == 0 else {
            throw ICUError(operation: "ubrk_open(\(locale))", code: status)
        }
        self.iterator = pointer
        self.locale = locale
    }

    deinit {
        cicu_sentence_breaker_close(iterator)
    }

    /// UTF-8 byte offsets of the ends of the sentences of `text` (the last is `text.utf8.count`).
    public func boundaries(in text: String) throws -> [Int] {
        if text.isEmpty { return [] }
        var copy = text
        return try copy.withUTF8 { bytes in
            try bytes.withMemoryRebound(to: CChar.self) { input in
                try lock.withLock { _ in
                    var capacity = max(8, input.count / 40)
                    while true {
                        var status: Int32 = 0
                        var result = [Int32](repeating: 0, count: capacity)
                        let count = result.withUnsafeMutableBufferPointer {
                            cicu_sentence_breaks_utf8(iterator, input.baseAddress, Int32(input.count),
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
}
