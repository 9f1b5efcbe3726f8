// Licensed under the Apache License, Version 2.0.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder where the indexes of large lexicon files are kept between runs, so that a file is indexed once, not at
/// every start-up (the idea of Apertium's compiled `.bin` dictionaries, without a separate compile step).
///
/// An index is stored beside a fingerprint of the content it was built from (length and 64-bit hash) and a key naming
/// how it was built; it is used only when both still match, so editing or regenerating a lexicon file makes its old
/// index unused (the next load replaces it). Entries are written to a temporary name and renamed, so a
/// reader never sees half an entry. A cache that cannot be read or written is passed over silently: it only saves
/// time, and the translation is the same without it.
public struct LexiconIndexCache: Sendable, Hashable {
    /// The folder holding the entries (created on first write).
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// The cache the environment asks for: `FR2EN_INDEX_CACHE` (a folder, or `off` for none), else
    /// `$XDG_CACHE_HOME/fr2en`, else `$HOME/.cache/fr2en`; nil when none of them is set.
    public static func fromEnvironment(_ environment: [String: String]) -> LexiconIndexCache? {
        if let explicit = environment["FR2EN_INDEX_CACHE"], !explicit.isEmpty {
            return explicit == "off" ? nil : LexiconIndexCache(directory: explicit)
        }
        if let base = environment["XDG_CACHE_HOME"], base.hasPrefix("/") {
            return LexiconIndexCache(directory: base + "/fr2en")
        }
        if let home = environment["HOME"], !home.isEmpty {
            return LexiconIndexCache(directory: home + "/.cache/fr2en")
        }
        return nil
    }

    /// The stored entry for `source` built by `key`, if it was built from content with this fingerprint.
    func reader(source: String, content: ContentFingerprint, key: String) -> Reader? {
        let key = Self.machineKey(key)
        let descriptor = open(entryPath(source: source, key: key), O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            _ = close(descriptor)
            return nil
        }
        var reader = Reader(descriptor: descriptor, size: Int(info.st_size))
        guard reader.header() == Header(key: key, content: content) else { return nil }
        return reader
    }

    /// Stores an entry for `source`: `fill` appends the arrays in the order a reader will ask for them.
    func write(source: String, content: ContentFingerprint, key: String, _ fill: (inout Writer) -> Void) {
        let key = Self.machineKey(key)
        guard makeDirectory(directory) else { return }
        let path = entryPath(source: source, key: key)
        let temporary = path + ".\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return }
        var writer = Writer()
        writer.append(header: Header(key: key, content: content))
        fill(&writer)
        let written = writer.bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let count = Glibc.write(descriptor, buffer.baseAddress! + done, buffer.count - done)
                if count > 0 {
                    done += count
                } else if count < 0 && errno == EINTR {
                    continue
                } else {
                    return false
                }
            }
            return true
        }
        let closed = close(descriptor) == 0
        if !(written && closed && rename(temporary, path) == 0) { _ = unlink(temporary) }
    }

    /// The caller's key with the machine's byte order: the arrays are stored as the machine holds them, so an entry
    /// written on a machine of the other order is passed over.
    private static func machineKey(_ key: String) -> String {
        key + (1.littleEndian == 1 ? " little-endian" : " big-endian")
    }

    /// The entry's file name: a hash of the source's absolute path and the key (so that two lexicon folders, or two
    /// ways of indexing one file, never share an entry), then the source's own name for people looking in.
    private func entryPath(source: String, key: String) -> String {
        var absolute = source
        if let resolved = realpath(source, nil) {
            absolute = String(cString: resolved)
            free(resolved)
        }
        let hash = Array((absolute + "\u{0}" + key).utf8).withUnsafeBufferPointer { TSVTable.hash($0) }
        let base = absolute.split(separator: "/").last.map(String.init) ?? "lexicon"
        return directory + "/" + String(hash, radix: 16) + "-" + base + ".index"
    }

    /// Creates the folder and its parents if they do not exist; false when it cannot be made.
    private func makeDirectory(_ path: String) -> Bool {
        var info = stat()
        if stat(path, &info) == 0 { return (info.st_mode & S_IFMT) == S_IFDIR }
        if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            guard makeDirectory(String(path[..<slash])) else { return false }
        }
        return mkdir(path, 0o755) == 0 || errno == EEXIST
    }
}

extension LexiconIndexCache {
    /// The start of every entry.
    struct Header: Equatable {
        var key: String
        var content: ContentFingerprint

        /// Marks the format; a new layout changes it, so that old entries are passed over.
        static let magic: UInt64 = 0x3230_5844_4E49_4E45  // "ENINDX02"
    }

    /// Builds an entry in memory: the header, then each array as its element count and its raw bytes (the byte
    /// order of the machine, which the key names).
    struct Writer {
        private(set) var bytes: [UInt8] = []

        mutating func append(header: Header) {
            append(Header.magic)
            let key = Array(header.key.utf8)
            append(UInt64(key.count))
            bytes.append(contentsOf: key)
            append(header.content.size)
            append(header.content.hash)
        }

        mutating func append<Element: FixedWidthInteger>(_ array: [Element]) {
            append(UInt64(array.count))
            array.withUnsafeBytes { bytes.append(contentsOf: $0) }
        }

        private mutating func append(_ value: UInt64) {
            withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        }
    }

    /// Reads an entry back in the order it was written; every read is checked against the file's size, so a
    /// damaged entry gives nil, never a wild allocation.
    struct Reader: ~Copyable {
        private let descriptor: Int32
        private var remaining: Int

        init(descriptor: Int32, size: Int) {
            self.descriptor = descriptor
            remaining = size
        }

        deinit { _ = close(descriptor) }

        /// The header, or nil when the entry is not in this format.
        mutating func header() -> Header? {
            guard let magic = word(), magic == Header.magic, let keyLength = word(), keyLength <= 4096,
                  let key = array(UInt8.self, count: Int(keyLength)),
                  let size = word(), let hash = word()
            else { return nil }
            return Header(key: String(decoding: key, as: UTF8.self), content: ContentFingerprint(size: size, hash: hash))
        }

        /// The next array, or nil when the entry ends early.
        mutating func next<Element: FixedWidthInteger>(_ type: Element.Type) -> [Element]? {
            guard let count = word(), count <= UInt64(remaining / MemoryLayout<Element>.stride) else { return nil }
            return array(type, count: Int(count))
        }

        private mutating func word() -> UInt64? {
            array(UInt64.self, count: 1).map { UInt64(littleEndian: $0[0]) }
        }

        private mutating func array<Element: FixedWidthInteger>(_ type: Element.Type, count: Int) -> [Element]? {
            let byteCount = count * MemoryLayout<Element>.stride
            guard byteCount <= remaining else { return nil }
            var complete = true
            let result = [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
                let raw = UnsafeMutableRawBufferPointer(buffer)
                var done = 0
                while done < byteCount {
                    let read = Glibc.read(descriptor, raw.baseAddress! + done, byteCount - done)
                    if read > 0 {
                        done += read
                    } else if read < 0 && errno == EINTR {
                        continue
                    } else {
                        break
                    }
                }
                complete = done == byteCount
                // Integers have no invalid bit patterns: a short read leaves garbage, which `complete` rejects.
                initialized = count
            }
            remaining -= byteCount
            return complete ? result : nil
        }
    }
}
