// Licensed under the Apache License, Version 2.0.

import Fr2En

/// The bytes libFuzzer hands a target, with the few ways the targets read them.
public struct FuzzInput: Sendable {
    public let bytes: [UInt8]

    /// Copies libFuzzer's buffer (which may be empty, with a nil pointer).
    public init(_ data: UnsafePointer<UInt8>?, _ size: Int) {
        bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    }

    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The bytes as text the way fr2en's readers would give it: invalid UTF-8 becomes U+FFFD.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The first byte as a selector (0 for empty input) and the text after it.
    public var selectorAndText: (selector: UInt8, text: String) {
        guard let first = bytes.first else { return (0, "") }
        return (first, String(decoding: bytes.dropFirst(), as: UTF8.self))
    }
}
