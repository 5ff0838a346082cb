import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore

/// Forms with files as a browser sends them: `multipart/form-data`, cookies in.
extension APIHarness {
    struct UploadFile {
        var field = "photo"
        var fileName: String
        var contentType: String
        var data: Data
    }

    func multipart(_ path: String, cookies: [String: String] = [:], fields: [(String, String)], files: [UploadFile] = []) async throws -> Page {
        let boundary = "----otklik-test-\(UUID().uuidString)"
        var body = Data()
        func line(_ text: String) { body.append(Data((text + "\r\n").utf8)) }
        for (name, value) in fields {
            line("--\(boundary)")
            line("Content-Disposition: form-data; name=\"\(name)\"")
            line("")
            line(value)
        }
        for file in files {
            line("--\(boundary)")
            line("Content-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.fileName)\"")
            line("Content-Type: \(file.contentType)")
            line("")
            body.append(file.data)
            line("")
        }
        line("--\(boundary)--")
        var headers: HTTPFields = [.contentType: "multipart/form-data; boundary=\(boundary)"]
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        return try await client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(bytes: body)) { response in
            Page(
                status: response.status, html: String(buffer: response.body), location: response.headers[.location],
                setCookies: response.headers[values: .setCookie]
            )
        }
    }
}
