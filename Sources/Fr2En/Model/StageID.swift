// Licensed under the Apache License, Version 2.0.

/// Names of the pipeline stages. Raw values double as CLI mode names and golden-file suffixes.
public enum StageID: String, CaseIterable, Sendable, Codable {
    case normalize
    case split
    case glossary
    case translate
    case summary
}
