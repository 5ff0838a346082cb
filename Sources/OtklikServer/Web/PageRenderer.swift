import Foundation
import Hummingbird
import Mustache

/// The page templates (`Resources/templates/*.mustache`), parsed once at start; a broken template stops the
/// start instead of failing a page later.
struct PageRenderer: Sendable {
    let library: MustacheLibrary

    init() throws {
        var library = MustacheLibrary()
        guard let directory = Bundle.module.url(forResource: "templates", withExtension: nil, subdirectory: "Resources") else {
            throw Problem(.internalServerError, type: "internal", title: "Шаблоны страниц не найдены в сборке")
        }
        for file in try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
        where file.pathExtension == "mustache" {
            try library.register(String(contentsOf: file, encoding: .utf8), named: file.deletingPathExtension().lastPathComponent)
        }
        self.library = library
    }

    func html(_ template: String, _ view: Any, status: HTTPResponse.Status = .ok) -> Response {
        let text = library.render(Self.tree(view) ?? [:], withTemplate: template) ?? "Шаблон «\(template)» не найден"
        return Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: text))
        )
    }

    /// The view as dictionaries and arrays, reflected once: the template library looks every name up by
    /// reflection otherwise, which made reflection most of a page's time. A nil property is left out, so the
    /// template looks the name up the enclosing views, as it would on the struct.
    static func tree(_ value: Any) -> Any? {
        switch value {
        case let text as String: return text
        case let flag as Bool: return flag
        case let number as Int: return number
        case let dictionary as [String: String]: return dictionary
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional: return mirror.children.first.flatMap { tree($0.value) }
        case .collection, .set: return mirror.children.compactMap { tree($0.value) }
        case .dictionary:
            var entries: [String: Any] = [:]
            for child in mirror.children {
                let pair = Array(Mirror(reflecting: child.value).children)
                if pair.count == 2, let key = pair[0].value as? String, let entry = tree(pair[1].value) { entries[key] = entry }
            }
            return entries
        case .struct, .class:
            var fields: [String: Any] = [:]
            for child in mirror.children {
                guard var label = child.label else { continue }
                var value = child.value
                // A property wrapper (`@EncodedNull` of an API resource a page shows) reflects as `_name` holding
                // `wrappedValue`: the template asks for `name`.
                if label.hasPrefix("_"), let wrapped = Mirror(reflecting: value).children.first(where: { $0.label == "wrappedValue" }) {
                    label.removeFirst()
                    value = wrapped.value
                }
                if let field = tree(value) { fields[label] = field }
            }
            return fields
        default: return value
        }
    }
}
