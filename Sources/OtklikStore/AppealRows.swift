import Foundation
import OtklikCore
import SQLKit

/// Reading and writing the `appeals` projection: indexed columns for filters plus the whole
/// appeal as canonical JSON in `doc`.
enum AppealRows {
    static func decode(_ row: any SQLRow) throws -> Appeal {
        try decode(Data(try row.decode(column: "doc", as: String.self).utf8))
    }

    static func decode(_ document: Data) throws -> Appeal {
        try JSONCoding.decoder().decode(Appeal.self, from: document)
    }

    /// The appeal's canonical JSON: stored in `doc` and compared by `ChangeSet`.
    static func document(_ appeal: Appeal) throws -> Data {
        try CanonicalJSON.encode(appeal)
    }

    static func load(id: String, in db: any SQLDatabase) async throws -> Appeal? {
        try await storedDocument(id: id, in: db).map(decode)
    }

    static func storedDocument(id: String, in db: any SQLDatabase) async throws -> Data? {
        try await db.raw("SELECT doc FROM appeals WHERE id = \(bind: id)").first()
            .map { Data(try $0.decode(column: "doc", as: String.self).utf8) }
    }

    /// Rows per multi-row statement: well under the bind limits of both engines (20 binds a row).
    static let chunk = 100

    /// The stored appeals with these (channel, external id) keys.
    static func existing(keys: [IntakeKey], in db: any SQLDatabase) async throws -> [IntakeKey: Appeal] {
        var found: [IntakeKey: Appeal] = [:]
        for start in stride(from: 0, to: keys.count, by: chunk) {
            let pairs = keys[start..<min(start + chunk, keys.count)].map { key -> SQLQueryString in
                "(\(bind: key.channel), \(bind: key.externalId))"
            }
            let rows = try await db.raw("SELECT doc FROM appeals WHERE (channel, external_id) IN (VALUES \(pairs.joined(separator: ", ")))").all()
            for row in rows {
                let appeal = try decode(row)
                if let externalId = appeal.externalId { found[IntakeKey(channel: appeal.channel.rawValue, externalId: externalId)] = appeal }
            }
        }
        return found
    }

    /// Inserts new appeals with their canonical JSON, many rows to a statement.
    static func insert(_ rows: [(appeal: Appeal, document: Data, searchText: String)], in db: any SQLDatabase) async throws {
        for start in stride(from: 0, to: rows.count, by: chunk) {
            let values = rows[start..<min(start + chunk, rows.count)].map { a, document, searchText -> SQLQueryString in
                """
                (\(bind: a.id), \(bind: a.number), \(bind: a.kind.rawValue), \(bind: a.channel.rawValue), \(bind: a.externalId),
                  \(bind: Timestamp.millis(a.receivedAt)), \(bind: a.status.rawValue), \(bind: a.municipalityId), \(bind: a.blockId),
                  \(bind: a.topicId), \(bind: a.bodyId), \(bind: a.executorId), \(bind: a.controlDueAt.map(Timestamp.millis)),
                  \(bind: openDue(a)), \(bind: searchText), \(bind: Int64(a.version)), \(bind: Timestamp.millis(a.updatedAt)),
                  \(bind: String(decoding: document, as: UTF8.self)), \(bind: a.point?.lat), \(bind: a.point?.lon))
                """
            }
            try await db.raw(
                """
                INSERT INTO appeals (id, number, kind, channel, external_id, received_at, status, municipality_id, block_id, topic_id,
                  body_id, executor_id, due_at, open_due_at, search_text, version, updated_at, doc, lat, lon)
                VALUES \(values.joined(separator: ", "))
                """
            ).run()
        }
    }

    /// Writes the new state only over the version it was computed from; a concurrent change fails it.
    static func update(_ a: Appeal, document: Data, from previousVersion: Int, in db: any SQLDatabase) async throws {
        let rows = try await db.raw(
            """
            UPDATE appeals SET status = \(bind: a.status.rawValue), municipality_id = \(bind: a.municipalityId),
              block_id = \(bind: a.blockId), topic_id = \(bind: a.topicId), body_id = \(bind: a.bodyId),
              executor_id = \(bind: a.executorId), due_at = \(bind: a.controlDueAt.map(Timestamp.millis)),
              open_due_at = \(bind: openDue(a)), search_text = \(bind: searchText(a)), version = \(bind: Int64(a.version)),
              updated_at = \(bind: Timestamp.millis(a.updatedAt)), doc = \(bind: String(decoding: document, as: UTF8.self)),
              lat = \(bind: a.point?.lat), lon = \(bind: a.point?.lon)
            WHERE id = \(bind: a.id) AND version = \(bind: Int64(previousVersion))
            RETURNING id
            """
        ).all()
        guard rows.count == 1 else { throw StoreError.workflow(.versionConflict(expected: previousVersion, actual: -1)) }
    }

    /// The term while it runs, nil once the item is answered, postponed or finished: overdue and «скоро срок»
    /// queries read only this, so at millions of appeals they touch the open items, not the whole history.
    static func openDue(_ a: Appeal) -> Int64? {
        TermState.runningDue(a).map(Timestamp.millis)
    }

    /// The columns `rollupKey` reads.
    static let rollupKeyColumns = "received_at, municipality_id, block_id, topic_id, body_id, channel, kind, status"

