// Licensed under the Apache License, Version 2.0.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the bytes of one input line into a `String` under an `InputEncoding`.
///
/// Line-by-line decoding keeps memory bounded and lets errors name the line; UTF-8 lines can also be validated a
/// paragraph at a time (`decodeUTF8(_:lineStarts:)`), which is cheaper. With `.auto`, the decoder switches to
/// Windows-1252 for good at the first line that is not valid UTF-8 and records that it did. Dropping a byte-order
/// mark is the reader's job (`byteOrderMarkLength`).
public struct LineDecoder: Sendable {
    public let encoding: InputEncoding
    public let file: String
    /// The line at which `.auto` fell back to Windows-1252, if it did.
    public private(set) var fellBackToWindows1252AtLine: Int?

    public init(encoding: InputEncoding, file: String) {
        self.encoding = encoding
        self.file = file
    }

    /// Where a line starts in a run of joined lines and in the input, so that an error found in the run can name
    /// the input's byte offset and line.
    public struct LineStart: Sendable, Hashable {
        public var paragraphOffset: Int
        public var inputOffset: Int
        public var number: Int

        public init(paragraphOffset: Int, inputOffset: Int, number: Int) {
            self.paragraphOffset = paragraphOffset
            self.inputOffset = inputOffset
            self.number = number
        }
    }

    /// The length of a UTF-8 byte-order mark at the start of `bytes` (3 or 0). Callers drop it at input offset 0.
    public static func byteOrderMarkLength(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// Decodes one line (without its terminator or byte-order mark). `byteOffset` is the line's offset in the
    /// input and `lineNumber` its 1-based number, both for error messages.
    public mutating func decode(_ bytes: ArraySlice<UInt8>, byteOffset: Int, lineNumber: Int) throws -> String {
        if let nul = bytes.firstIndex(of: 0) {
            throw InputError.binary(file: file, byteOffset: byteOffset + (nul - bytes.startIndex))
        }
        switch encoding {
        case .utf8:
            return try decodeUTF8(Array(bytes), lineStarts: [LineStart(paragraphOffset: 0, inputOffset: byteOffset,
                                                                       number: lineNumber)])
        case .latin1:
            return Self.decodeLatin1(bytes)
        case .windows1252:
            return Self.decodeWindows1252(bytes)
        case .auto:
            if fellBackToWindows1252AtLine != nil { return Self.decodeWindows1252(bytes) }
            if let text = String(validating: bytes, as: UTF8.self) { return text }
            fellBackToWindows1252AtLine = lineNumber
            return Self.decodeWindows1252(bytes)
        }
    }

    /// Decodes UTF-8 lines already joined with "\n" in one validation pass (the fast path for UTF-8 input).
    /// `lineStarts` (in order, the first at offset 0) locate an error: a NUL byte is reported as binary input and
    /// invalid UTF-8 with its input byte offset and line.
    public func decodeUTF8(_ bytes: [UInt8], lineStarts: [LineStart]) throws -> String {
        let nul: Int? = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let found = memchr(base, 0, buffer.count) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
        if let nul {
            throw InputError.binary(file: file, byteOffset: Self.locate(nul, in: lineStarts).inputOffset)
        }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let bad = Self.firstInvalidUTF8Offset(bytes[...]) ?? 0
        let location = Self.locate(bad, in: lineStarts)
        throw InputError.invalidUTF8(file: file, byteOffset: location.inputOffset, line: location.line)
    }

    /// The input offset and line number of `offset` in a run of joined lines.
    private static func locate(_ offset: Int, in lineStarts: [LineStart]) -> (inputOffset: Int, line: Int) {
        let start = lineStarts.last { $0.paragraphOffset <= offset } ?? lineStarts[0]
        return (start.inputOffset + offset - start.paragraphOffset, start.number)
    }

    /// Offset (from the slice's start) of the first byte that does not begin a valid UTF-8 sequence.
    static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var validBytes = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): validBytes += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return validBytes
            }
        }
    }

    static func decodeLatin1(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: bytes.map { Unicode.Scalar($0) })
        return String(scalars)
    }

    /// Windows-1252's 0x80–0x9F block; unassigned positions map to their C1 code points, as browsers do.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D,
        0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x009D, 0x017E, 0x0178,
    ]

    static func decodeWindows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? windows1252High[Int(byte - 0x80)] : UInt32(byte)
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }
}
