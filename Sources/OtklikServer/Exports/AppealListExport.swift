import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// Every appeal a list's filter finds, as a file (issue 7): read a thousand at a time in the list's own
/// order (keyset pages, so the millionth row costs what the first does), each page written out before the
/// next is read. CSV streams to the client as it is written; XLSX is written to a temporary file (the sheet
/// row by row), then streamed from it with its length, so the browser shows the download's progress.
/// Contacts of the authors are left out (152-ФЗ: what a list's reader needs is the case, not the person).
public struct AppealListExport: Sendable {
    static let pageSize = 1000

    static let columns = [
        ReportColumn("Номер", .text), ReportColumn("Поступило", .text), ReportColumn("Вид", .text), ReportColumn("Канал", .text),
        ReportColumn("Статус", .text), ReportColumn("Муниципалитет", .text), ReportColumn("Отраслевой блок", .text),
        ReportColumn("Тематика", .text), ReportColumn("Орган", .text), ReportColumn("Срок", .text), ReportColumn("Просрочено", .text),
        ReportColumn("Адрес", .text), ReportColumn("Суть", .text),
    ]
    static let widths = [18, 17, 12, 16, 16, 26, 24, 30, 34, 17, 11, 30, 60]
    /// A text longer than this is cut in the file (the card has it whole).
    static let summaryLength = 500

    let store: AppealStore
    let filter: AppealFilter
    let scope: Scope
    let names: [String: String]
    let format: WebFormat

    public init(store: AppealStore, filter: AppealFilter, scope: Scope, references: ReferenceData, timeZone: TimeZone) {
        self.store = store
        self.filter = filter
        self.scope = scope
        var names: [String: String] = [:]
        for municipality in references.municipalities { names["m:" + municipality.id] = municipality.name }
        for block in references.rubricator.blocks { names["b:" + block.id] = block.name }
        for topic in references.rubricator.topics { names["t:" + topic.id] = topic.name }
        for body in references.bodies { names["o:" + body.id] = body.name }
        self.names = names
        format = WebFormat(timeZone: timeZone)
    }

    func row(_ appeal: Appeal, now: Date) -> [ReportValue] {
        func name(_ prefix: String, _ id: String?) -> ReportValue { id.flatMap { names[prefix + $0] }.map(ReportValue.text) ?? .empty }
        let summary = appeal.summary ?? appeal.text
        return [
            .text(appeal.number), .text(format.dateTime(appeal.receivedAt) ?? ""), .text(appeal.kind.title), .text(appeal.channel.title),
            .text(appeal.status.title), name("m:", appeal.municipalityId), name("b:", appeal.blockId), name("t:", appeal.topicId),
            name("o:", appeal.bodyId), format.dateTime(appeal.controlDueAt).map(ReportValue.text) ?? .empty,
            .text(TermState.missed(appeal, at: now) ? "да" : "нет"), appeal.address.map(ReportValue.text) ?? .empty,
            .text(summary.count > Self.summaryLength ? String(summary.prefix(Self.summaryLength - 1)) + "…" : summary),
        ]
    }

    /// Calls `write` with each page's rows, in the list's order, until the list ends; returns the rows written.
    @discardableResult
    func pages(_ write: ([[ReportValue]]) async throws -> Void) async throws -> Int {
        let now = Timestamp.now()
        var cursor: PageCursor?
        var written = 0
        repeat {
            let page = try await store.list(filter, visibleTo: scope, limit: Self.pageSize, after: cursor, now: now)
            try await write(page.items.map { row($0, now: now) })
            written += page.items.count
            cursor = page.nextCursor
        } while cursor != nil
        return written
    }

    /// «Обращения — 2026-11-26»: the day of the export in the region's zone.
    var fileName: String { "Обращения — \(LocalDate(Timestamp.now(), in: format.timeZone).iso)" }

    func response(_ fileFormat: ExportFormat) async throws -> Response {
        var headers: HTTPFields = [
            .contentType: fileFormat.contentType, .contentDisposition: ReportFile.disposition(fileName + "." + fileFormat.rawValue),
            .cacheControl: "no-store",
        ]
        switch fileFormat {
        case .csv:
            let export = self
            return Response(
                status: .ok, headers: headers,
                body: ResponseBody { writer in
                    try await writer.write(ByteBuffer(string: CSVFormat.byteOrderMark + CSVFormat.header(Self.columns)))
                    try await export.pages { rows in try await writer.write(ByteBuffer(string: CSVFormat.rows(rows, Self.columns))) }
                    try await writer.finish(nil)
                }
            )
        case .xlsx:
            let file = try await writeWorkbook()
            let size = try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int ?? 0
            headers[.contentLength] = String(size)
            return Response(status: .ok, headers: headers, body: Self.streamed(file, length: size))
        }
    }

    /// The file written to `url` (the `otklik export` command), with `progress` told the rows written after
    /// each page; returns the rows written.
    @discardableResult
    public func write(_ fileFormat: ExportFormat, to url: URL, progress: (Int) -> Void = { _ in }) async throws -> Int {
        var written = 0
        switch fileFormat {
        case .csv:
            guard FileManager.default.createFile(atPath: url.path, contents: Data((CSVFormat.byteOrderMark + CSVFormat.header(Self.columns)).utf8)) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
            }
            let handle = try FileHandle(forWritingTo: url)
            defer { try? handle.close() }
            try handle.seekToEnd()
            try await pages { rows in
                try handle.write(contentsOf: Data(CSVFormat.rows(rows, Self.columns).utf8))
                written += rows.count
                progress(written)
            }
        case .xlsx:
            let temporary = try await writeWorkbook { written = $0; progress($0) }
            if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
            try FileManager.default.moveItem(at: temporary, to: url)
        }
        return written
    }

    /// The workbook in a temporary file, which the caller removes.
    func writeWorkbook(progress: (Int) -> Void = { _ in }) async throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("otklik-export-\(UUID().uuidString).xlsx")
        let writer = try XLSXWriter(columns: Self.columns, widths: Self.widths)
        try await pages { rows in
            for row in rows { try writer.append(row) }
            progress(writer.rows)
        }
        try writer.finish(to: file)
        return file
    }

    /// A file sent in 256 KB pieces, removed once sent or once the client went away.
    static func streamed(_ file: URL, length: Int) -> ResponseBody {
        ResponseBody(contentLength: length) { writer in
            defer { try? FileManager.default.removeItem(at: file) }
            let handle = try FileHandle(forReadingFrom: file)
            defer { try? handle.close() }
            while let chunk = try handle.read(upToCount: 1 << 18), !chunk.isEmpty {
                try await writer.write(ByteBuffer(bytes: chunk))
            }
            try await writer.finish(nil)
        }
    }
}
