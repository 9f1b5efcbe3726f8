// Licensed under the Apache License, Version 2.0.

/// One line of a batch manifest: what happened to one input, and what a rerun needs to decide whether to redo it.
///
/// ```json
/// {"path":"a/b.txt","sha256":"…","options":"…","lexicons":"…","status":"done",
///  "outputs":["a/b.en.txt","a/b.summary.en.txt"],"error":null,"notes":[]}
/// ```
/// Reading a record validates every path in it (`RelativePath`): a manifest can never make fr2en read or write
/// outside the batch folders.
public struct ManifestRecord: Sendable, Hashable {
    public enum DecodingError: Error, Sendable, Equatable, CustomStringConvertible {
        case missingField(String)
        case badPath(RelativePath.Problem)
        case unknownStatus(String)

        public var description: String {
            switch self {
            case .missingField(let name): "manifest record without a valid \"\(name)\""
            case .badPath(let problem): "manifest record with a bad path: \(problem)"
            case .unknownStatus(let status): "manifest record with unknown status \"\(status)\""
            }
        }
    }

    /// The input, relative to the input folder.
    public var path: RelativePath
    /// SHA-256 of the input's bytes (hex), when it could be read.
    public var sha256: String?
    /// Fingerprint of the options that shape the outputs (`BatchConfiguration.optionsFingerprint`).
    public var options: String
    /// Version of the linguistic data used (`LexiconVersion`).
    public var lexicons: String
    public var status: BatchStatus
    /// Outputs written for it, relative to the output folder.
    public var outputs: [RelativePath]
    /// Why it failed or was skipped: one line.
    public var error: String?
    /// Remarks on a success, e.g. "decoded as Windows-1252 from line 3".
    public var notes: [String]

    public init(path: RelativePath, sha256: String?, options: String, lexicons: String, status: BatchStatus,
                outputs: [RelativePath] = [], error: String? = nil, notes: [String] = []) {
        self.path = path
        self.sha256 = sha256
        self.options = options
        self.lexicons = lexicons
        self.status = status
        self.outputs = outputs
        self.error = error
        self.notes = notes
    }

    /// The record as a JSON object, keys in a fixed order.
    public var json: JSONValue {
        .object([
            ("path", .string(path.string)),
            ("sha256", sha256.map(JSONValue.string) ?? .null),
            ("options", .string(options)),
            ("lexicons", .string(lexicons)),
            ("status", .string(status.rawValue)),
            ("outputs", .array(outputs.map { .string($0.string) })),
            ("error", error.map(JSONValue.string) ?? .null),
            ("notes", .array(notes.map(JSONValue.string))),
        ])
    }

    /// Reads a record back.
    /// - Throws: `DecodingError` for a missing field, an unknown status or a path that is absolute or has `..`.
    public init(json: JSONValue) throws(DecodingError) {
        guard let path = json["path"]?.stringValue else { throw .missingField("path") }
        guard let options = json["options"]?.stringValue else { throw .missingField("options") }
        guard let lexicons = json["lexicons"]?.stringValue else { throw .missingField("lexicons") }
        guard let statusText = json["status"]?.stringValue else { throw .missingField("status") }
        guard let status = BatchStatus(rawValue: statusText) else { throw .unknownStatus(statusText) }
        guard let outputs = json["outputs"]?.arrayValue else { throw .missingField("outputs") }
        do {
            self.path = try RelativePath(validating: path)
            self.outputs = try outputs.map { value throws(RelativePath.Problem) in
                guard let text = value.stringValue else { throw RelativePath.Problem.empty }
                return try RelativePath(validating: text)
            }
        } catch {
            throw .badPath(error)
        }
        self.sha256 = json["sha256"]?.stringValue
        self.options = options
        self.lexicons = lexicons
        self.status = status
        self.error = json["error"]?.stringValue
        self.notes = (json["notes"]?.arrayValue ?? []).compactMap(\.stringValue)
    }
}
