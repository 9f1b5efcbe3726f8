// Licensed under the Apache License, Version 2.0.

/// A path inside a batch folder, relative to it: `a/b.txt`.
///
/// Batch mode reads and writes only inside the folders it was given, so every path that comes from a manifest (or
/// from the directory walk) is checked here: no absolute path, no `.` or `..` component, no empty component, no NUL.
/// Ordering compares UTF-8 bytes, so reports and manifests sort the same way on every machine.
public struct RelativePath: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Why a string is not an acceptable relative path.
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        case empty
        case absolute(String)
        case escapes(String)
        case malformed(String)

        public var description: String {
            switch self {
            case .empty: "empty path"
            case .absolute(let path): "\(path): absolute paths are not allowed here"
            case .escapes(let path): "\(path): '.' and '..' components are not allowed here"
            case .malformed(let path): "\(path): empty path component or NUL byte"
            }
        }
    }

    /// The path with `/` separators.
    public let string: String

    /// Checks and wraps a relative path.
    /// - Throws: `Problem` when the path is empty, absolute, has `.`/`..`/empty components or a NUL byte.
    public init(validating string: String) throws(Problem) {
        guard !string.isEmpty else { throw .empty }
        guard !string.hasPrefix("/") else { throw .absolute(string) }
        guard !string.utf8.contains(0) else { throw .malformed(string) }
        for component in string.split(separator: "/", omittingEmptySubsequences: false) {
            if component.isEmpty { throw .malformed(string) }
            if component == "." || component == ".." { throw .escapes(string) }
        }
        self.string = string
    }

    /// Appends one file or folder name (which must not contain `/`).
    public func appending(_ name: String) throws(Problem) -> RelativePath {
        try RelativePath(validating: string + "/" + name)
    }

    /// The last component.
    public var name: Substring {
        if let slash = string.lastIndex(of: "/") { return string[string.index(after: slash)...] }
        return string[...]
    }

    /// Everything before the last component ("" at the top level).
    public var folder: Substring {
        if let slash = string.lastIndex(of: "/") { return string[..<slash] }
        return ""
    }

    public var description: String { string }

    public static func < (lhs: RelativePath, rhs: RelativePath) -> Bool {
        lhs.string.utf8.lexicographicallyPrecedes(rhs.string.utf8)
    }
}
