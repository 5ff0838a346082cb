import Foundation
import OtklikCore
import Testing

@Suite("Telegram updates: a private message is a сообщение keyed by chat and message, a channel post a публикация, a button a rating")
struct TelegramIntakeTests {
    func update(_ json: String) throws -> TelegramUpdate {
        try JSONDecoder().decode(TelegramUpdate.self, from: Data(json.utf8))
    }

    @Test("a private message with a location and a photo: the sender's name, `telegram:<id>`, the point, the photo noted")
    func privateMessage() throws {
        let event = TelegramIntake.read(try update("""
            {"update_id":468963983,"message":{"message_id":3,"from":{"id":7000000001,"is_bot":false,"first_name":"Олег","last_name":"Смирнов","language_code":"ru"},
             "chat":{"id":7000000001,"first_name":"Олег","type":"private"},"date":1764230400,"caption":"Прорвало трубу","photo":[{"file_id":"AgAD","file_unique_id":"u","width":90,"height":90}],
             "location":{"latitude":47.22,"longitude":39.71}}}
            """))
        guard case .item(let draft) = event else {
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
    }

    @Test("a channel's post without a sender is a publication of that channel; a group's chatter and an edit are ignored")
    func channelPostAndIgnored() throws {
        let post = TelegramIntake.read(try update("""
            {"update_id":2,"channel_post":{"message_id":55,"chat":{"id":-1001234567890,"type":"channel","title":"Администрация города","username":"adm_city"},
             "date":1764230400,"text":"Плановое отключение воды 28 ноября"}}
            """))
        guard case .item(let draft) = post else {
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
