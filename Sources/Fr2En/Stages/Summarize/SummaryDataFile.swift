// Licensed under the Apache License, Version 2.0.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a small UTF-8 data file of the summariser as numbered lines, skipping blank lines and `#` comments.
enum SummaryDataFile {
    struct Line {
        var number: Int
        var text: String
    }

    /// The meaningful lines of `path`, trimmed of trailing whitespace.
    /// - Throws: `SummaryDataError.unreadable` when the file cannot be opened, `.malformed` for a non-UTF-8 line.
    static func lines(path: String) throws -> [Line] {
        guard let file = fopen(path, "rb") else {
            throw SummaryDataError.unreadable(file: path, reason: String(cString: strerror(errno)))
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, 65536, file) }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        var result: [Line] = []
        for (offset, raw) in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .enumerated()
        {
            guard var line = String(validating: raw, as: UTF8.self) else {
                throw SummaryDataError.malformed(file: path, line: offset + 1, reason: "not valid UTF-8")
            }
            while let last = line.unicodeScalars.last, last.properties.isWhitespace {
                line.unicodeScalars.removeLast()
            }
            if line.isEmpty || line.hasPrefix("#") { continue }
            result.append(Line(number: offset + 1, text: line))
        }
        return result
    }
}
