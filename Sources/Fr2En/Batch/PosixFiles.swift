// Licensed under the Apache License, Version 2.0.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file-system calls batch mode needs, on POSIX paths, without Foundation.
enum PosixFiles {
    /// What `lstat` (or `stat`) says a path is.
    enum Kind: Equatable {
        case missing
        case regular(size: Int)
        case directory
        case symlink
        case other
    }

    /// An identity for a directory, to notice loops.
    struct FileID: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    static func errorText(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }

    static func kind(_ path: String, followLinks: Bool = false) -> Kind {
        var info = stat()
        let result = followLinks ? stat(path, &info) : lstat(path, &info)
        guard result == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular(size: Int(info.st_size))
        case S_IFDIR: return .directory
        case S_IFLNK: return .symlink
        default: return .other
        }
    }

    static func fileID(_ path: String) -> FileID? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    static func isRegularFile(_ path: String) -> Bool {
        if case .regular = kind(path) { return true }
        return false
    }

    /// The canonical absolute path (symlinks resolved), or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether `path` is `folder` itself or inside it (both canonical).
    static func isInside(_ path: String, folder: String) -> Bool {
        if path == folder { return true }
        return path.hasPrefix(folder == "/" ? "/" : folder + "/")
    }

    /// Names in a directory (not `.` and `..`), sorted by bytes; names that are not UTF-8 come back in
    /// `undecodable`, decoded with replacement characters.
    static func listDirectory(_ path: String) throws(FileSystemError) -> (names: [String], undecodable: [String]) {
        guard let directory = opendir(path) else {
            throw FileSystemError(operation: "list", path: path, reason: errorText())
        }
        defer { closedir(directory) }
        var names: [String] = []
        var undecodable: [String] = []
        while let entry = readdir(directory) {
            let name: String? = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let bytes = raw.prefix { $0 != 0 }
                if let text = String(validating: bytes, as: UTF8.self) { return text }
                undecodable.append(String(decoding: bytes, as: UTF8.self))
                return nil
            }
            guard let name, name != ".", name != ".." else { continue }
            names.append(name)
        }
        names.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return (names, undecodable)
    }

    /// Creates `root/relative` and its missing parents. Every existing component must be a real directory
    /// (not a symlink), so writes stay inside `root`.
    static func makeDirectories(root: String, relative: Substring) throws(FileSystemError) {
        var current = root
        for component in relative.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o755) == 0 { continue }
            let code = errno
            guard code == EEXIST else {
                throw FileSystemError(operation: "create folder", path: current, reason: errorText(code))
            }
            guard kind(current) == .directory else {
                throw FileSystemError(operation: "create folder", path: current,
                                      reason: "exists and is not a folder (symlinks are not followed)")
            }
        }
    }

    /// Reads a whole (small) file: manifests, lexicon files.
    static func readAll(_ path: String) throws(FileSystemError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileSystemError(operation: "open", path: path, reason: errorText()) }
        defer { close(descriptor) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileSystemError(operation: "read", path: path, reason: errorText())
            }
            if count == 0 { return result }
            result.append(contentsOf: chunk[0..<count])
        }
    }

    /// Writes all bytes to a descriptor.
    static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws(FileSystemError) {
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw FileSystemError(operation: "write", path: path, reason: errorText())
            }
            offset += written
        }
    }

    /// Writes all of `bytes`: one place for the closure that typed throws need around `withUnsafeBytes`.
    static func writeAll(_ descriptor: Int32, _ bytes: ArraySlice<UInt8>, path: String) throws(FileSystemError) {
        var failure: FileSystemError?
        bytes.withUnsafeBytes { raw in
            do throws(FileSystemError) {
                try writeAll(descriptor, raw, path: path)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
    }

    static func fsyncDescriptor(_ descriptor: Int32, path: String) throws(FileSystemError) {
        while fsync(descriptor) != 0 {
            if errno == EINTR { continue }
            throw FileSystemError(operation: "sync", path: path, reason: errorText())
        }
    }

    /// Flushes a directory's entries (after renames into it).
    static func syncDirectory(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    static func rename(_ from: String, to: String) throws(FileSystemError) {
        guard Glibc.rename(from, to) == 0 else {
            throw FileSystemError(operation: "rename into place", path: to, reason: errorText())
        }
    }

    static func remove(_ path: String) {
        _ = unlink(path)
    }
}
