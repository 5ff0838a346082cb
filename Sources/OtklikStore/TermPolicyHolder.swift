import OtklikCore
import Synchronization

/// The store's current term policy: replaced whole when an administrator loads a calendar year, read
/// by every write.
final class TermPolicyHolder: Sendable {
    private let policy: Mutex<TermPolicy>

    init(_ policy: TermPolicy) {
        self.policy = Mutex(policy)
    }

    var current: TermPolicy { policy.withLock { $0 } }

    func replace(_ update: (inout TermPolicy) -> Void) {
        policy.withLock { update(&$0) }
    }
}
