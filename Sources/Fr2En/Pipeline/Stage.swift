// Licensed under the Apache License, Version 2.0.

/// One step of the fr2en pipeline: a pure function from a typed input to a typed output.
///
/// Stages never refer to their neighbours; only `TranslationPipeline` (Pipeline+Default.swift) knows their order.
/// Each stage gets its data (lexicons, options) through `init` and holds no mutable shared state, so one instance
/// can serve several tasks at once.
public protocol Stage: Sendable {
    associatedtype Input: Sendable
    associatedtype Output: Sendable
    /// The stage's name in dumps, golden files and the CLI.
    static var id: StageID { get }
    /// Transforms one input element.
    func process(_ input: Input) throws -> Output
}
