import Foundation
import HTTPTypes
import Hummingbird
import OtklikCore
import OtklikStore

/// An item's files: `GET /api/v1/appeals/{id}/attachments` lists them to whoever sees the item;
/// `GET /api/v1/appeals/{id}/attachments/{file}` gives one — to the roles that see personal data only (a photo
/// or a scan may show a person) — always as a download, never shown in the page: `Content-Disposition:
/// attachment`, `nosniff` and a sandboxing policy, so a file cannot run as a page of the site. A JPEG or PNG
/// photo also has a thumbnail (`…/{file}/thumbnail`, to the same roles): a new JPEG made of its pixels.
struct AttachmentsAPI {
    let store: AppealStore

    struct Item: Encodable {
        var id: String
        @EncodedNull var fileName: String?
        var contentType: String
        var kind: String
        var size: Int
        var sha256: String
        var createdAt: Date
        var link: String
        @EncodedNull var thumbnail: String?
    }

    struct ListResponse: Encodable {
        var items: [Item]
    }

    func register(on group: RouterGroup<OtklikRequestContext>) {
        group.get("/appeals/:id/attachments") { _, context in
            let appeal = try await visible(context)
            let items = try await store.attachments(of: appeal.id).map { file in
                Item(
                    id: file.id, fileName: file.fileName, contentType: file.contentType, kind: AttachmentPolicy.kinds[file.contentType] ?? "файл",
                    size: file.size, sha256: file.sha256, createdAt: file.createdAt, link: "/api/v1/appeals/\(appeal.id)/attachments/\(file.id)",
                    thumbnail: Thumbnail.sources.contains(file.contentType) ? "/api/v1/appeals/\(appeal.id)/attachments/\(file.id)/thumbnail" : nil
                )
            }
            return try JSONBody.response(ListResponse(items: items))
        }
        group.get("/appeals/:id/attachments/:file") { _, context in
            try await download(context.parameters.get("file") ?? "", of: try await visible(context), by: try context.requireUser())
        }
        group.get("/appeals/:id/attachments/:file/thumbnail") { _, context in
            try await thumbnail(context.parameters.get("file") ?? "", of: try await visible(context), by: try context.requireUser())
        }
    }

    /// One file of an item the user sees, as a download (the API's route and the card's link).
    func download(_ fileId: String, of appeal: Appeal, by user: User) async throws -> Response {
        try opens(user)
        guard let (file, data) = try await store.attachmentData(fileId, of: appeal.id) else {
            throw Problem.notFound("У обращения нет такого вложения")
        }
        var response = ReportFile.download(data, name: file.fileName ?? "вложение", contentType: file.contentType)
        response.headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        response.headers[.contentSecurityPolicy] = "sandbox; default-src 'none'"
        return response
    }

    /// A photo's thumbnail, shown in the card: made once and kept (`Thumbnail`).
    func thumbnail(_ fileId: String, of appeal: Appeal, by user: User) async throws -> Response {
        try opens(user)
        guard let jpeg = try await store.thumbnail(fileId, of: appeal.id, make: { Thumbnail.jpeg(of: $0) }) else {
            throw Problem.notFound("У этого вложения нет миниатюры")
        }
        var headers: HTTPFields = [.contentType: "image/jpeg", .cacheControl: "private, max-age=86400"]
        headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        headers[.contentSecurityPolicy] = "sandbox; default-src 'none'"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: jpeg)))
    }

    /// Files may show a person (152-ФЗ): only the roles that see personal data open them.
    private func opens(_ user: User) throws {
        guard user.role.seesPersonalData else {
            throw Problem.forbidden("Вложения могут содержать персональные данные: ваша роль их не открывает")
        }
    }

    private func visible(_ context: OtklikRequestContext) async throws -> Appeal {
        let user = try context.requireUser()
        guard let appeal = try await store.appeal(id: context.parameters.get("id") ?? "", visibleTo: user.scope) else { throw Problem.notFound() }
        return appeal
    }
}
