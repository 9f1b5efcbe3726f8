// Licensed under the Apache License, Version 2.0.

/// How input bytes are turned into text.
public enum InputEncoding: String, Sendable, CaseIterable, Codable {
    /// UTF-8; invalid bytes are an error naming the file and byte offset.
    case utf8
    /// Windows-1252 (the usual "ANSI" encoding of older French files; a superset of Latin-1's printable range).
    case windows1252 = "windows-1252"
    /// ISO 8859-1.
    case latin1
    /// UTF-8 while the bytes are valid UTF-8; from the first invalid line on, Windows-1252 (and it is reported).
    case auto
}
