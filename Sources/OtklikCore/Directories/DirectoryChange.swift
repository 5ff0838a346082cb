import Foundation

/// A change made to a directory — a municipality, a body, a topic block or topic, a user, a topic's place on the
/// public map — kept with who made it and the entry before and after (M19: what the system records is not
/// changed silently; the appeals have their event chain, the directories this log).
public struct DirectoryChange: Codable, Sendable, Equatable {
    public enum Entity: String, Codable, Sendable, CaseIterable {
        case municipality, body, block, topic, user, places
        case publicTopic = "public_topic"

        public var title: String {
            switch self {
            case .municipality: "Муниципальное образование"
            case .body: "Орган"
            case .block: "Отраслевой блок"
            case .topic: "Тема"
            case .user: "Пользователь"
            case .places: "Населённые пункты"
            case .publicTopic: "Тема на публичной карте"
            }
        }
    }

    public var at: Date
    /// The user who made it; `system` for the demo loader and the command line.
    public var actorId: String
    public var entity: Entity
    public var entityId: String
    /// The entry as canonical JSON; nil before it existed.
    public var before: String?
    public var after: String?

    public init(at: Date, actorId: String, entity: Entity, entityId: String, before: String?, after: String?) {
        self.at = at
        self.actorId = actorId
        self.entity = entity
        self.entityId = entityId
        self.before = before
        self.after = after
    }

    /// The fields whose values differ, each as «name: before → after» (a new entry: every field it has).
    public var changes: [String] {
        func object(_ text: String?) -> [String: JSONValue] {
            text.flatMap { try? JSONDecoder().decode([String: JSONValue].self, from: Data($0.utf8)) } ?? [:]
        }
        let old = object(before)
        let new = object(after)
        return Set(old.keys).union(new.keys).sorted().compactMap { key in
            guard old[key] != new[key] else { return nil }
            return "\(key): \(old[key].map(Self.shown) ?? "—") → \(new[key].map(Self.shown) ?? "—")"
        }
    }

    private static func shown(_ value: JSONValue) -> String {
        (try? JSONCoding.encoder().encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "?"
    }
}
