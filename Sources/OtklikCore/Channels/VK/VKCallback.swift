/// The fields of a VK Callback API request Otklik reads (VKCOM/vk-api-schema 5.199: `callback_base`,
/// `message_new` → `callback_message`, `wall_post_new` → `wall_wallpost`, `wall_reply_new` →
/// `wall_wall_comment`); the rest stays in the raw payload. The object is read by the event's type.
public struct VKCallback: Decodable, Sendable, Equatable {
    public struct Geo: Decodable, Sendable, Equatable {
        public struct Coordinates: Decodable, Sendable, Equatable {
            public var latitude: Double
            public var longitude: Double
        }

        public var coordinates: Coordinates?
    }

    /// A community message (`callback_message`).
    public struct Message: Decodable, Sendable, Equatable {
        public var id: Int64
        public var date: Int64
        public var peerId: Int64
        public var fromId: Int64
        public var text: String
        public var conversationMessageId: Int64
        public var out: Int
        public var geo: Geo?
        public var attachments: [Attachment]?
        /// What a pressed keyboard button carries (a JSON string): a rating button's `{"rate": …}`.
        public var payload: String?

        enum CodingKeys: String, CodingKey {
            case id, date, text, out, geo, attachments, payload
            case peerId = "peer_id"
            case fromId = "from_id"
            case conversationMessageId = "conversation_message_id"
        }
    }

    /// An attachment (`messages_message_attachment`, `wall_wallpost_attachment`): its type, and for a photo
    /// (`photos_photo`: its `sizes`, each `photos_photo_sizes`) or a document (`docs_doc`) where to fetch it.
    /// Every field but the type may be missing: an attachment read wrong must not refuse the whole event.
    public struct Attachment: Decodable, Sendable, Equatable {
        public struct Size: Decodable, Sendable, Equatable {
            public var url: String?
            public var width: Int?
            public var height: Int?
        }

        public struct Photo: Decodable, Sendable, Equatable {
            public var id: Int64?
            public var sizes: [Size]?
        }

        public struct Doc: Decodable, Sendable, Equatable {
            public var id: Int64?
            public var title: String?
            public var ext: String?
            public var size: Int?
            public var url: String?
        }

        public var type: String
        public var photo: Photo?
        public var doc: Doc?
    }

    /// `message_new` since 5.103: the message beside the client's abilities.
    public struct MessageNew: Decodable, Sendable, Equatable {
        public var message: Message
    }

    /// A wall post (`wall_wallpost`) or a comment (`wall_wall_comment`): the fields both have that Otklik reads.
    public struct WallItem: Decodable, Sendable, Equatable {
        public var id: Int64
        public var fromId: Int64?
        public var ownerId: Int64?
        public var postId: Int64?
        public var date: Int64?
        public var text: String?
        public var postType: String?
        public var attachments: [Attachment]?

        enum CodingKeys: String, CodingKey {
            case id, date, text, attachments
            case fromId = "from_id"
            case ownerId = "owner_id"
            case postId = "post_id"
            case postType = "post_type"
        }
    }

    public enum Object: Sendable, Equatable {
        case message(Message)
        case wallPost(WallItem)
        case wallReply(WallItem)
        case other
    }

    public var type: String
    public var groupId: Int64
    public var eventId: String?
    public var secret: String?
    public var object: Object

    enum CodingKeys: String, CodingKey {
        case type, secret, object
        case groupId = "group_id"
        case eventId = "event_id"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decode(String.self, forKey: .type)
        groupId = try container.decode(Int64.self, forKey: .groupId)
        eventId = try container.decodeIfPresent(String.self, forKey: .eventId)
        secret = try container.decodeIfPresent(String.self, forKey: .secret)
        switch type {
        case "message_new":
            // Before 5.103 the message came as the object itself; SDKs read both.
            if let wrapped = try? container.decode(MessageNew.self, forKey: .object) {
                object = .message(wrapped.message)
            } else {
                object = .message(try container.decode(Message.self, forKey: .object))
            }
        case "wall_post_new": object = .wallPost(try container.decode(WallItem.self, forKey: .object))
        case "wall_reply_new": object = .wallReply(try container.decode(WallItem.self, forKey: .object))
        default: object = .other
        }
    }
}
