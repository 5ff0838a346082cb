import Foundation
import Logging
import OtklikCore
import OtklikStore

/// Fills an empty database with the demo region: territory, rubricator, users of every role and
/// generated appeals taken through their workflows.
public enum DemoLoader {
    public struct Login: Sendable {
        public var login: String
        public var password: String
        public var role: Role
    }

    /// The demo password of a login: printed to the operator, never used outside the demo.
    public static func password(for login: String) -> String { "otklik-\(login)" }

    public static func isEmpty(_ store: AppealStore) async throws -> Bool {
        try await store.users().isEmpty
    }

    /// Loads the region and `count` appeals; `progress` is called with the number done so far.
    @discardableResult
    public static func load(
        into store: AppealStore, appeals count: Int, seed: UInt64, bcryptCost: UInt8, now: Date = Timestamp.now(),
        progress: @Sendable (Int, Int) -> Void = { _, _ in }
    ) async throws -> [Login] {
        try await store.save(municipalities: DemoRegion.municipalities)
        try await store.save(rubricator: .default)
        // Social protection and health items speak of persons more than of places: the demo keeps them off the
        // public map, as a centre would decide with its switch per topic.
        for topic in Rubricator.default.topics where ["social", "health"].contains(topic.blockId) {
            try await store.setPublic(topic: topic.id, shown: false)
        }
        try await store.save(bodies: DemoRegion.bodies)
        var logins: [Login] = []
        let executors = Dictionary(uniqueKeysWithValues: DemoRegion.bodies.map { ($0.id, DemoRegion.executor(of: $0)) })
        for user in DemoRegion.staff + executors.values.sorted(by: { $0.login < $1.login }) {
            let password = password(for: user.login)
            try await Accounts.add(user, password: password, cost: bcryptCost, to: store)
            logins.append(Login(login: user.login, password: password, role: user.role))
        }
        guard let operatorUser = DemoRegion.staff.first(where: { $0.role == .operator }) else { return logins }
        var generator = DemoGenerator(seed: seed, now: now)
        let plan = generator.generate(count: count)
        var ids: [String] = []
        ids.reserveCapacity(plan.count)
        let batchSize = 500
        for start in stride(from: 0, to: plan.count, by: batchSize) {
            let slice = plan[start..<min(start + batchSize, plan.count)]
            let drafts = slice.map { item -> AppealDraft in
                var draft = item.draft
                if let index = item.repeatOfIndex, index < ids.count { draft.repeatOf = ids[index] }
                return draft
            }
            let results = try await store.intake(drafts, by: operatorUser, at: now)
            ids += results.map(\.appeal.id)
            var requests: [ActionRequest] = []
            for (offset, item) in slice.enumerated() {
                let id = results[offset].appeal.id
                for step in item.steps {
                    let actor = step.actorBodyId.flatMap { executors[$0] } ?? operatorUser
                    requests.append(ActionRequest(action: step.action, input: step.input, appealId: id, user: actor, at: step.at))
                }
            }
            _ = try await store.perform(requests)
            progress(min(start + batchSize, plan.count), plan.count)
        }
        return logins
    }
}
