/// An attribute of an Open311 service definition: a field the client may ask the citizen for.
public struct Open311Attribute: Sendable, Equatable {
    public enum DataType: String, Sendable {
        case string, number, datetime, text, singlevaluelist, multivaluelist
    }

    public var code: String
    public var datatype: DataType
    public var required: Bool
    public var order: Int
    public var description: String
    /// The choices of a list, as (key, name).
    public var values: [(key: String, name: String)]

    public static func == (left: Open311Attribute, right: Open311Attribute) -> Bool {
        (left.code, left.datatype, left.required, left.order, left.description) == (right.code, right.datatype, right.required, right.order, right.description)
            && left.values.map(\.key) == right.values.map(\.key) && left.values.map(\.name) == right.values.map(\.name)
    }
}
