import Foundation

/// The canonical payload of an event: the fields that changed, before and after, and the input.
/// Encoded with sorted keys (`JSONCoding`), so the same change always gives the same text and hash.
public enum ChangeSet {
    /// Fields every change touches; they say nothing about what changed.
    static let bookkeeping: Set<String> = ["version", "updatedAt"]

    struct Payload: Encodable {
        var after: [String: JSONValue] = [:]
        var before: [String: JSONValue] = [:]
        var input: ActionInput?
    }

    public static func payload(before: Appeal?, after: Appeal, input: ActionInput?) -> String {
        func fieldsOf(_ appeal: Appeal) -> [String: JSONValue] { (try? CanonicalJSON.encode(appeal)).flatMap(fields) ?? [:] }
        return payload(before: before.map(fieldsOf) ?? [:], after: fieldsOf(after), input: input)
    }

    /// The same from the appeals' fields (`fields(_:)`), for callers that keep them between changes.
    public static func payload(before old: [String: JSONValue], after new: [String: JSONValue], input: ActionInput?) -> String {
        var payload = Payload(input: input)
        for key in Set(old.keys).union(new.keys) where !bookkeeping.contains(key) && old[key] != new[key] {
            payload.before[key] = old[key] ?? .null
            payload.after[key] = new[key] ?? .null
        }
        let data = (try? JSONCoding.encoder().encode(payload)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// The payload of a `created` event: the whole new appeal after, nothing before. Put together
    /// from the appeal's canonical JSON as it is ("after" sorts before "before"), since intake writes
    /// one per appeal and a decode-and-encode would double its cost.
    public static func created(_ document: Data) -> String {
        #"{"after":"# + String(decoding: document, as: UTF8.self) + #","before":{}}"#
    }

    /// An encoded appeal as one value per field (absent fields are nil).
    public static func fields(_ json: Data) -> [String: JSONValue]? {
        try? JSONDecoder().decode([String: JSONValue].self, from: json)
    }
}