    /// The item's rollup cell from its columns (`RollupKey`), without decoding the document.
    static func rollupKey(_ row: any SQLRow, timeZone: TimeZone) throws -> RollupKey {
        RollupKey(
            day: LocalDate(Timestamp.date(millis: try row.decode(column: "received_at", as: Int64.self)), in: timeZone),
            municipalityId: try row.decode(column: "municipality_id", as: String?.self) ?? "",
            blockId: try row.decode(column: "block_id", as: String?.self) ?? "", topicId: try row.decode(column: "topic_id", as: String?.self) ?? "",
            bodyId: try row.decode(column: "body_id", as: String?.self) ?? "", channel: try row.decode(column: "channel", as: String.self),
            kind: try row.decode(column: "kind", as: String.self), status: try row.decode(column: "status", as: String.self)
        )
    }

    /// Copies each item's point from its document into `lat`, `lon`, page by page (migration 11).
    static func fillPoints(in db: any SQLDatabase) async throws {
        struct Located: Decodable { var point: GeoPoint? }
        var after = ""
        while true {
            let rows = try await db.raw("SELECT id, doc FROM appeals WHERE id > \(bind: after) ORDER BY id LIMIT 2000").all()
            guard let last = rows.last else { return }
            for row in rows {
                let document = Data(try row.decode(column: "doc", as: String.self).utf8)
                guard let point = try JSONCoding.decoder().decode(Located.self, from: document).point else { continue }
                try await db.raw(
                    "UPDATE appeals SET lat = \(bind: point.lat), lon = \(bind: point.lon) WHERE id = \(bind: try row.decode(column: "id", as: String.self))"
                ).run()
            }
            after = try last.decode(column: "id", as: String.self)
        }
    }

    /// Fills each stored item's facts from its events (`HistoryFacts`, migration 15); only the document
    /// changes, and only where a fact was missing.
    static func fillFacts(in db: any SQLDatabase) async throws {
        let executors = Set(
            try await db.raw("SELECT id FROM users WHERE role = \(bind: Role.executor.rawValue)").all().map { try $0.decode(column: "id", as: String.self) }
        )
        try await amendDocuments(in: db) { page in
            var steps: [String: [HistoryFacts.Step]] = [:]
            for event in try await db.raw("SELECT appeal_id, at, actor_id, type FROM events WHERE appeal_id IN (\(binds: page.map(\.id))) ORDER BY seq").all() {
                steps[try event.decode(column: "appeal_id", as: String.self), default: []].append(
                    HistoryFacts.Step(
                        action: try event.decode(column: "type", as: String.self), at: Timestamp.date(millis: try event.decode(column: "at", as: Int64.self)),
                        byExecutor: executors.contains(try event.decode(column: "actor_id", as: String.self))
                    )
                )
            }
            return page.compactMap { appeal in
                var appeal = appeal
                return HistoryFacts.fill(&appeal, from: steps[appeal.id] ?? []) ? appeal : nil
            }
        }
    }

    /// Counts the working minutes to the first reaction of each stored item that reacted without them
    /// (`TermPolicy.settleReaction`, migration 31); only those documents change.
    static func fillReactionMinutes(in db: any SQLDatabase, terms: TermPolicy) async throws {
        try await amendDocuments(in: db, containing: "\"reactedAt\"") { page in
            page.compactMap { appeal in
                guard appeal.reactionWorkingMinutes == nil else { return nil }
                var appeal = appeal
                terms.settleReaction(&appeal)
                return appeal.reactionWorkingMinutes == nil ? nil : appeal
            }
        }
    }

    /// Goes through the stored items a thousand at a time in id order (those whose document contains `text`,
    /// when given) and writes back the documents of the items `amend` returns changed: what a migration that
    /// adds a derived fact to older items does.
    static func amendDocuments(
        in db: any SQLDatabase, containing text: String? = nil, _ amend: ([Appeal]) async throws -> [Appeal]
    ) async throws {
        let filter: SQLQueryString = text.map { "AND doc LIKE \(bind: "%" + $0 + "%")" } ?? ""
        var after = ""
        while true {
            let rows = try await db.raw("SELECT id, doc FROM appeals WHERE id > \(bind: after) \(filter) ORDER BY id LIMIT 1000").all()
            guard let last = rows.last else { return }
            for appeal in try await amend(try rows.map(decode)) {
                let document = String(decoding: try self.document(appeal), as: UTF8.self)
                try await db.raw("UPDATE appeals SET doc = \(bind: document) WHERE id = \(bind: appeal.id)").run()
            }
            after = try last.decode(column: "id", as: String.self)
        }
    }

    static func searchText(_ a: Appeal) -> String {
        searchText(number: a.number, rest: searchRest(a))
    }

    /// The search text but the number: intake has it before the number is taken (`UnnumberedAppeal`).
    static func searchRest(_ a: Appeal) -> String {
        SearchText.normalize([a.text, a.summary ?? "", a.address ?? ""].joined(separator: " "))
    }

    /// The number and the rest, as `normalize` would make of them joined by a space.
    static func searchText(number: String, rest: String) -> String {
        let number = SearchText.normalize(number)
        return number.isEmpty ? rest : rest.isEmpty ? number : number + " " + rest
    }
}
