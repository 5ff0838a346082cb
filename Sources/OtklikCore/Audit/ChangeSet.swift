import Foundation

/// The canonical payload of an event: the fields that changed, before and after, and the input.
public enum ChangeSet {
    public static func payload(before: Appeal?, after: Appeal, input: ActionInput?) -> String {
        let encoder = JSONCoding.encoder()
        let beforeFields = before.flatMap { fields(of: $0, encoder: encoder) } ?? [:]
        let afterFields = fields(of: after, encoder: encoder) ?? [:]
        var changedBefore: [String: Any] = [:]
        var changedAfter: [String: Any] = [:]
        for key in Set(beforeFields.keys).union(afterFields.keys) where key != "version" && key != "updatedAt" {
            let old = beforeFields[key]
            let new = afterFields[key]
            if !same(old, new) {
                changedBefore[key] = old ?? NSNull()
                changedAfter[key] = new ?? NSNull()
            }
        }
        var object: [String: Any] = ["before": changedBefore, "after": changedAfter]
        if let input, let data = try? encoder.encode(input), let inputObject = try? JSONSerialization.jsonObject(with: data) {
            object["input"] = inputObject
        }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func fields(of appeal: Appeal, encoder: JSONEncoder) -> [String: Any]? {
        guard let data = try? encoder.encode(appeal) else { return nil }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }

    static func same(_ lhs: Any?, _ rhs: Any?) -> Bool {
        switch (lhs, rhs) {
        case (nil, nil): true
        case let (l?, r?): (l as? NSObject)?.isEqual(r) ?? false
        default: false
        }
    }
}
