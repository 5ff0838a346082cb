/// The orders of the appeal list, each a keyset on (key, id) so paging stays cheap at any depth.
public enum AppealSort: String, Sendable, CaseIterable {
    /// Received, newest first (the default).
    case newest
    /// Received, oldest first.
    case oldest
    /// The running term, the nearest (or most overdue) first; only items whose term runs have one.
    case due

    public var title: String {
        switch self {
        case .newest: "Сначала новые"
        case .oldest: "Сначала старые"
        case .due: "По сроку: ближайший первым (только с идущим сроком)"
        }
    }

    var column: String {
        switch self {
        case .newest, .oldest: "received_at"
        case .due: "open_due_at"
        }
    }

    var descending: Bool { self == .newest }
}
