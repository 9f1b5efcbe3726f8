// Licensed under the Apache License, Version 2.0.

/// A problem that stops a whole batch (exit code 1), as opposed to one document failing (recorded, exit code 3).
public enum BatchError: Error, Sendable, Equatable, CustomStringConvertible {
    case inputNotAFolder(String)
    case outputIsInput(String)
    case inputInsideOutput(input: String, output: String)
    case outputNotWritable(String, reason: String)
    case busy(String)
    case summarizerUnavailable
    case fileSystem(FileSystemError)
    case mergeIncomplete(String)

    public var description: String {
        switch self {
        case .inputNotAFolder(let path):
            "\(path): not a folder; batch reads a folder of .txt and .md files"
        case .outputIsInput(let path):
            "\(path): the output folder must differ from the input folder"
        case .inputInsideOutput(let input, let output):
            "\(input) is inside the output folder \(output); choose an output folder outside the input"
        case .outputNotWritable(let path, let reason):
            "\(path): cannot write to the output folder (\(reason))"
        case .busy(let path):
            "\(path): another fr2en batch is running on this output folder (and shard); wait for it to finish"
        case .summarizerUnavailable:
            "summaries were requested but no summariser is available"
        case .fileSystem(let error):
            error.description
        case .mergeIncomplete(let reason):
            "cannot merge manifests: \(reason)"
        }
    }
}
