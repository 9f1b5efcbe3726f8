// Licensed under the Apache License, Version 2.0.

/// Walks an input folder recursively and classifies what it finds, never leaving the folder.
///
/// - Regular `.txt`/`.md` files are documents; other files are skipped with a reason.
/// - Names starting with `.` (hidden files and folders such as `.git`) are skipped, not walked.
/// - A symlink to a file is followed only when its canonical target is inside the input folder; a link leaving the
///   folder, a broken link (or a loop of links) and a link to a folder are skipped with a reason. Folder links are
///   never followed, so no loop can form and every folder is walked once, under its real path.
/// - The output folder, when it lies inside the input folder, is left out.
/// - FIFOs, sockets and devices are skipped without being opened.
///
/// Folders are listed one at a time and entries sorted by bytes, so the result does not depend on the file system's
/// order. Only paths are kept (a few hundred bytes per entry), never contents.
public struct CorpusWalker: Sendable {
    /// Canonical path of the input folder.
    public let root: String
    /// Canonical path of the output folder, left out of the walk.
    public let excluded: String?

    public init(root: String, excluding excluded: String?) {
        self.root = root
        self.excluded = excluded
    }

    /// What the walk found.
    public struct Result: Sendable {
        /// Entries in path order.
        public var entries: [CorpusEntry]
        /// Whether the output folder was found inside the input folder and left out.
        public var leftOutOutputFolder = false
    }

    /// Walks the folder.
    /// - Throws: `FileSystemError` when the top folder itself cannot be listed.
    public func walk() throws(FileSystemError) -> Result {
        var result = Result(entries: [])
        var visited: Set<PosixFiles.FileID> = []
        let excludedID = excluded.flatMap(PosixFiles.fileID)
        if let rootID = PosixFiles.fileID(root) { visited.insert(rootID) }
        // Depth-first, with an explicit stack: (absolute folder, relative prefix or nil at the top).
        var stack: [(String, RelativePath?)] = [(root, nil)]
        var first = true
        while let (folder, prefix) = stack.popLast() {
            let listing: (names: [String], undecodable: [String])
            do {
                listing = try PosixFiles.listDirectory(folder)
            } catch {
                if first { throw error }
                if let prefix { result.entries.append(CorpusEntry(path: prefix, kind: .failed(reason:
                    "cannot list folder (\(error.reason))"))) }
                continue
            }
            first = false
            for name in listing.undecodable {
                if let path = Self.join(prefix, name) {
                    result.entries.append(CorpusEntry(path: path, kind: .skipped(reason: "file name is not UTF-8")))
                }
            }
            var subfolders: [(String, RelativePath)] = []
            for name in listing.names {
                guard let path = Self.join(prefix, name) else { continue }
                let absolute = folder + "/" + name
                if name.hasPrefix(".") {
                    result.entries.append(CorpusEntry(path: path, kind: .skipped(reason:
                        "hidden (name starts with .)")))
                    continue
                }
                switch PosixFiles.kind(absolute) {
                case .missing:
                    continue  // vanished since the listing
                case .directory:
                    guard let id = PosixFiles.fileID(absolute) else { continue }
                    if id == excludedID {
                        result.leftOutOutputFolder = true
                        continue
                    }
                    if visited.insert(id).inserted { subfolders.append((absolute, path)) }
                case .regular:
                    result.entries.append(classifyFile(path: path, source: absolute))
                case .symlink:
                    result.entries.append(followLink(path: path, absolute: absolute))
                case .other:
                    result.entries.append(CorpusEntry(path: path, kind: .skipped(reason:
                        "not a regular file (FIFO, socket or device)")))
                }
            }
            // Reverse so that popping from the stack walks folders in name order.
            stack.append(contentsOf: subfolders.reversed().map { ($0.0, Optional($0.1)) })
        }
        result.entries.sort { $0.path < $1.path }
        return result
    }

    private func classifyFile(path: RelativePath, source: String) -> CorpusEntry {
        if let format = DocumentFormat(fileName: path.name) {
            return CorpusEntry(path: path, kind: .document(format, source: source))
        }
        return CorpusEntry(path: path, kind: .skipped(reason: "not a .txt or .md file"))
    }

    private func followLink(path: RelativePath, absolute: String) -> CorpusEntry {
        guard let target = PosixFiles.realPath(absolute) else {
            return CorpusEntry(path: path, kind: .skipped(reason: "broken symlink (or a symlink loop)"))
        }
        guard PosixFiles.isInside(target, folder: root) else {
            return CorpusEntry(path: path, kind: .skipped(reason: "symlink points outside the input folder"))
        }
        switch PosixFiles.kind(target) {
        case .directory:
            // Never followed: a folder inside the input is walked once, under its real path, and no loop can form.
            return CorpusEntry(path: path, kind: .skipped(reason:
                "symlink to a folder: not followed (its files are read under their real path)"))
        case .regular:
            if let excluded, PosixFiles.isInside(target, folder: excluded) {
                return CorpusEntry(path: path, kind: .skipped(reason: "symlink into the output folder"))
            }
            return classifyFile(path: path, source: target)
        default:
            return CorpusEntry(path: path, kind: .skipped(reason: "symlink to something that is not a regular file"))
        }
    }

    private static func join(_ prefix: RelativePath?, _ name: String) -> RelativePath? {
        if let prefix { return try? prefix.appending(name) }
        return try? RelativePath(validating: name)
    }
}
