import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

/// Pages as a browser asks for them: cookies in, forms as application/x-www-form-urlencoded.
extension APIHarness {
    struct Page {
        var status: HTTPResponse.Status
        var html: String
        var location: String?
        var setCookies: [String]

        /// The value of a hidden field, e.g. the form's CSRF token.
        func hidden(_ name: String) -> String? {
            guard let range = html.range(of: #"name="\#(name)" value=""#) else { return nil }
            return String(html[range.upperBound...].prefix { $0 != "\"" })
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
        }

        func cookie(_ name: String) -> String? {
            setCookies.first { $0.hasPrefix(name + "=") }.map { String($0.dropFirst(name.count + 1).prefix { $0 != ";" }) }
        }
    }

    func page(
        _ method: HTTPRequest.Method, _ path: String, cookies: [String: String] = [:], form: [String: String]? = nil, rawForm: String? = nil
    ) async throws -> Page {
        var headers: HTTPFields = [:]
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        var body: ByteBuffer?
        if let encoded = rawForm ?? form.map({ WebFormBody.pairs($0.map { ($0.key, $0.value) }) }) {
            headers[.contentType] = "application/x-www-form-urlencoded"
            body = ByteBuffer(string: encoded)
        }
        return try await client.execute(uri: path, method: method, headers: headers, body: body) { response in
            Page(
                status: response.status, html: String(buffer: response.body), location: response.headers[.location],
                setCookies: response.headers[values: .setCookie]
            )
        }
    }

    /// Logs in through the login form and returns the session cookie's value.
    func session(_ login: String) async throws -> String {
        let form = try await page(.get, "/login")
        let csrf = try #require(form.hidden("_csrf"))
        let reply = try await page(
            .post, "/login", cookies: ["otklik_login": csrf], form: ["_csrf": csrf, "login": login, "password": Self.password, "next": "/"]
        )
        return try #require(reply.cookie("otklik_session"), "login \(login) failed: \(reply.status)")
    }
}
