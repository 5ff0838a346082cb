import Foundation
import Hummingbird

/// A submitted HTML form (application/x-www-form-urlencoded): its fields as the user typed them, so a page
/// shown again after an error keeps every value.
struct WebForm: Sendable {
    static let maxBytes = 256 * 1024
    /// The first value of each field, as most forms have one value per name.
    var fields: [String: String] = [:]
    /// Every value of each field, in order: checkboxes send one pair per ticked box.
    var all: [String: [String]] = [:]

    init(pairs: [(String, String)]) {
        for (name, value) in pairs {
            all[name, default: []].append(value)
            if fields[name] == nil { fields[name] = value }
        }
    }

    /// The non-empty values of a field sent many times (checkboxes, multiple selects).
    func values(_ name: String) -> [String] { (all[name] ?? []).filter { !$0.isEmpty } }

    subscript(_ name: String) -> String? {
        fields[name].flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
    }

    /// Reads a form of a signed-in page, checked against its session's CSRF token.
    static func read(_ request: Request, context: OtklikRequestContext) async throws -> WebForm {
        try await read(request, context: context, csrf: WebSession.csrfToken(context))
    }

    /// Reads the body and checks that its `_csrf` field equals `csrf`; a forged or stale form writes nothing.
    static func read(_ request: Request, context: OtklikRequestContext, csrf: String?) async throws -> WebForm {
        let buffer = try await request.body.collect(upTo: maxBytes)
        let form = WebForm(pairs: parse(String(buffer: buffer)))
        guard let csrf, let sent = form.fields["_csrf"], sent == csrf else {
            throw Problem(
                .forbidden, type: "csrf", title: "Форма устарела",
                detail: "Страница была открыта слишком давно или в другой сессии. Обновите её и повторите действие."
            )
        }
        return form
    }

    /// Splits `a=1&b=x+y` into name–value pairs in order, decoding `+` and percent escapes.
    static func parse(_ body: String) -> [(String, String)] {
        body.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String {
                text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(text)
            }
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }
}
