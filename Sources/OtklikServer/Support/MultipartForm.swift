import Foundation
import Hummingbird
import MultipartKit
import OtklikCore

/// A `multipart/form-data` body (a form with files), parsed by MultipartKit: each field's text in order and
/// each file with its name and declared type. A body that is not well-formed is a 400 and writes nothing.
struct MultipartForm: Sendable {
    var fields = WebForm(pairs: [])
    var files: [(name: String, file: IncomingFile)] = []

    /// The boundary of a `multipart/form-data` content type; nil for any other type.
    static func boundary(_ contentType: String?) -> String? {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "boundary", !pair[1].isEmpty {
                return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
        }
        return nil
    }

    static func read(_ request: Request, boundary: String, maxBytes: Int) async throws -> MultipartForm {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: maxBytes)
        } catch {
            throw Problem.tooLarge("Форма с файлами больше \(maxBytes >> 20) МБ")
        }
        return try parse(buffer, boundary: boundary)
    }

    static func parse(_ buffer: ByteBuffer, boundary: String) throws -> MultipartForm {
        let parser = MultipartParser(boundary: boundary)
        var parts: [(headers: [String: String], body: ByteBuffer)] = []
        var headers: [String: String] = [:]
        var body = ByteBuffer()
        parser.onHeader = { name, value in headers[name.lowercased()] = value }
        parser.onBody = { chunk in body.writeBuffer(&chunk) }
        parser.onPartComplete = {
            parts.append((headers, body))
            headers = [:]
            body = ByteBuffer()
        }
        do {
            try parser.execute(buffer)
        } catch {
            throw Problem.malformed("Тело запроса не является корректной формой multipart/form-data")
        }
        var pairs: [(String, String)] = []
        var form = MultipartForm()
        for part in parts {
            let disposition = Self.parameters(part.headers["content-disposition"] ?? "")
            guard let name = disposition["name"] else { continue }
            if let fileName = disposition["filename"] {
                // A file input left empty still sends a part, with no name and no bytes.
                guard part.body.readableBytes > 0 else { continue }
                let file = IncomingFile(
                    fileName: fileName.isEmpty ? nil : fileName, declaredType: part.headers["content-type"] ?? "application/octet-stream",
                    data: Data(part.body.readableBytesView)
                )
                form.files.append((name, file))
            } else {
                pairs.append((name, String(buffer: part.body)))
            }
        }
        form.fields = WebForm(pairs: pairs)
        return form
    }

    /// The `name="…"` parameters of a Content-Disposition header.
    static func parameters(_ header: String) -> [String: String] {
        var result: [String: String] = [:]
        for parameter in header.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            var value = pair[1].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            result[pair[0].trimmingCharacters(in: .whitespaces).lowercased()] = value
        }
        return result
    }
}
