// Licensed under the Apache License, Version 2.0.

import CICU

/// A set of Unicode scalars defined by an ICU pattern (`[[:Sentence_Break=STerm:]-[.?!]]`), frozen, with its Basic
/// Multilingual Plane in a bit table: a membership test is one load, much cheaper than a property look-up.
public final class ICUCharacterSet: @unchecked Sendable {
    // @unchecked: a frozen ICU set is immutable, and ICU documents frozen sets as safe to share between threads.
    private let pointer: OpaquePointer
    public let pattern: String

    /// - Throws: `ICUError` if ICU rejects the pattern.
    public init(pattern: String) throws {
        var status: Int32 = 0
        guard let pointer = cicu_char_set_open(pattern, &status), status == 0 else {
            throw ICUError(operation: "uset_openPattern(\(pattern))", code: status)
        }
        self.pointer = pointer
        self.pattern = pattern
    }

    deinit { cicu_char_set_close(pointer) }

    /// True when scalar `c` is a member of the set.
    @inline(__always)
    public func contains(_ c: UInt32) -> Bool {
        cicu_char_set_contains(pointer, c) != 0
    }
}
