import Foundation
import OtklikCore
import SQLKit

extension AppealStore {
    /// Takes in drafts in one transaction: all are written, or none. A draft whose
    /// (channel, external id) is already stored returns the stored appeal and writes nothing. `payloads`,
    /// when given, are what the channel sent for each draft, `tickets` the public side's links and `files`
    /// the files that came with each, stored with the new items; a file `AttachmentPolicy` refuses fails the call.
    public func intake(
        _ drafts: [AppealDraft], payloads: [RawPayload?] = [], tickets: [PublicTicket?] = [], files: [[IncomingFile]] = [], by actor: User,
        at now: Date = Timestamp.now()
    ) async throws -> [IntakeResult] {
        let references = try await references()
        let validator = references.draftValidator
        var errors: [FieldError] = []
        // Suggest with the model there is now, if any: intake never waits for one nor starts its training
        // (the server's trainer and the first look at a card do).
        let (model, settings) = await structure.current
        var suggestions: [StructureSuggestion?] = []
        var structuredBy: [String?] = []
        var routes: [String?] = []
        let drafts = drafts.map { original in
            var draft = original
            let suggestion = model?.suggest(draft.text, explained: false)
            var automatic: String?
            if let model, let suggestion, draft.topicId == nil, draft.blockId == nil, let topic = settings.automaticTopic(suggestion, of: model) {
                draft.topicId = topic
                automatic = "model \(model.version)"
            }
            suggestions.append(suggestion)
            structuredBy.append(automatic)
            routes.append(model.flatMap { model in suggestion.flatMap { settings.automaticBody($0, of: model) } })
            return references.rubricator.completing(draft)
        }
        for (index, draft) in drafts.enumerated() {
            let path = drafts.count == 1 ? "" : "items/\(index)/"
            errors += validator.errors(in: draft, path: path, now: now)
            for (offset, file) in (index < files.count ? files[index] : []).enumerated() {
                if let reason = Self.refusal(of: file, index: offset) { errors.append(FieldError(field: path + "files/\(offset)", message: reason)) }
            }
        }
        guard errors.isEmpty else { throw StoreError.invalid(errors) }
        let year = numberingYear(of: now)
        let linkBase = publicBaseURL.withLock { $0 }
        let terms = terms
        let items = try drafts.indices.map {
            var appeal = Appeal(
                id: RecordID.make(at: now), number: "", draft: drafts[$0],
                receivedAt: drafts[$0].receivedAt.map { Timestamp.date(millis: Timestamp.millis($0)) } ?? now, now: now
            )
            appeal.suggestion = suggestions[$0]
            appeal.structuredBy = structuredBy[$0]
            terms.schedule(&appeal)
            return IntakeItem(
                draft: drafts[$0], actorId: actor.id, now: now, year: year, unnumbered: try UnnumberedAppeal(appeal),
                payload: $0 < payloads.count ? payloads[$0] : nil, ticket: $0 < tickets.count ? tickets[$0] : nil, linkBase: linkBase,
                files: $0 < files.count ? files[$0] : []
            )
        }
        let results = try await withCheckedThrowingContinuation { continuation in
            intakeQueue.submit(IntakeCall(items: items, continuation: continuation))
        }
        return await routed(results, to: routes, by: model, at: now)
    }

    /// Sends the new items the model is sure of to their body, together in one transaction and on record as
    /// the model's own action. Should that fail (an item changed meanwhile, a body left the directory), they
    /// stay new for the operator, as items below the confidence do.
    func routed(_ results: [IntakeResult], to bodies: [String?], by model: StructureModel?, at now: Date) async -> [IntakeResult] {
        guard let model else { return results }
        // Its login is what the item keeps as `routedBy`, as `structuredBy` keeps the model's topic.
        let actor = User(
            id: StructureModel.actorId, login: "model \(model.version)", name: "\(StructureModel.actorName) \(model.version)", role: .operator
        )
        let requests = zip(results, bodies).compactMap { result, body -> ActionRequest? in
            guard result.created, let body, result.appeal.status == .new else { return nil }
            return ActionRequest(action: .assign, input: ActionInput(bodyId: body), appealId: result.appeal.id, user: actor, at: now)
        }
        guard !requests.isEmpty, let assigned = try? await perform(requests) else { return results }
        let byId = Dictionary(assigned.map { ($0.id, $0) }) { first, _ in first }
        return results.map { result in
            var result = result
            if let appeal = byId[result.appeal.id] { result.appeal = appeal }
            return result
        }
    }

    /// Writes the drafts of concurrent intake calls in one transaction, set at a time, and answers
    /// each call with its own results. Validation happened before, so only the database can fail
    /// here, and then every merged call fails with nothing written.
    static func takeIn(_ calls: [IntakeCall], backend: any DatabaseBackend, prefix: String, timeZone: TimeZone) async {
        do {
            let items = calls.flatMap(\.items)
            let results = try await backend.write { db in try await insertNew(items, prefix: prefix, timeZone: timeZone, in: db) }
            var offset = 0
            for call in calls {
                call.continuation.resume(returning: Array(results[offset..<offset + call.items.count]))
                offset += call.items.count
            }
        } catch {
            for call in calls { call.continuation.resume(throwing: error) }
        }
    }

