import Foundation
import HTTPTypes
import OtklikCore
import OtklikServer
import OtklikStore
import OtklikTestSupport
import Testing

@Suite("Attachments over the API: listed to whoever sees the item, downloaded only by roles that see personal data, never opened as a page")
struct AttachmentsAPITests {
    static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])

    @Test("a photo is kept once however often it comes; a program named photo.jpg is refused; the download is an attachment with nosniff",
          arguments: TestDatabase.kinds)
    func keepAndDownload(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let op = User(id: "u-op", login: "operator", name: "Оператор", role: .operator)
            let item = try await api.store.intake([AppealDraft(kind: .message, channel: .email, externalId: "m1@example.ru", text: "Фото ямы")], by: op)[0].appeal
            let files = [
                IncomingFile(fileName: "яма.png", declaredType: "image/png", data: Self.png),
                IncomingFile(fileName: "photo.jpg", declaredType: "image/jpeg", data: Data("MZ\u{90}\u{0}program".utf8)),
            ]
            let first = try await api.store.attach(files, to: item.id)
            #expect(first.kept.map(\.fileName) == ["яма.png"])
            #expect(first.refused.map(\.reason) == ["тип файла не принимается"])
            _ = try await api.store.attach(files, to: item.id)
            #expect(try await api.store.attachments(of: item.id).count == 1)

            let list = try await api.send(.get, "/api/v1/appeals/\(item.id)/attachments", token: try await api.token("operator"))
            #expect(list.status == .ok)
            #expect(list.items.map { $0["kind"] as? String } == ["изображение"])
            let link = try #require(list.items.first?["link"] as? String)
            let file = try await api.send(.get, link, token: try await api.token("operator"))
            #expect(file.status == .ok)
            #expect(file.data == Self.png)
            #expect(file.contentType == "image/png")
            #expect(file.disposition?.hasPrefix("attachment;") == true)
            #expect(file.disposition?.contains("filename*=UTF-8''%D1%8F%D0%BC%D0%B0.png") == true)
            let media = try await api.send(.get, link, token: try await api.token("media"))
            #expect(media.status == .forbidden)
            #expect(try await api.send(.get, "/api/v1/appeals/\(item.id)/attachments/none", token: try await api.token("operator")).status == .notFound)
            // An executor of another body does not see the item, nor its files.
            #expect(try await api.send(.get, "/api/v1/appeals/\(item.id)/attachments", token: try await api.token("exec1")).status == .notFound)
        }
    }

    @Test("the card lists the files: a link to download for the operator, the name alone for the press, whose direct request is refused")
    func card() async throws {
        try await APIHarness.run(.sqlite) { api in
            let op = User(id: "u-op", login: "operator", name: "Оператор", role: .operator)
            let item = try await api.store.intake([AppealDraft(kind: .message, channel: .email, externalId: "m2@example.ru", text: "Фото")], by: op)[0].appeal
            let file = try #require(try await api.store.attach([IncomingFile(fileName: "яма.png", declaredType: "image/png", data: Self.png)], to: item.id).kept.first)
            let link = "/appeals/\(item.id)/files/\(file.id)"
            let session = try await api.session("operator")
            let page = try await api.page(.get, "/appeals/\(item.id)", cookies: ["otklik_session": session])
            #expect(page.html.contains("<h2>Вложения</h2>"))
            #expect(page.html.contains("<a href=\"\(link)\" download>яма.png</a>"))
            #expect(page.html.contains("изображение, 12 Б"))
            let download = try await api.page(.get, link, cookies: ["otklik_session": session])
            #expect(download.status == .ok)
            let press = try await api.session("media")
            let pressPage = try await api.page(.get, "/appeals/\(item.id)", cookies: ["otklik_session": press])
            #expect(pressPage.html.contains("яма.png"))
            #expect(!pressPage.html.contains(link))
            #expect(try await api.page(.get, link, cookies: ["otklik_session": press]).status == .forbidden)
        }
    }
}
