import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// `POST /api/v1/imports?dryRun=&kind=&channel=&map=field=Column`: a history file (CSV or XLSX, up to 16 MB) taken in
/// by `HistoryImporter` as the user; the answer is the report — rows, created, already there, every bad row
/// with its line and faults. Larger files go through `otklik import`.
struct ImportsAPI {
    let store: AppealStore
    let timeZone: TimeZone
    static let maxBytes = 16 << 20

    func register(on group: RouterGroup<OtklikRequestContext>) {
        group.post("/imports") { request, context in
            let user = try context.requireUser()
            guard user.role.takesIn else { throw Problem.forbidden("Роль «\(user.role.title)» не загружает обращения") }
            var reader = QueryReader { request.uri.queryParameters.get($0) }
            var options = HistoryImporter.Options()
            options.kind = reader.choice("kind", AppealKind.self) ?? .appeal
            options.channel = reader.choice("channel", Channel.self) ?? .letter
            if let dryRun = reader.text("dryRun") {
                guard let value = Bool(dryRun) else { throw Problem.invalid([FieldError(field: "dryRun", message: "Ожидается true или false")]) }
                options.dryRun = value
            }
            do throws(ValidationFailure) {
                options.mapping = try ImportMapping.given(request.uri.queryParameters.getAll("map"))
            } catch {
                reader.errors += error.errors
            }
            guard reader.errors.isEmpty else { throw Problem.invalid(reader.errors) }
            let buffer: ByteBuffer
            do {
                buffer = try await request.body.collect(upTo: Self.maxBytes)
            } catch {
                throw Problem.tooLarge("Файл больше \(Self.maxBytes >> 20) МБ: загрузите его командой otklik import")
            }
            guard buffer.readableBytes > 0 else { throw Problem.malformed("Пустое тело запроса: ожидается файл CSV или XLSX") }
            do {
                let report = try await HistoryImporter(store: store, timeZone: timeZone).run(Data(buffer.readableBytesView), options: options, by: user)
                return try JSONBody.response(report)
            } catch let failure as ValidationFailure {
                throw Problem.invalid(failure.errors)
            } catch StoreError.invalid(let errors) {
                throw Problem.invalid(errors)
            }
        }
    }
}
