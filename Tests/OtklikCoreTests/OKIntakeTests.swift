import Foundation
import OtklikCore
import Testing

@Suite("Odnoklassniki notifications: a new message is a сообщение keyed by chat and mid; the time is in milliseconds")
struct OKIntakeTests {
    func read(_ json: String) throws -> AppealDraft? {
        OKIntake.read(try JSONDecoder().decode(OKNotification.self, from: Data(json.utf8)))
    }

    @Test("the documentation's message with an attachment: keyed `<chat>/<mid>`, the sender as the profile, the attachment noted")
    func message() throws {
        let draft = try #require(try read("""
            {"sender":{"user_id":"user:123456789012"},"recipient":{"chat_id":"chat:C3ecb9d02a600"},
             "message":{"text":"https://ya.ru/","seq":98211018056672380,"attachments":[{"type":"SHARE","payload":{"url":"https://ya.ru/"}}],
             "mid":"mid:C3ecb9d02a600.15cea668c4c2481"},"timestamp":1498581208140}
            """))
        #expect(draft.channel == .ok)
        #expect(draft.kind == .message)
        #expect(draft.externalId == "chat:C3ecb9d02a600/mid:C3ecb9d02a600.15cea668c4c2481")
        #expect(draft.author?.profile == "ok:user:123456789012")
        #expect(draft.text == "https://ya.ru/\n\n[Вложения: SHARE]")
        #expect(draft.receivedAt == Date(timeIntervalSince1970: 1_498_581_208.140))
    }

    @Test("a notification without a message (a chat's new title, a member who joined) takes nothing in")
    func noMessage() throws {
        #expect(try read(#"{"recipient":{"chat_id":"chat:C1"},"chat_control":{"title":"Чат"},"timestamp":1}"#) == nil)
    }
}
