// Licensed under the Apache License, Version 2.0.

/// The language a summariser selects sentences in; it picks the data files (`<rawValue>.stopwords.txt`, …).
public enum SummaryLanguage: String, CaseIterable, Sendable, Codable, Hashable {
    case fr
    case en
}
