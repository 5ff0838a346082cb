import Foundation

/// Reads the rows of a history file (issue 8, bulk import) into intake drafts: dates as a Russian export
/// writes them (`ДД.ММ.ГГГГ ЧЧ:ММ`, in the region's zone) or ISO 8601; kind and channel by code or Russian
/// name; municipality by ОКТМО code or name; topic by code or name; a point from latitude and longitude
/// (a decimal comma allowed). Each row is checked as intake checks a draft, and every fault is named with
/// its column. A row without its own id is keyed by its content (`import:` and the start of the SHA-256 of
/// its cells), so the same file imported again — after an interruption, or with its bad rows fixed —
/// takes nothing in twice.
public struct HistoryImport: Sendable {
    public var mapping: ImportMapping
    public var header: [String]
    /// What a row without the column is.
    public var kind: AppealKind
    public var channel: Channel
    public var timeZone: TimeZone
    public var municipalities: [Municipality]
    public var validator: AppealDraftValidator

    public init(
        mapping: ImportMapping, header: [String], kind: AppealKind, channel: Channel, timeZone: TimeZone, municipalities: [Municipality],
        validator: AppealDraftValidator
    ) {
        self.mapping = mapping
        self.header = header
        self.kind = kind
        self.channel = channel
        self.timeZone = timeZone
        self.municipalities = municipalities
        self.validator = validator
    }

    /// The draft of a row at `line`, or every fault of it.
    public func draft(_ row: [String], line: Int, now: Date) -> Result<AppealDraft, ImportProblem> {
        var errors: [FieldError] = []
        func column(_ field: ImportField) -> String {
            mapping.columns[field].flatMap { $0 < header.count ? header[$0] : nil } ?? field.title
        }
        func fail(_ field: ImportField, _ message: String) { errors.append(FieldError(field: column(field), message: message)) }
        func value(_ field: ImportField) -> String? { mapping.value(field, in: row) }

        var draft = AppealDraft(kind: kind, channel: channel, text: value(.text) ?? "")
        draft.externalId = value(.externalId) ?? Self.key(row)
        if let text = value(.kind) {
            if let found = AppealKind.allCases.first(where: { Self.same($0.rawValue, text) || Self.same($0.title, text) }) {
                draft.kind = found
            } else {
                fail(.kind, "Вид «\(text)» не распознан: обращение, сообщение или публикация")
            }
        }
        if let text = value(.channel) {
            if let found = Channel.allCases.first(where: { Self.same($0.rawValue, text) || Self.same($0.title, text) || Self.same($0.shortTitle, text) }) {
                draft.channel = found
            } else {
                fail(.channel, "Канал «\(text)» не распознан")
            }
        }
        if let text = value(.receivedAt) {
            if let date = Self.date(text, timeZone: timeZone) { draft.receivedAt = date } else {
                fail(.receivedAt, "Дата «\(text)» не распознана: ожидается ДД.ММ.ГГГГ ЧЧ:ММ или ГГГГ-ММ-ДДTЧЧ:ММ:СС+03:00")
            }
        }
        if let text = value(.municipality) {
            if let found = municipalities.first(where: { $0.oktmo == text || Self.same($0.name, text) }) { draft.municipalityId = found.id } else {
                fail(.municipality, "Муниципальное образование «\(text)» не найдено ни по коду ОКТМО, ни по названию")
            }
        }
        if let text = value(.topic) {
            if let found = validator.rubricator.topics.first(where: { $0.id == text || Self.same($0.name, text) }) { draft.topicId = found.id } else {
                fail(.topic, "Тематика «\(text)» не найдена в рубрикаторе ни по коду, ни по названию")
            }
        }
        switch (value(.lat), value(.lon)) {
        case (nil, nil): break
        case (let lat?, let lon?):
            if let lat = Self.number(lat), let lon = Self.number(lon) { draft.point = GeoPoint(lat: lat, lon: lon) } else {
                fail(.lat, "Координаты — числа: «\(lat)», «\(lon)»")
            }
        default: fail(.lat, "Нужны и широта, и долгота")
        }
        draft.summary = value(.summary)
        draft.address = value(.address)
        let author = Author(name: value(.authorName), email: value(.authorEmail), phone: value(.authorPhone))
        draft.author = author.isAnonymous ? nil : author
        // The intake check, with its field names as the file's columns; a column already faulted is named once.
        let columns: [String: ImportField] = [
            "text": .text, "summary": .summary, "address": .address, "point": .lat, "municipalityId": .municipality, "topicId": .topic,
            "externalId": .externalId, "receivedAt": .receivedAt, "author.name": .authorName, "author.email": .authorEmail,
            "author.phone": .authorPhone,
        ]
        let faulted = Set(errors.map(\.field))
        errors += validator.errors(in: draft, now: now).map { error in
            FieldError(field: columns[error.field].map(column) ?? error.field, message: error.message)
        }.filter { !faulted.contains($0.field) }
        return errors.isEmpty ? .success(draft) : .failure(ImportProblem(line: line, errors: errors))
    }

    /// The id of a row without its own: its cells, separated by a character no cell has, hashed.
    public static func key(_ row: [String]) -> String {
        "import:" + SHA256Hex.of(Array(row.joined(separator: "\u{1F}").utf8)).prefix(24)
    }

    static func same(_ left: String, _ right: String) -> Bool { ImportField.key(left) == ImportField.key(right) }

    static func number(_ text: String) -> Double? { Double(text.replacingOccurrences(of: ",", with: ".")) }

    /// ISO 8601 with its offset; or, in the region's zone, `ДД.ММ.ГГГГ[ ЧЧ:ММ[:СС]]` or `ГГГГ-ММ-ДД[TЧЧ:ММ[:СС]]`
    /// without one (as exports write local time).
    public static func date(_ text: String, timeZone: TimeZone) -> Date? {
        let zoned = text.hasSuffix("Z") || text.dropFirst(10).contains("+") || text.dropFirst(10).contains("-")
        if zoned, let iso = Timestamp.parse(text) { return iso }
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "T" })
        guard let first = parts.first, parts.count <= 2 else { return nil }
        let numbers = first.split(whereSeparator: { $0 == "." || $0 == "-" }).map { Int($0) }
        guard numbers.count == 3, numbers.allSatisfy({ $0 != nil }) else { return nil }
        // `ДД.ММ.ГГГГ` or `ГГГГ-ММ-ДД`.
        let known = numbers.compactMap { $0 }
        let day = first.contains(".") ? known : Array(known.reversed())
        let time = parts.count == 2 ? parts[1].split(separator: ":").map { Int($0.prefix { $0 != "." }) ?? -1 } : [0, 0]
        guard (2...3).contains(time.count), time.allSatisfy({ $0 >= 0 }) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(year: day[2], month: day[1], day: day[0], hour: time[0], minute: time[1], second: time.count == 3 ? time[2] : 0)
        guard components.isValidDate(in: calendar), (1900...2100).contains(day[2]) else { return nil }
        return calendar.date(from: components)
    }
}
