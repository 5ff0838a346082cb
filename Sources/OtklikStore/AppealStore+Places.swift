import Foundation
import OtklikCore
import SQLKit

/// The populated places of each municipality (issue 5: «settlement names and their forms»): loaded from ОКТМО
/// (`OKTMOPlaces`), they let the finder name the municipality of «ст-ца Калининская» as it does «в Цимлянске».
extension AppealStore {
    /// Place names by municipality id, each list sorted.
    public func places() async throws -> [String: [String]] {
        try await backend.read { db in try await Self.loadPlaces(db) }
    }

    /// Replaces the place names of the municipalities given (the others keep theirs), recording each change in
    /// the directory's log. A municipality the directory does not hold is refused and nothing is written.
    public func save(places: [String: [String]], by actor: String = systemActor, at now: Date = Timestamp.now()) async throws {
        try Self.checkPlaces(places, known: try await references().municipalityIds)
        try await backend.write { db in try await Self.write(places: places, by: actor, at: now, in: db) }
        invalidateReferences()
    }

    /// Refuses places of a municipality not in `known`, naming each.
    static func checkPlaces(_ places: [String: [String]], known: Set<String>) throws {
        let unknown = places.keys.filter { !known.contains($0) }.sorted()
        guard unknown.isEmpty else {
            throw StoreError.invalid(unknown.map { FieldError(field: "places/\($0)", message: "Нет муниципального образования с кодом ОКТМО \($0)") })
        }
    }

    /// Writes `places` in the caller's transaction, each municipality's list replaced and logged.
    static func write(places: [String: [String]], by actor: String, at now: Date, in db: any SQLDatabase) async throws {
        guard !places.isEmpty else { return }
        let old = try await loadPlaces(db)
        for (municipality, names) in places.sorted(by: { $0.key < $1.key }) {
            let names = Array(Set(names.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })).sorted()
            // As an object, so that the log shows the list as the field «names».
            try await recordChange(
                .places, id: municipality, before: old[municipality].map { ["names": $0] }, after: ["names": names], by: actor, at: now, in: db
            )
            try await db.raw("DELETE FROM places WHERE municipality_id = \(bind: municipality)").run()
            for start in stride(from: 0, to: names.count, by: AppealRows.chunk) {
                let rows = names[start..<min(start + AppealRows.chunk, names.count)].map { name -> SQLQueryString in
                    "(\(bind: municipality), \(bind: name))"
                }
                try await db.raw("INSERT INTO places (municipality_id, name) VALUES \(rows.joined(separator: ", "))").run()
            }
        }
    }

    /// Replaces the places of the directory's municipalities the two ОКТМО lists cover (`OKTMOPlaces`); returns
    /// what was loaded, in words. Lists that cover none of them are refused (the field `settlements`), nothing written.
    public func importPlaces(formations: String, settlements: String, by actor: String = systemActor, at now: Date = Timestamp.now()) async throws -> String {
        let municipalities = try await references().municipalities
        let places = OKTMOPlaces.places(formations: formations, settlements: settlements, municipalities: Set(municipalities.map(\.oktmo)))
        guard !places.isEmpty else {
            throw StoreError.invalid([
                FieldError(field: "settlements", message: "В файлах нет населённых пунктов ни одного из \(municipalities.count) муниципальных образований справочника")
            ])
        }
        try await save(places: places, by: actor, at: now)
        let names = places.values.reduce(0) { $0 + $1.count }
        return "Загружено населённых пунктов: \(names) в \(places.count) из \(municipalities.count) муниципальных образований"
    }

    /// Finds the municipality an address or a text names: by the directory's names first, then by its places.
    public func municipalityFinder() async throws -> MunicipalityFinder {
        if let cached = cachedFinder.withLock({ $0 }) { return cached }
        let municipalities = try await references().municipalities
        let places = try await self.places()
        let finder = MunicipalityFinder(
            places: municipalities.map { PlaceName(municipalityId: $0.oktmo, name: $0.name) }
                + municipalities.flatMap { m in (places[m.oktmo] ?? []).map { PlaceName(municipalityId: m.oktmo, name: $0) } }
        )
        cachedFinder.withLock { $0 = finder }
        return finder
    }

    static func loadPlaces(_ db: any SQLDatabase) async throws -> [String: [String]] {
        var places: [String: [String]] = [:]
        for row in try await db.raw("SELECT municipality_id, name FROM places").all() {
            places[try row.decode(column: "municipality_id", as: String.self), default: []].append(try row.decode(column: "name", as: String.self))
        }
        // Sorted here, not by the database, whose collation may differ from the lists' order the log compares.
        return places.mapValues { $0.sorted() }
    }
}
