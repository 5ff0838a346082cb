import Foundation
import Logging
import OtklikCore
import SQLKit
import Synchronization

/// The one storage interface of Otklik, the same over SQLite and PostgreSQL.
/// Every change of an appeal is written with its event in one transaction.
public final class AppealStore: Sendable {
    let backend: any DatabaseBackend
    let timeZone: TimeZone
    let numberPrefix: String
    let policy: TermPolicyHolder

    /// The region's term rules on its working calendar, applied at intake and at every action.
    public var terms: TermPolicy { policy.current }
    private let cachedReferences = Mutex<ReferenceData?>(nil)
    /// Built from the directory's names and places once, until they change (`AppealStore+Places`).
    let cachedFinder = Mutex<MunicipalityFinder?>(nil)
    let intakeQueue: CoalescingQueue<IntakeCall>
    /// Repeats, duplicates and campaigns, in memory (`AppealStore+Similarity`).
    let similarity = SimilarityProjection(rules: SimilarityRules())
    /// The analytics rollup in memory (`AppealStore+Analytics`).
    let analytics = AnalyticsProjection()
    /// The topic and body model (`AppealStore+Structure`).
    let structure = StructureModels()
    /// The site's public address for links in letters (`OTKLIK_PUBLIC_URL`); nil: letters carry none.
    let publicBaseURL = Mutex<String?>(nil)
    /// Sessions looked up lately (`OTKLIK_SESSION_CACHE_SECONDS`).
    let sessions = SessionCache(lifetime: AppealStore.defaultSessionCacheLifetime)
    /// How long a looked-up session is trusted unless the server is told otherwise.
    public static let defaultSessionCacheLifetime: TimeInterval = 2

    public var kind: DatabaseKind { backend.kind }

    init(backend: any DatabaseBackend, timeZone: TimeZone, numberPrefix: String, terms: TermPolicy) {
        self.backend = backend
        self.timeZone = timeZone
        self.numberPrefix = numberPrefix
        let policy = TermPolicyHolder(terms)
        self.policy = policy
        // Concurrent intake calls (single POSTs above all) become one set-at-a-time write.
        intakeQueue = CoalescingQueue(maxWeight: 2 * IntakeLimits.maxBatchSize, weight: { $0.items.count }) { calls in
            await Self.takeIn(calls, backend: backend, prefix: numberPrefix, timeZone: timeZone)
        }
    }

    /// Opens the database the URL names and, unless told otherwise, brings its schema up to date.
    public static func open(
        _ url: DatabaseURL, timeZone: TimeZone = TimeZone(identifier: "Europe/Moscow")!, numberPrefix: String = "ЦУР",
        terms: TermPolicy? = nil, migrating: Bool = true, logger: Logger = Logger(label: "otklik.store")
    ) async throws -> AppealStore {
        let backend: any DatabaseBackend =
            switch url {
            case .sqlite(let path): try await SQLiteBackend.open(path: path, logger: logger)
            case .postgres(let postgres): try await PostgresBackend.open(url: postgres, logger: logger)
            }
        let store = AppealStore(
            backend: backend, timeZone: timeZone, numberPrefix: numberPrefix, terms: terms ?? TermPolicy(timeZone: timeZone)
        )
        if migrating {
            try await store.migrate()
            try await store.loadCalendarYears()
        }
        return store
    }

    public func close() async throws {
        try await backend.close()
    }

    /// Applies the migrations not applied yet, each in its own transaction; returns their names.
    @discardableResult
    public func migrate() async throws -> [String] {
        try await migrate(through: Int64.max)
    }

