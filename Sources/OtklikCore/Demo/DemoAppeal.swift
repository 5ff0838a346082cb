import Foundation

/// One appeal of the demo region and the workflow steps it goes through after intake.
public struct DemoAppeal: Sendable {
    public var draft: AppealDraft
    public var bodyId: String
    public var steps: [DemoStep]
    /// Index of an earlier demo appeal this one repeats.
    public var repeatOfIndex: Int?
}
