// Licensed under the Apache License, Version 2.0.

/// An ICU call failed; `code` is ICU's UErrorCode.
public struct ICUError: Error, Sendable, Hashable, CustomStringConvertible {
    public let operation: String
    public let code: Int32

    public var description: String { "ICU \(operation) failed (UErrorCode \(code)); is libicu 72 installed?" }
}