    /// The migrations up to `last` (a test brings a database to an older version with it).
    func migrate(through last: Int64) async throws -> [String] {
        try await backend.write { db in
            try await db.raw(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)"
            ).run()
        }
        let known = try await backend.read { db in
            Set(try await db.raw("SELECT version FROM schema_migrations").all().map { try $0.decode(column: "version", as: Int64.self) })
        }
        let pending = Migrations.all.filter { $0.version <= last && !known.contains($0.version) }
        var applied: [String] = []
        for (index, migration) in pending.enumerated() {
            // A step works on the schema as it ends up (a recount writes every count column): one that a later
            // pending migration does again is left to it.
            let redone = Set(pending[(index + 1)...].flatMap(\.then))
            let done = try await backend.write { db in
                let rows = try await db.raw("SELECT version FROM schema_migrations WHERE version = \(bind: migration.version)").all()
                if !rows.isEmpty { return false }
                for statement in migration.statements { try await db.raw(SQLQueryString(statement)).run() }
                for step in migration.then where !redone.contains(step) {
                    switch step {
                    case .rebuildAnalytics: try await Self.rebuildAnalytics(in: db, timeZone: self.timeZone)
                    case .fillPoints: try await AppealRows.fillPoints(in: db)
                    case .fillFacts: try await AppealRows.fillFacts(in: db)
                    case .fillReactionMinutes:
                        var terms = self.terms
                        terms.calendar = try await Self.calendar(terms.calendar, withYearsIn: db)
                        try await AppealRows.fillReactionMinutes(in: db, terms: terms)
                    }
                }
                try await db.raw(
                    """
                    INSERT INTO schema_migrations (version, name, applied_at)
                    VALUES (\(bind: migration.version), \(bind: migration.name), \(bind: Timestamp.millis(Date())))
                    """
                ).run()
                return true
            }
            if done { applied.append(migration.name) }
        }
        return applied
    }

    // MARK: Reference data

    public func references() async throws -> ReferenceData {
        if let cached = cachedReferences.withLock({ $0 }) { return cached }
        let loaded = try await backend.read { db in try await Self.loadReferences(db) }
        cachedReferences.withLock { $0 = loaded }
        return loaded
    }

    func invalidateReferences() {
        cachedReferences.withLock { $0 = nil }
        cachedFinder.withLock { $0 = nil }
    }

    static func loadReferences(_ db: any SQLDatabase) async throws -> ReferenceData {
        let municipalities = try await db.raw("SELECT id, name, lat, lon, population FROM municipalities ORDER BY name").all().map { row in
            let lat = try row.decode(column: "lat", as: Double?.self)
            let lon = try row.decode(column: "lon", as: Double?.self)
            return Municipality(
                oktmo: try row.decode(column: "id", as: String.self), name: try row.decode(column: "name", as: String.self),
                centre: lat.flatMap { lat in lon.map { GeoPoint(lat: lat, lon: $0) } },
                population: try row.decode(column: "population", as: Int64?.self).map(Int.init)
            )
        }
        let bodies = try await db.raw("SELECT id, name, municipality_id, block_ids, official_page FROM bodies ORDER BY name").all().map { row in
            Body(
                id: try row.decode(column: "id", as: String.self), name: try row.decode(column: "name", as: String.self),
                municipalityId: try row.decode(column: "municipality_id", as: String?.self),
                blockIds: try JSONCoding.decoder().decode([String].self, from: Data(try row.decode(column: "block_ids", as: String.self).utf8)),
                officialPage: try row.decode(column: "official_page", as: String?.self)
            )
        }
        let blocks = try await db.raw("SELECT id, name FROM topic_blocks ORDER BY position, id").all().map { row in
            TopicBlock(id: try row.decode(column: "id", as: String.self), name: try row.decode(column: "name", as: String.self))
        }
        let topics = try await db.raw("SELECT id, block_id, name, keywords FROM topics ORDER BY position, id").all().map { row in
            Topic(
                id: try row.decode(column: "id", as: String.self), blockId: try row.decode(column: "block_id", as: String.self),
                name: try row.decode(column: "name", as: String.self),
                keywords: try row.decode(column: "keywords", as: String?.self).map { try JSONCoding.decoder().decode([String].self, from: Data($0.utf8)) }
            )
        }
        return ReferenceData(municipalities: municipalities, bodies: bodies, rubricator: Rubricator(blocks: blocks, topics: topics))
    }

    /// Saves municipalities and, in the same transaction, the place names of any of them (`places`, as
    /// `save(places:)` takes them): a municipality's form is one write.
    public func save(
        municipalities: [Municipality], places: [String: [String]] = [:], by actor: String = systemActor, at now: Date = Timestamp.now()
    ) async throws {
        try Self.checkPlaces(places, known: try await references().municipalityIds.union(municipalities.map(\.oktmo)))
        try await backend.write { db in
            let old = Dictionary(try await Self.loadReferences(db).municipalities.map { ($0.oktmo, $0) }) { first, _ in first }
            for m in municipalities {
                try await Self.recordChange(.municipality, id: m.oktmo, before: old[m.oktmo], after: m, by: actor, at: now, in: db)
                try await db.raw(
                    """
                    INSERT INTO municipalities (id, name, lat, lon, population)
                    VALUES (\(bind: m.oktmo), \(bind: m.name), \(bind: m.centre?.lat), \(bind: m.centre?.lon), \(bind: m.population.map(Int64.init)))
                    ON CONFLICT (id) DO UPDATE SET name = excluded.name, lat = excluded.lat, lon = excluded.lon, population = excluded.population
                    """
                ).run()
            }
            try await Self.write(places: places, by: actor, at: now, in: db)
        }
        invalidateReferences()
    }

    public func save(bodies: [Body], by actor: String = systemActor, at now: Date = Timestamp.now()) async throws {
        try await backend.write { db in
            let old = Dictionary(try await Self.loadReferences(db).bodies.map { ($0.id, $0) }) { first, _ in first }
            for b in bodies {
                try await Self.recordChange(.body, id: b.id, before: old[b.id], after: b, by: actor, at: now, in: db)
                let blocks = String(decoding: try JSONCoding.encoder().encode(b.blockIds), as: UTF8.self)
                try await db.raw(
                    """
                    INSERT INTO bodies (id, name, municipality_id, block_ids, official_page)
                    VALUES (\(bind: b.id), \(bind: b.name), \(bind: b.municipalityId), \(bind: blocks), \(bind: b.officialPage))
                    ON CONFLICT (id) DO UPDATE SET name = excluded.name, municipality_id = excluded.municipality_id, block_ids = excluded.block_ids,
                      official_page = excluded.official_page
                    """
                ).run()
            }
        }
        invalidateReferences()
    }

    public func save(rubricator: Rubricator, by actor: String = systemActor, at now: Date = Timestamp.now()) async throws {
        try await backend.write { db in
            let old = try await Self.loadReferences(db).rubricator
            for (position, block) in rubricator.blocks.enumerated() {
                try await Self.recordChange(
                    .block, id: block.id, before: old.blocks.first { $0.id == block.id }, after: block, by: actor, at: now, in: db
                )
                try await db.raw(
                    """
                    INSERT INTO topic_blocks (id, name, position) VALUES (\(bind: block.id), \(bind: block.name), \(bind: Int64(position)))
                    ON CONFLICT (id) DO UPDATE SET name = excluded.name, position = excluded.position
                    """
                ).run()
            }
            for (position, topic) in rubricator.topics.enumerated() {
                let before = old.topic(topic.id)
                var stored = topic
                if stored.keywords == nil { stored.keywords = before?.keywords }
                try await Self.recordChange(.topic, id: topic.id, before: before, after: stored, by: actor, at: now, in: db)
                let keywords = try topic.keywords.map { String(decoding: try JSONCoding.encoder().encode($0), as: UTF8.self) }
                // A topic saved without keywords (nil) keeps the ones it has; an empty list clears them.
                try await db.raw(
                    """
                    INSERT INTO topics (id, block_id, name, position, keywords)
                    VALUES (\(bind: topic.id), \(bind: topic.blockId), \(bind: topic.name), \(bind: Int64(position)), \(bind: keywords))
                    ON CONFLICT (id) DO UPDATE SET block_id = excluded.block_id, name = excluded.name, position = excluded.position,
                      keywords = COALESCE(excluded.keywords, topics.keywords)
                    """
                ).run()
            }
        }
        invalidateReferences()
    }
}
