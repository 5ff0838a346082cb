import OtklikCore

/// One page of the appeal list and where the next one starts.
public struct AppealPage: Sendable {
    public var items: [Appeal]
    public var nextCursor: PageCursor?
}
