/// A webhook notification of the Odnoklassniki group Bot API (apiok/documentation, `graph.user.subscribe`):
/// a new message in a chat with the group — its sender, chat, text, `mid`, attachments — with the time in
/// milliseconds. Chat changes and joins come without a message. Ids are prefixed strings (`user:`, `chat:`,
/// `mid:`).
public struct OKNotification: Decodable, Sendable, Equatable {
    public struct Sender: Decodable, Sendable, Equatable {
        public var userId: String

        enum CodingKeys: String, CodingKey {
            case userId = "user_id"
        }
    }

    public struct Recipient: Decodable, Sendable, Equatable {
        public var chatId: String

        enum CodingKeys: String, CodingKey {
            case chatId = "chat_id"
        }
    }

    public struct Attachment: Decodable, Sendable, Equatable {
        public var type: String
    }

    public struct Message: Decodable, Sendable, Equatable {
        public var text: String?
        public var mid: String
        public var attachments: [Attachment]?
    }

    public var sender: Sender?
    public var recipient: Recipient?
    public var message: Message?
    public var timestamp: Int64
}
