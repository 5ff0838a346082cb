import Foundation
import Hummingbird

/// A submitted HTML form (application/x-www-form-urlencoded): its fields as the user typed them, so a page
/// shown again after an error keeps every value.
struct WebForm: Sendable {
    static let maxBytes = 256 * 1024
    var fields: [String: String] = [:]

    init(fields: [String: String] = [:]) { self.fields = fields }

    subscript(_ name: String) -> String? {
        fields[name].flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
    }

    /// Reads the body and checks that its `_csrf` field equals `csrf`; a forged or stale form writes nothing.
    static func read(_ request: Request, context: OtklikRequestContext, csrf: String?) async throws -> WebForm {
        let buffer = try await request.body.collect(upTo: maxBytes)
        let form = WebForm(fields: parse(String(buffer: buffer)))
        guard let csrf, let sent = form.fields["_csrf"], sent == csrf else {
            throw Problem(
                .forbidden, type: "csrf", title: "Форма устарела",
                detail: "Страница была открыта слишком давно или в другой сессии. Обновите её и повторите действие."
            )
        }
        return form
    }

    /// Splits `a=1&b=x+y` into fields, decoding `+` and percent escapes; the first of repeated names wins.
    static func parse(_ body: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String {
                text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(text)
            }
            let name = decode(parts[0])
            if fields[name] == nil { fields[name] = parts.count > 1 ? decode(parts[1]) : "" }
        }
        return fields
    }
}
