// Licensed under the Apache License, Version 2.0.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Invariant checks inside fuzz targets: a broken invariant is reported like a crash, so libFuzzer saves the input.
public enum FuzzCheck {
    /// Stops the process with `message` on stderr when `condition` is false.
    public static func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
                               file: StaticString = #fileID, line: UInt = #line) {
        guard !condition() else { return }
        let text = Array("fuzz invariant broken (\(file):\(line)): \(message())\n".utf8)
        _ = text.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
        abort()
    }
}