    static func insertNew(_ items: [IntakeItem], prefix: String, timeZone: TimeZone, in db: any SQLDatabase) async throws -> [IntakeResult] {
        let stored = try await AppealRows.existing(keys: items.compactMap { IntakeKey($0.draft) }, in: db)
        // Each draft is stored already, new, or a repeat of an earlier new one among these items.
        var sources: [IntakeSource] = []
        var newOffsetOfKey: [IntakeKey: Int] = [:]
        var creators: [IntakeItem] = []
        for item in items {
            if let key = IntakeKey(item.draft) {
                if let appeal = stored[key] {
                    sources.append(.stored(appeal))
                    continue
                }
                if let offset = newOffsetOfKey[key] {
                    sources.append(.repeatOfNew(offset))
                    continue
                }
                newOffsetOfKey[key] = creators.count
            }
            sources.append(.new(creators.count))
            creators.append(item)
        }
        var nextSequence: [Int: Int] = [:]
        for year in Set(creators.map(\.year)) {
            nextSequence[year] = try await reserveNumbers(creators.count { $0.year == year }, year: year, in: db)
        }
        let rows = try creators.map { item in
            let sequence = nextSequence[item.year] ?? 1
            nextSequence[item.year] = sequence + 1
            return try item.unnumbered.numbered(PublicNumber(prefix: prefix, year: item.year, sequence: sequence).formatted)
        }
        try await AppealRows.insert(rows, in: db)
        // The loops below go by index: a row's appeal is read in place, where taking the row out copied it whole.
        var payloadIds: [String?] = []
        for (index, item) in creators.enumerated() {
            guard let payload = item.payload else {
                payloadIds.append(nil)
                continue
            }
            payloadIds.append(try await insertPayload(payload, of: rows[index].appeal, at: item.now, in: db))
        }
        for (index, item) in creators.enumerated() {
            if let ticket = item.ticket { try await insertTicket(ticket, of: rows[index].appeal.id, at: item.now, in: db) }
            if !item.files.isEmpty { try await insertAttachments(prepared(item.files, for: rows[index].appeal.id, at: item.now).rows, in: db) }
        }
        var receipts: [OutboxEntry] = []
        for (index, item) in creators.enumerated() where OutboundNotices.concerns(rows[index].appeal) {
            let link = item.ticket.flatMap { ticket in
                item.linkBase.map { PublicLink.url(base: $0, number: rows[index].appeal.number, secret: ticket.secret) }
            }
            receipts.append(OutboxEntry(OutboundNotices.receipt(rows[index].appeal, link: link), to: rows[index].appeal, at: item.now))
        }
        try await enqueue(receipts, in: db)
        var events = EventWriter(db: db)
        let written = try await events.append(
            creators.indices.map { index in
                EventWriter.Entry(
                    appealId: rows[index].appeal.id, at: creators[index].now, actorId: creators[index].actorId, type: "created",
                    payload: ChangeSet.created(rows[index].document)
                )
            }
        )
        var rollups = RollupChanges(timeZone: timeZone)
        for index in rows.indices { rollups.add(rows[index].appeal) }
        if let last = written.last { try await rollups.write(revision: last.seq, in: db) }
        return sources.map { source in
            switch source {
            case .stored(let appeal): IntakeResult(appeal: appeal, created: false)
            case .new(let offset):
                IntakeResult(appeal: rows[offset].appeal, created: true, payloadId: payloadIds[offset], document: rows[offset].document)
            case .repeatOfNew(let offset): IntakeResult(appeal: rows[offset].appeal, created: false, document: rows[offset].document)
            }
        }
    }

    /// Stores what the channel sent beside the new item; returns the payload's id.
    static func insertPayload(_ payload: RawPayload, of appeal: Appeal, at now: Date, in db: any SQLDatabase) async throws -> String {
        let id = RecordID.make(at: now)
        try await db.raw(
            """
            INSERT INTO raw_payloads (id, appeal_id, channel, external_id, received_at, content_type, body, sha256)
            VALUES (\(bind: id), \(bind: appeal.id), \(bind: appeal.channel.rawValue), \(bind: appeal.externalId), \(bind: Timestamp.millis(now)),
              \(bind: payload.contentType), \(bind: payload.body.base64EncodedString()), \(bind: SHA256Hex.of([UInt8](payload.body))))
            """
        ).run()
        return id
    }

    private enum IntakeSource {
        case stored(Appeal)
        /// Created now: the offset among the new appeals.
        case new(Int)
        case repeatOfNew(Int)
    }

    /// The year in the region's time zone: numbers restart with it.
    func numberingYear(of date: Date) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.component(.year, from: date)
    }

    /// Takes `count` consecutive numbers of the year's sequence at once and returns the first.
    static func reserveNumbers(_ count: Int, year: Int, in db: any SQLDatabase) async throws -> Int {
        guard count > 0 else { return 0 }
        let row = try await db.raw(
            """
            INSERT INTO counters (name, value) VALUES (\(bind: "appeal-number-\(year)"), \(bind: count))
            ON CONFLICT (name) DO UPDATE SET value = counters.value + \(bind: count)
            RETURNING value
            """
        ).first()
        return Int(try row?.decode(column: "value", as: Int64.self) ?? Int64(count)) - count + 1
    }
}
