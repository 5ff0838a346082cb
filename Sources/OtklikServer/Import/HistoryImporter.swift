import CSV
import Foundation
import OtklikCore
import OtklikStore

/// Imports a history file (issue 8: «bulk import of history from CSV/XLSX with column mapping, a dry run that
/// reports every bad row with its line and reason, an import that is resumable and never creates
/// duplicates»). The file is an Excel workbook (its first sheet, `XLSXReader`) or CSV as a Russian office
/// writes it — UTF-8 (with or without a byte order mark) or windows-1251, separated by semicolons, commas or
/// tabs (the header decides). Rows are read by
/// `HistoryImport` and taken in 500 at a time, each part in one transaction; bad rows are reported and
/// skipped. Every row has an id (its own, or one made from its content), so running the file again — after
/// an interruption, or after fixing the bad rows — adds only what is not there yet.
public struct HistoryImporter: Sendable {
    public struct Options: Sendable {
        public var kind: AppealKind = .appeal
        public var channel: Channel = .letter
        public var mapping: [ImportField: String] = [:]
        public var dryRun = false

        public init(kind: AppealKind = .appeal, channel: Channel = .letter, mapping: [ImportField: String] = [:], dryRun: Bool = false) {
            self.kind = kind
            self.channel = channel
            self.mapping = mapping
            self.dryRun = dryRun
        }
    }

    let store: AppealStore
    let timeZone: TimeZone
    static let part = 500

    public init(store: AppealStore, timeZone: TimeZone) {
        self.store = store
        self.timeZone = timeZone
    }

    /// Runs the import; `progress` hears (rows done, rows in all) after each part.
    public func run(
        _ data: Data, options: Options, by user: User, now: Date = Timestamp.now(), progress: @Sendable (Int, Int) -> Void = { _, _ in }
    ) async throws -> ImportReport {
        let table = XLSXReader.looksLikeWorkbook(data) ? try XLSXReader.rows(data) : try Self.csvRows(data)
        let header = table.first ?? []
        let rows = Array(table.dropFirst())
        let mapping = try ImportMapping.of(header: header, given: options.mapping)
        let references = try await store.references()
        let reading = HistoryImport(
            mapping: mapping, header: header, kind: options.kind, channel: options.channel, timeZone: timeZone,
            municipalities: references.municipalities, validator: references.draftValidator
        )
        var report = ImportReport(
            dryRun: options.dryRun,
            columns: Dictionary(uniqueKeysWithValues: mapping.columns.map { ($0.key.rawValue, header[$0.value]) }), unusedColumns: mapping.unused
        )
        for start in stride(from: 0, to: rows.count, by: Self.part) {
            var drafts: [AppealDraft] = []
            for index in start..<min(start + Self.part, rows.count) where !rows[index].allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                // The header is row 1 of the file; a blank line is no row at all.
                switch reading.draft(rows[index], line: index + 2, now: now) {
                case .success(let draft): drafts.append(draft)
                case .failure(let problem): report.problems.append(problem)
                }
            }
            report.rows = min(start + Self.part, rows.count)
            report.valid += drafts.count
            if !options.dryRun, !drafts.isEmpty {
                let results = try await store.intake(drafts, by: user, at: now)
                report.created += results.count { $0.created }
                report.existing += results.count { !$0.created }
            }
            progress(report.rows, rows.count)
        }
        return report
    }

    /// A CSV file's header and rows.
    static func csvRows(_ data: Data) throws(ValidationFailure) -> [[String]] {
        let text = try Self.text(data)
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true, delimiter: Self.delimiter(text))
        } catch {
            throw ValidationFailure([FieldError(field: "file", message: "Файл не читается как CSV: \(error)")])
        }
        var rows = [reader.headerRow ?? []]
        while let row = reader.next() { rows.append(row) }
        if reader.error != nil {
            throw ValidationFailure([FieldError(field: "file", message: "Файл CSV повреждён после строки \(rows.count): проверьте кавычки")])
        }
        return rows
    }

    /// The file's text: UTF-8 without its byte order mark, or windows-1251 when it is not UTF-8.
    static func text(_ data: Data) throws(ValidationFailure) -> String {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(data: bytes, encoding: .utf8) { return text }
        if let text = String(data: bytes, encoding: .windowsCP1251) { return text }
        throw ValidationFailure([FieldError(field: "file", message: "Кодировка файла не распознана: сохраните его в UTF-8 или Windows-1251")])
    }

    /// The separator the header line uses most: semicolon (a Russian Excel's), comma or tab.
    static func delimiter(_ text: String) -> UnicodeScalar {
        let header = text.prefix { $0 != "\n" && $0 != "\r\n" }
        return [";", ",", "\t"].max { separator, other in header.count { String($0) == separator } < header.count { String($0) == other } }
            .flatMap { $0.unicodeScalars.first } ?? ","
    }
}
