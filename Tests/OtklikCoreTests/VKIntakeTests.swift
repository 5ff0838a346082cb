import Foundation
import OtklikCore
import Testing

@Suite("VK callbacks: a person's message is a сообщение, a person's post or comment a публикация, the community's own are left out")
struct VKIntakeTests {
    func read(_ json: String) throws -> VKEvent {
        VKIntake.read(try JSONDecoder().decode(VKCallback.self, from: Data(json.utf8)))
    }

    /// The external id of the item an event takes in; nil for any other event.
    func key(_ event: VKEvent) -> String? {
        guard case .item(let draft, _) = event else { return nil }
        return draft.externalId
    }

    @Test("message_new (5.103 and later, and the older bare message) keys the item by conversation and message, with the point and the attachments noted")
    func message() throws {
        let event = try read("""
            {"type":"message_new","event_id":"e1","v":"5.199","group_id":72641161,"secret":"s",
             "object":{"message":{"id":0,"date":1764230400,"peer_id":310426396,"from_id":310426396,"text":"Нет света в подъезде","conversation_message_id":15,
              "out":0,"version":10,"attachments":[{"type":"photo"}],"geo":{"type":"point","coordinates":{"latitude":47.2,"longitude":39.7}}},
              "client_info":{"button_actions":["text"],"keyboard":true,"inline_keyboard":true,"carousel":true,"lang_id":0}}}
            """)
        guard case .item(let draft, _) = event else {
            Issue.record("expected an item, got \(event)")
            return
        }
        #expect(draft.kind == .message)
        #expect(draft.externalId == "msg:310426396:15")
        #expect(draft.author?.profile == "https://vk.com/id310426396")
        #expect(draft.text == "Нет света в подъезде\n\n[Вложения: photo]")
        #expect(draft.point == GeoPoint(lat: 47.2, lon: 39.7))
        let older = try read("""
            {"type":"message_new","group_id":1,"object":{"id":7,"date":1,"peer_id":5,"from_id":5,"text":"Яма","conversation_message_id":3,"out":0,"version":1}}
            """)
        // Before 5.103 the message was the object itself.
        #expect(older == .item(AppealDraft(
            kind: .message, channel: .vk, externalId: "msg:5:3", receivedAt: Date(timeIntervalSince1970: 1), author: Author(profile: "https://vk.com/id5"), text: "Яма"
        ), files: []))
    }

    @Test("a photo is fetched in its largest size and a document by its URL with its name; a photo alone is an item, a document over the limit is not fetched")
    func files() throws {
        let event = try read("""
            {"type":"message_new","event_id":"e3","v":"5.199","group_id":72641161,"secret":"s",
             "object":{"message":{"id":0,"date":1764230400,"peer_id":310426396,"from_id":310426396,"text":"","conversation_message_id":16,"out":0,"version":10,
              "attachments":[
               {"type":"photo","photo":{"id":457239017,"album_id":-3,"owner_id":310426396,"date":1764230390,"has_tags":false,"sizes":[
                {"type":"s","url":"https://sun9-1.userapi.com/s.jpg","width":75,"height":56},
                {"type":"w","url":"https://sun9-1.userapi.com/w.jpg","width":2560,"height":1920},
                {"type":"x","url":"https://sun9-1.userapi.com/x.jpg","width":604,"height":453}]}},
               {"type":"doc","doc":{"id":66,"owner_id":310426396,"title":"Акт","ext":"pdf","size":48000,"url":"https://vk.com/doc310426396_66"}},
               {"type":"doc","doc":{"id":67,"owner_id":310426396,"title":"video.mp4","ext":"mp4","size":104857600,"url":"https://vk.com/doc310426396_67"}},
               {"type":"sticker"}]}}}
            """)
        guard case .item(let draft, let files) = event else {
            Issue.record("expected an item, got \(event)")
            return
        }
        #expect(draft.text == "Вложение без подписи\n\n[Вложения: photo, doc, doc, sticker]")
        #expect(files == [
            ChannelFile(reference: "https://sun9-1.userapi.com/w.jpg", fileName: "photo-457239017.jpg", declaredType: "image/jpeg"),
            ChannelFile(reference: "https://vk.com/doc310426396_66", fileName: "Акт.pdf", declaredType: "application/octet-stream"),
        ])
    }

    @Test("a person's wall post and comment are publications keyed by owner, post and comment; the community's own post or reply is left out")
    func wall() throws {
        // A real captured wall_post_new body (channels.md), from a person on the community's wall.
        let post = try read("""
            {"type":"wall_post_new","object":{"id":151,"from_id":310426396,"owner_id":-72641161,"date":1481722658,"post_type":"post","text":"asdasd","can_edit":1},"group_id":72641161}
            """)
        guard case .item(let draft, _) = post else {
            Issue.record("expected an item, got \(post)")
            return
        }
        #expect(draft.kind == .publication)
        #expect(draft.externalId == "wall:-72641161_151")
        let comment = try read("""
            {"type":"wall_reply_new","event_id":"e2","v":"5.199","group_id":72641161,"object":{"id":42,"from_id":310426396,"post_id":151,"owner_id":-72641161,"date":1481722700,"text":"Когда починят?"}}
            """)
        #expect(key(comment) == "comment:-72641161_151_42")
        let own = try read("""
            {"type":"wall_reply_new","group_id":72641161,"object":{"id":43,"from_id":-72641161,"post_id":151,"owner_id":-72641161,"date":1481722800,"text":"Ответ"}}
            """)
        #expect(own == .ignored("комментарий сообщества"))
        #expect(try read(#"{"type":"confirmation","group_id":72641161}"#) == .confirmation)
        #expect(try read(#"{"type":"group_join","group_id":1,"object":{"user_id":5}}"#) == .ignored("событие «group_join» не обрабатывается"))
    }

    @Test("a press of a rating button under an answer is the rating of that item from that conversation, not a new item")
    func ratingButton() throws {
        let keyboard = try #require(try JSONSerialization.jsonObject(with: Data(VKKeyboard.rating(appealId: "0f8c6d1e-1b7a-4c2e-9d3f-2a1b3c4d5e6f").utf8)) as? [String: Any])
        #expect(keyboard["inline"] as? Bool == true)
        let buttons = try #require((keyboard["buttons"] as? [[[String: Any]]])?.first)
        let actions = buttons.compactMap { $0["action"] as? [String: Any] }
        #expect(actions.map { $0["label"] as? String } == ["Помог", "Не помог"])
        let payload = try #require(actions.last?["payload"] as? String)
        #expect(payload.count <= 255)
        let quoted = String(decoding: try JSONSerialization.data(withJSONObject: [payload], options: []), as: UTF8.self).dropFirst().dropLast()
        let event = try read("""
            {"type":"message_new","event_id":"e9","v":"5.199","group_id":72641161,"secret":"s",
             "object":{"message":{"id":0,"date":1764230400,"peer_id":310426396,"from_id":310426396,"text":"Не помог","conversation_message_id":16,
              "out":0,"version":11,"payload":\(quoted)}}}
            """)
        #expect(event == .rating(appealId: "0f8c6d1e-1b7a-4c2e-9d3f-2a1b3c4d5e6f", satisfied: false, peer: "peer:310426396"))
        let other = try read("""
            {"type":"message_new","group_id":1,"object":{"message":{"id":0,"date":1,"peer_id":5,"from_id":5,"text":"Начать","conversation_message_id":4,"out":0,
              "version":1,"payload":"{\\"command\\":\\"start\\"}"}}}
            """)
        #expect(key(other) == "msg:5:4")
    }
}
