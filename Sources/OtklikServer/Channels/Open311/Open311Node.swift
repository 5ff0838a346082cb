import Foundation

/// An Open311 response as one tree written both ways: XML, the format the spec requires, and JSON by its
/// «Spark convention» — a record is an object, a list an array whose XML repeats the item element, nulls
/// are written out in JSON and left empty in XML. Codes and ids are strings, as the JSON Schemas demand.
indirect enum Open311Node {
    case text(String?)
    case number(Double?)
    case flag(Bool)
    case record([(String, Open311Node)])
    /// A list: its XML element name and the name of each item's element.
    case list(String, item: String, [Open311Node])

    func xml(root: String) -> String {
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + xmlElement(root)
    }

    /// The node as the element `name`; a list's own name wins, as the spec nests `<values><value>`.
    private func xmlElement(_ name: String) -> String {
        switch self {
        case .text(let value): return "<\(name)>\(XMLText.escaped(value ?? ""))</\(name)>"
        case .number(let value): return "<\(name)>\(value.map(Self.number) ?? "")</\(name)>"
        case .flag(let value): return "<\(name)>\(value)</\(name)>"
        case .record(let fields): return "<\(name)>" + fields.map { $0.1.xmlElement($0.0) }.joined() + "</\(name)>"
        case .list(let listName, let item, let items): return "<\(listName)>" + items.map { $0.xmlElement(item) }.joined() + "</\(listName)>"
        }
    }

    var json: String {
        switch self {
        case .text(let value): return value.map(Self.jsonString) ?? "null"
        case .number(let value): return value.map(Self.number) ?? "null"
        case .flag(let value): return String(value)
        case .record(let fields): return "{" + fields.map { Self.jsonString($0.0) + ":" + $0.1.json }.joined(separator: ",") + "}"
        case .list(_, _, let items): return "[" + items.map(\.json).joined(separator: ",") + "]"
        }
    }

    /// Whole numbers without a fraction; others as Swift prints a Double, which reads back the same.
    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    private static func jsonString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    result += String(format: "\\u%04x", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
