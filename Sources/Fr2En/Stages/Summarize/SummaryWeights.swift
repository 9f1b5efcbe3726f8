// Licensed under the Apache License, Version 2.0.

/// The summariser's model: one weight per `SummaryFeature` and one value per `SummaryParameter`.
///
/// A sentence's score is the logistic function of the weighted feature sum (its probability of belonging to a
/// summary under the learnt model), so scores lie in (0, 1) and mix with similarities in MMR.
///
/// File format (`Lexicons/<lang>.summary.weights.tsv`), tab-separated, `#` starts a comment line:
/// ```
/// feature	positionInverse	1.75
/// parameter	mmrLambda	0.8
/// ```
/// Every feature and every parameter must appear exactly once, so that a renamed or new feature cannot be
/// silently ignored.
public struct SummaryWeights: Sendable, Hashable {
    /// Weights indexed by `SummaryFeature.allCases` order.
    public private(set) var featureWeights: [Double]
    private var parameters: [SummaryParameter: Double]

    /// - Precondition: every feature and parameter has a value.
    public init(features: [SummaryFeature: Double], parameters: [SummaryParameter: Double]) {
        precondition(SummaryFeature.allCases.allSatisfy { features[$0] != nil }, "every feature needs a weight")
        precondition(SummaryParameter.allCases.allSatisfy { parameters[$0] != nil }, "every parameter needs a value")
        self.featureWeights = SummaryFeature.allCases.map { features[$0]! }
        self.parameters = parameters
    }

    public func weight(_ feature: SummaryFeature) -> Double {
        featureWeights[SummaryFeature.allCases.firstIndex(of: feature)!]
    }

    public subscript(parameter: SummaryParameter) -> Double { parameters[parameter]! }

    /// Loads a weight file.
    /// - Throws: `SummaryDataError` naming the file and line of a bad or duplicate entry, or a missing name.
    public static func load(path: String) throws -> SummaryWeights {
        var features: [SummaryFeature: Double] = [:]
        var parameters: [SummaryParameter: Double] = [:]
        for line in try SummaryDataFile.lines(path: path) {
            let fields = line.text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            func fail(_ reason: String) -> SummaryDataError {
                .malformed(file: path, line: line.number, reason: reason)
            }
            guard fields.count == 3 else { throw fail("expected 3 tab-separated fields: kind, name, value") }
            guard let value = Double(fields[2]), value.isFinite else { throw fail("'\(fields[2])' is not a number") }
            switch fields[0] {
            case "feature":
                guard let feature = SummaryFeature(rawValue: fields[1]) else {
                    throw fail("unknown feature '\(fields[1])'")
                }
                guard features.updateValue(value, forKey: feature) == nil else {
                    throw fail("feature '\(fields[1])' listed twice")
                }
            case "parameter":
                guard let parameter = SummaryParameter(rawValue: fields[1]) else {
                    throw fail("unknown parameter '\(fields[1])'")
                }
                guard parameters.updateValue(value, forKey: parameter) == nil else {
                    throw fail("parameter '\(fields[1])' listed twice")
                }
            default:
                throw fail("kind must be 'feature' or 'parameter', not '\(fields[0])'")
            }
        }
        if let feature = SummaryFeature.allCases.first(where: { features[$0] == nil }) {
            throw SummaryDataError.missing(file: path, name: feature.rawValue)
        }
        if let parameter = SummaryParameter.allCases.first(where: { parameters[$0] == nil }) {
            throw SummaryDataError.missing(file: path, name: parameter.rawValue)
        }
        return SummaryWeights(features: features, parameters: parameters)
    }
}
