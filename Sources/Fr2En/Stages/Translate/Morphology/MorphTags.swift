// Licensed under the Apache License, Version 2.0.

/// A French analysis's tags: part of speech plus features (parsed once per distinct tag string at load time).
public struct MorphTags: Sendable, Hashable {
    public var pos: PartOfSpeech
    public var features: MorphFeatures

    public init(pos: PartOfSpeech, features: MorphFeatures = []) {
        self.pos = pos
        self.features = features
    }

    /// Parses Apertium tags joined by `.` (`vblex.pri.p3.sg`); `<` `>` brackets are tolerated.
    public init(apertium text: Substring) {
        var parts = text.split(whereSeparator: { $0 == "." || $0 == "<" || $0 == ">" })[...]
        let first = parts.popFirst() ?? ""
        pos = PartOfSpeech(apertium: first)
        var features: MorphFeatures = []
        for part in parts { features.formUnion(MorphFeatures(apertium: part)) }
        // A relative pronoun or determiner is tagged `prn.rel…` / `rel.…` by Apertium.
        if first == "rel" { features.insert(.relative) }
        self.features = features
    }

    public func has(_ feature: MorphFeatures) -> Bool { features.isSuperset(of: feature) }
    public func hasAny(_ feature: MorphFeatures) -> Bool { !features.isDisjoint(with: feature) }

    /// True when plural (or invariable and not singular).
    public var isPlural: Bool { features.contains(.plural) }
}
