import Foundation
import OtklikCore
import Testing

@Suite("Telegram updates: a private message is a сообщение keyed by chat and message, a channel post a публикация, a button a rating")
struct TelegramIntakeTests {
    func update(_ json: String) throws -> TelegramUpdate {
        try JSONDecoder().decode(TelegramUpdate.self, from: Data(json.utf8))
    }

    @Test("a private message with a location and a photo: the sender's name, `telegram:<id>`, the point, the photo noted and fetched in its largest size")
    func privateMessage() throws {
        let event = TelegramIntake.read(try update("""
            {"update_id":468963983,"message":{"message_id":3,"from":{"id":7000000001,"is_bot":false,"first_name":"Олег","last_name":"Смирнов","language_code":"ru"},
             "chat":{"id":7000000001,"first_name":"Олег","type":"private"},"date":1764230400,"caption":"Прорвало трубу",
             "photo":[{"file_id":"AgAD-s","file_unique_id":"u1","width":90,"height":90,"file_size":1200},{"file_id":"AgAD-m","file_unique_id":"u2","width":800,"height":800,"file_size":96000}],
             "location":{"latitude":47.22,"longitude":39.71}}}
            """))
        guard case .item(let draft, let files) = event else {
            Issue.record("expected an item, got \(event)")
            return
        }
        #expect(draft.kind == .message)
        #expect(draft.channel == .telegram)
        #expect(draft.externalId == "7000000001:3")
        #expect(draft.author == Author(name: "Олег Смирнов", profile: "telegram:7000000001"))
        #expect(draft.text == "Прорвало трубу\n\n[К сообщению приложено фото]")
        #expect(draft.point == GeoPoint(lat: 47.22, lon: 39.71))
        #expect(draft.receivedAt == Date(timeIntervalSince1970: 1_764_230_400))
        #expect(files == [ChannelFile(reference: "AgAD-m", fileName: "photo-3.jpg", declaredType: "image/jpeg")])
    }

    @Test("a photo alone is an item; a document is fetched with its name and type unless it is over the attachment limit")
    func photoAloneAndDocuments() throws {
        func message(_ content: String) throws -> TelegramEvent {
            TelegramIntake.read(try update("""
                {"update_id":7,"message":{"message_id":8,"from":{"id":42,"is_bot":false,"first_name":"Анна"},"chat":{"id":42,"type":"private"},"date":1764230400,\(content)}}
                """))
        }
        let photo = try message(#""photo":[{"file_id":"P1","file_unique_id":"u","width":1280,"height":960,"file_size":20971520},{"file_id":"P0","file_unique_id":"v","width":320,"height":240}]"#)
        guard case .item(let draft, let files) = photo else {
            Issue.record("expected an item, got \(photo)")
            return
        }
        #expect(draft.text == "Вложение без подписи\n\n[К сообщению приложено фото]")
        // The sizes are listed smallest first; the 20 MB one is over the limit, so the largest that fits is taken.
        #expect(files.map(\.reference) == ["P0"])
        let document = try message(#""caption":"Акт осмотра","document":{"file_id":"D1","file_unique_id":"d","file_name":"акт.pdf","mime_type":"application/pdf","file_size":52000}"#)
        guard case .item(let withDocument, let documentFiles) = document else {
            Issue.record("expected an item, got \(document)")
            return
        }
        #expect(withDocument.text == "Акт осмотра\n\n[К сообщению приложен файл «акт.pdf»]")
        #expect(documentFiles == [ChannelFile(reference: "D1", fileName: "акт.pdf", declaredType: "application/pdf")])
        let huge = try message(#""document":{"file_id":"D2","file_unique_id":"e","file_name":"видео.mp4","file_size":104857600}"#)
        guard case .item(_, let hugeFiles) = huge else {
            Issue.record("expected an item, got \(huge)")
            return
        }
        #expect(hugeFiles.isEmpty)
    }

    @Test("a channel's post without a sender is a publication of that channel; a group's chatter and an edit are ignored")
    func channelPostAndIgnored() throws {
        let post = TelegramIntake.read(try update("""
            {"update_id":2,"channel_post":{"message_id":55,"chat":{"id":-1001234567890,"type":"channel","title":"Администрация города","username":"adm_city"},
             "date":1764230400,"text":"Плановое отключение воды 28 ноября"}}
            """))
        guard case .item(let draft, _) = post else {
            Issue.record("expected an item, got \(post)")
            return
        }
        #expect(draft.kind == .publication)
        #expect(draft.externalId == "-1001234567890:55")
        #expect(draft.author?.profile == "https://t.me/adm_city")
        let group = TelegramIntake.read(try update("""
            {"update_id":3,"message":{"message_id":1,"chat":{"id":-5,"type":"group","title":"Чат дома"},"date":1764230400,"text":"всем привет"}}
            """))
        #expect(group == .ignored("сообщение не в личном чате"))
        #expect(TelegramIntake.read(try update(#"{"update_id":4,"edited_message":{"message_id":1,"chat":{"id":1,"type":"private"},"date":1,"text":"x"}}"#))
            == .ignored("обновление другого вида"))
    }

    @Test("/start is a greeting; the rating buttons' data reads back as the rating of that item")
    func startAndRating() throws {
        #expect(TelegramIntake.read(try update(#"{"update_id":5,"message":{"message_id":1,"chat":{"id":42,"type":"private"},"date":1,"text":"/start"}}"#))
            == .start(chat: "42"))
        let data = RatingButton.data(appealId: "0f8c6d1e-1b7a-4c2e-9d3f-2a1b3c4d5e6f", satisfied: false)
        #expect(data.utf8.count <= 64)
        let press = TelegramIntake.read(try update("""
            {"update_id":6,"callback_query":{"id":"cb1","chat_instance":"1","from":{"id":42,"is_bot":false,"first_name":"А"},
             "message":{"message_id":9,"chat":{"id":42,"type":"private"},"date":1,"text":"Ответ"},"data":"\(data)"}}
            """))
        #expect(press == .rating(appealId: "0f8c6d1e-1b7a-4c2e-9d3f-2a1b3c4d5e6f", satisfied: false, chat: "42", callbackId: "cb1"))
    }
}
