import Foundation
import OtklikCore

/// Small helpers shared by the core tests.
enum Fixtures {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)

    static func user(_ role: Role, body: String? = nil, blocks: [String] = []) -> User {
        User(id: "u-\(role.rawValue)", login: role.rawValue, name: role.title, role: role, bodyId: body, blockIds: blocks)
    }

    /// An appeal in `status`, routed to body `b1`, in block `roads`.
    static func appeal(_ status: AppealStatus, body: String? = "b1") -> Appeal {
        var appeal = Appeal(
            id: "a1", number: "ЦУР-2026-000001",
            draft: AppealDraft(kind: .appeal, channel: .letter, text: "Яма на дороге", topicId: "roads.repair"), receivedAt: now, now: now
        )
        appeal.blockId = "roads"
        appeal.bodyId = body
        appeal.status = status
        return appeal
    }

    /// The user of `role` whose scope includes `appeal()`.
    static func inScopeUser(_ role: Role) -> User {
        user(role, body: role == .executor ? "b1" : nil, blocks: [.blockHead, .blockResponsible].contains(role) ? ["roads"] : [])
    }

    static let references = WorkflowReferences(bodyIds: ["b1", "b2"], municipalityIds: ["60701000"], rubricator: .default)

    /// The input that satisfies every action's required fields.
    static let fullInput = ActionInput(
        bodyId: "b2", text: "Ответ по существу", until: now.addingTimeInterval(86_400), reason: "Причина", ground: .abusive,
        intoId: "a2", satisfied: true
    )
}
