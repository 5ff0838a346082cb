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
            // That PNG does not decode: no thumbnail, so no broken picture in the card.
            #expect(!page.html.contains("/thumbnail"))
        }
    }

    @Test("a photo's thumbnail is a JPEG shown in the card and given by the API to the roles that open files, made once and kept; a PDF has none",
          arguments: TestDatabase.kinds)
    func thumbnails(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let op = User(id: "u-op", login: "operator", name: "Оператор", role: .operator)
            let item = try await api.store.intake([AppealDraft(kind: .message, channel: .email, externalId: "m3@example.ru", text: "Фото ямы")], by: op)[0].appeal
            let photo = TestImages.png(width: 800, height: 600) { x, y in (UInt8(x % 256), UInt8(y % 256), 90) }
            let pdf = Data("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".utf8)
            let kept = try await api.store.attach(
                [IncomingFile(fileName: "яма.png", declaredType: "image/png", data: photo), IncomingFile(fileName: "акт.pdf", declaredType: "application/pdf", data: pdf)],
                to: item.id
            ).kept
            #expect(kept.count == 2)
            let operatorToken = try await api.token("operator")
            let list = try await api.send(.get, "/api/v1/appeals/\(item.id)/attachments", token: operatorToken)
            let links = Dictionary(uniqueKeysWithValues: list.items.map { ($0["fileName"] as? String ?? "", $0["thumbnail"] as? String) })
            let thumbnailLink = try #require(links["яма.png"] ?? nil)
            #expect(links.count == 2 && links["акт.pdf"] == .some(nil))
            let first = try await api.send(.get, thumbnailLink, token: operatorToken)
            #expect(first.status == .ok)
            #expect(first.contentType == "image/jpeg")
            #expect(TestImages.jpegSize(first.data).map { [$0.width, $0.height] } == [320, 240])
            #expect(try await api.send(.get, thumbnailLink, token: operatorToken).data == first.data)
            #expect(try await api.send(.get, thumbnailLink, token: try await api.token("media")).status == .forbidden)
            let pdfFile = try #require(kept.first { $0.fileName == "акт.pdf" })
            #expect(try await api.send(.get, "/api/v1/appeals/\(item.id)/attachments/\(pdfFile.id)/thumbnail", token: operatorToken).status == .notFound)

            let session = try await api.session("operator")
            let page = try await api.page(.get, "/appeals/\(item.id)", cookies: ["otklik_session": session])
            let photoFile = try #require(kept.first { $0.fileName == "яма.png" })
            let cardThumbnail = "/appeals/\(item.id)/files/\(photoFile.id)/thumbnail"
            #expect(page.html.contains("<img src=\"\(cardThumbnail)\" alt=\"Миниатюра: яма.png\""))
            #expect(!page.html.contains("/files/\(pdfFile.id)/thumbnail"))
            let shown = try await api.page(.get, cardThumbnail, cookies: ["otklik_session": session])
            #expect(shown.status == .ok)
        }
    }
}
