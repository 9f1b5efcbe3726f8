// Licensed under the Apache License, Version 2.0.

/// Why a sentence was copied to the output as it is instead of being translated.
public enum UntranslatedReason: String, Sendable, Hashable, Codable, CaseIterable {
    /// Most of its words are not French (English, German… text inside a French document).
    case notFrench = "not-french"
    /// It reads as program code, a shell command or markup: translating would break its symbols apart.
    case code
}
