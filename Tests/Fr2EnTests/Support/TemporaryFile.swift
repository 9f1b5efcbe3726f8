// Licensed under the Apache License, Version 2.0.

import Foundation

/// A file in the temporary folder holding given bytes, removed when the value is released.
final class TemporaryFile {
    let path: String

    init(_ bytes: [UInt8]) throws {
        path = NSTemporaryDirectory() + "fr2en-test-" + UUID().uuidString
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    convenience init(_ text: String) throws {
        try self.init(Array(text.utf8))
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
