import Foundation

/// The rating buttons under an answer sent by `messages.send`: an inline keyboard of two text buttons whose
/// `payload` is a JSON object `{"rate": "<RatingButton data>"}` (VK's keyboard object: `inline`, `buttons` rows of
/// `{action: {type: "text", label, payload}, color}`; a payload is a JSON string of at most 255 characters).
/// A press comes back as `message_new` with the button's label as the text and its payload beside it.
public enum VKKeyboard {
    public static func rating(appealId: String) -> String {
        func button(_ label: String, satisfied: Bool, color: String) -> [String: Any] {
            ["action": ["type": "text", "label": label, "payload": json(["rate": RatingButton.data(appealId: appealId, satisfied: satisfied)])], "color": color]
        }
        return json([
            "inline": true,
            "buttons": [[
                button(RatingButton.labels.satisfied, satisfied: true, color: "positive"),
                button(RatingButton.labels.unsatisfied, satisfied: false, color: "negative"),
            ]],
        ])
    }

    /// Strings, booleans, arrays and objects of them always serialise.
    private static func json(_ object: [String: Any]) -> String {
        (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// The rating a message's payload carries; nil for any other payload.
    public static func rating(payload: String) -> (appealId: String, satisfied: Bool)? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(payload.utf8)) as? [String: Any], let data = object["rate"] as? String else {
            return nil
        }
        return RatingButton.parse(data)
    }
}
