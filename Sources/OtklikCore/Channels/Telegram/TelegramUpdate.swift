/// The fields of a Telegram Bot API `Update` Otklik reads (Bot API 10.1, `api.json`: Update, Message, Chat,
/// User, Location, PhotoSize, Document, CallbackQuery); the rest of the update is kept in the raw payload. Chat and
/// user ids may exceed 32 bits.
public struct TelegramUpdate: Decodable, Sendable, Equatable {
    public struct Chat: Decodable, Sendable, Equatable {
        public var id: Int64
        public var type: String
        public var title: String?
        public var username: String?
    }

    public struct User: Decodable, Sendable, Equatable {
        public var id: Int64
        public var isBot: Bool
        public var firstName: String
        public var lastName: String?
        public var username: String?

        enum CodingKeys: String, CodingKey {
            case id, username
            case isBot = "is_bot"
            case firstName = "first_name"
            case lastName = "last_name"
        }
    }

    public struct Location: Decodable, Sendable, Equatable {
        public var latitude: Double
        public var longitude: Double
    }

    public struct PhotoSize: Decodable, Sendable, Equatable {
        public var fileId: String
        public var fileSize: Int?

        enum CodingKeys: String, CodingKey {
            case fileId = "file_id"
            case fileSize = "file_size"
        }
    }

    public struct Document: Decodable, Sendable, Equatable {
        public var fileId: String
        public var fileName: String?
        public var mimeType: String?
        public var fileSize: Int?

        enum CodingKeys: String, CodingKey {
            case fileId = "file_id"
            case fileName = "file_name"
            case mimeType = "mime_type"
            case fileSize = "file_size"
        }
    }

    public struct Message: Decodable, Sendable, Equatable {
        public var messageId: Int64
        public var date: Int64
        public var chat: Chat
        public var from: User?
        public var text: String?
        public var caption: String?
        public var location: Location?
        public var photo: [PhotoSize]?
        public var document: Document?

        enum CodingKeys: String, CodingKey {
            case date, chat, from, text, caption, location, photo, document
            case messageId = "message_id"
        }
    }

    public struct CallbackQuery: Decodable, Sendable, Equatable {
        public var id: String
        public var from: User
        public var message: Message?
        public var data: String?
    }

    public var updateId: Int64
    public var message: Message?
    public var channelPost: Message?
    public var callbackQuery: CallbackQuery?

    enum CodingKeys: String, CodingKey {
        case message
        case updateId = "update_id"
        case channelPost = "channel_post"
        case callbackQuery = "callback_query"
    }
}
