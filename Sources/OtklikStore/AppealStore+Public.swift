import Foundation
import OtklikCore
import SQLKit

extension AppealStore {
    /// The item of a public-side link: its number and the secret's hash must both match; nil otherwise, so a
    /// guessed number tells nothing.
    public func publicAppeal(number: String, secret: String) async throws -> Appeal? {
        // A NUL is refused before the query: PostgreSQL cannot compare text with one.
        guard TrackingSecret.isWellFormed(secret), !number.unicodeScalars.contains("\u{0}") else { return nil }
        return try await backend.read { db in
            guard let row = try await db.raw(
                """
                SELECT a.id FROM appeals a
                WHERE a.number = \(bind: number)
                  AND (EXISTS (SELECT 1 FROM public_tickets t WHERE t.appeal_id = a.id AND t.secret_sha256 = \(bind: TrackingSecret.hash(secret)))
                    OR EXISTS (SELECT 1 FROM public_keys k WHERE k.appeal_id = a.id AND k.secret_sha256 = \(bind: TrackingSecret.hash(secret))))
                """
            ).first() else { return nil }
            return try await AppealRows.load(id: try row.decode(column: "id", as: String.self), in: db)
        }
    }

    /// The consent recorded with a public-side item: its version, text hash and time.
    public func publicConsent(of appealId: String) async throws -> (version: String, sha256: String, at: Date)? {
        try await backend.read { db in
            guard let row = try await db.raw(
                "SELECT consent_version, consent_sha256, consented_at FROM public_tickets WHERE appeal_id = \(bind: appealId)"
            ).first() else { return nil }
            return (
                try row.decode(column: "consent_version", as: String.self), try row.decode(column: "consent_sha256", as: String.self),
                Timestamp.date(millis: try row.decode(column: "consented_at", as: Int64.self))
            )
        }
    }

    /// The topics kept off the public list and map.
    public func hiddenPublicTopics() async throws -> Set<String> {
        try await backend.read { db in
            Set(try await db.raw("SELECT topic_id FROM public_hidden_topics").all().map { try $0.decode(column: "topic_id", as: String.self) })
        }
    }

    /// Shows a topic's items on the public list and map, or keeps them off.
    public func setPublic(topic id: String, shown: Bool, by actor: String = systemActor, at now: Date = Timestamp.now()) async throws {
        try await backend.write { db in
            let hidden = try await db.raw("SELECT topic_id FROM public_hidden_topics WHERE topic_id = \(bind: id)").first() != nil
            try await Self.recordChange(.publicTopic, id: id, before: ["shown": !hidden], after: ["shown": shown], by: actor, at: now, in: db)
            try await db.raw("DELETE FROM public_hidden_topics WHERE topic_id = \(bind: id)").run()
            if !shown { try await db.raw("INSERT INTO public_hidden_topics (topic_id) VALUES (\(bind: id))").run() }
        }
    }

    /// A page of the public list, newest first: the items `PublicListing.shows` lets through, keyset-paged on
    /// (received_at, id); `municipalityId` and `topicId` narrow it.
    public func publicProblems(municipalityId: String?, topicId: String?, limit: Int, after cursor: PageCursor?) async throws -> AppealPage {
        var sql: SQLQueryString = """
            SELECT a.doc, a.received_at AS sort_key, a.id FROM appeals a
            WHERE a.topic_id IS NOT NULL AND a.topic_id NOT IN (SELECT topic_id FROM public_hidden_topics)
              AND a.status NOT IN (\(binds: PublicListing.hiddenStatuses.map(\.rawValue).sorted()))
              AND (a.kind <> \(bind: AppealKind.appeal.rawValue) OR EXISTS (SELECT 1 FROM public_tickets t WHERE t.appeal_id = a.id))
            """
        if let municipalityId { sql += " AND a.municipality_id = \(bind: municipalityId)" }
        if let topicId { sql += " AND a.topic_id = \(bind: topicId)" }
        if let cursor {
            sql += " AND (a.received_at < \(bind: cursor.key) OR (a.received_at = \(bind: cursor.key) AND a.id < \(bind: cursor.id)))"
        }
        sql += " ORDER BY a.received_at DESC, a.id DESC LIMIT \(literal: limit + 1)"
        let query = sql
        let rows = try await backend.read { db in try await db.raw(query).all() }
        let items = try rows.prefix(limit).map(AppealRows.decode)
        let next = rows.count > limit ? try rows[limit - 1].decode(column: "sort_key", as: Int64.self) : nil
        return AppealPage(items: items, nextCursor: next.map { PageCursor(key: $0, id: items[limit - 1].id) })
    }

    /// Sets the site's public address that letters link to (nil: none).
    public func setPublicBaseURL(_ url: String?) {
        publicBaseURL.withLock { $0 = url }
    }

    /// An answer sent where the channel has no rating buttons (`OutboundNotices.asksByLink`: e-mail, OK, a VK
    /// comment) asks «помог ли ответ?» by a link with a key of its own (the resident's first
    /// secret is kept only as a hash); the key is stored in the same transaction. Other messages pass as they are.
    func linkingRatings(_ messages: [OutboundMessage], of appeal: Appeal, at now: Date, in db: any SQLDatabase) async throws -> [OutboundMessage] {
        guard let base = publicBaseURL.withLock({ $0 }), OutboundNotices.asksByLink(appeal) else { return messages }
        var linked: [OutboundMessage] = []
        for message in messages {
            guard message.asksRating else {
                linked.append(message)
                continue
            }
            let secret = try await Self.newKey(to: appeal.id, at: now, in: db)
            linked.append(OutboundNotices.askingByLink(message, link: PublicLink.url(base: base, number: appeal.number, secret: secret)))
        }
        return linked
    }

    /// Another key to an item's public page, stored as its hash in the caller's transaction; returns the key.
    static func newKey(to appealId: String, at now: Date, in db: any SQLDatabase) async throws -> String {
        let secret = TrackingSecret.generate()
        try await db.raw(
            """
            INSERT INTO public_keys (secret_sha256, appeal_id, created_at)
            VALUES (\(bind: TrackingSecret.hash(secret)), \(bind: appealId), \(bind: Timestamp.millis(now)))
            """
        ).run()
        return secret
    }

    static func insertTicket(_ ticket: PublicTicket, of appealId: String, at now: Date, in db: any SQLDatabase) async throws {
        try await db.raw(
            """
            INSERT INTO public_tickets (appeal_id, secret_sha256, consent_version, consent_sha256, consented_at, author_sha256)
            VALUES (\(bind: appealId), \(bind: ticket.secretHash), \(bind: ticket.consentVersion), \(bind: ticket.consentSHA256), \(bind: Timestamp.millis(now)),
              \(bind: ticket.authorHash))
            """
        ).run()
    }
}
